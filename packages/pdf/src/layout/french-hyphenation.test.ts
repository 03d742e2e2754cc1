import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frenchHyphenation } from "./french-hyphenation";

const show = (word: string): string => {
  let out = "";
  let prev = 0;
  for (const i of frenchHyphenation(word)) {
    out += `${word.slice(prev, i)}-`;
    prev = i;
  }
  return out + word.slice(prev);
};

describe("frenchHyphenation (French TeX patterns)", () => {
  it.each([
    ["solidarités", "so-li-da-ri-tés"],
    ["administration", "ad-mi-nis-tra-tion"],
    ["établissement", "éta-blis-se-ment"],
    ["départemental", "dé-par-te-men-tal"],
    ["collectivités", "col-lec-ti-vi-tés"],
    ["accompagnement", "ac-com-pa-gne-ment"],
    ["renforcement", "ren-for-ce-ment"],
    ["transaction", "tran-sac-tion"],
    ["l’administration", "l’ad-mi-nis-tra-tion"],
    ["préfecture", "pré-fec-ture"],
  ])("cuts %s as %s", (word, expected) => {
    expect(show(word)).toBe(expected);
  });

  it.each([
    ["Pyrénées", "a proper name"],
    ["Creuse", "capitalised"],
    ["DDETS", "acronym"],
    ["solidaritÉs", "a capital anywhere"],
    ["2024-2027", "not letters"],
    ["co-financement", "a hyphen: the line breaks after it instead"],
    ["CLS23", "digits"],
    ["abc", "too short"],
    ["barbarie".repeat(9), "longer than any word"],
  ])("never cuts %s (%s)", (word) => {
    expect(frenchHyphenation(word)).toEqual([]);
  });

  it("never cuts right after an apostrophe", () => {
    expect(frenchHyphenation("d’accompagnement")[0]).toBeGreaterThan(2);
  });

  it("leaves at least two letters before and three after every break, in order (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zéèêàùçœ’]{0,30}$/), (word) => {
        const breaks = frenchHyphenation(word);
        expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
        for (const b of breaks) {
          expect(b).toBeGreaterThanOrEqual(2);
          expect(word.length - b).toBeGreaterThanOrEqual(3);
        }
      }),
    );
  });

  it("caches nothing between calls: the same word gives the same answer, and the shared patterns stay unchanged", async () => {
    const patterns = (await import("hyphen/patterns/fr.js")).default;
    const before = JSON.stringify(patterns[2] ?? null);
    for (let i = 0; i < 50; i++) frenchHyphenation(`mot${"a".repeat(i)}ment`.replace(/\d/g, ""));
    expect(JSON.stringify(patterns[2] ?? null)).toBe(before);
    expect(frenchHyphenation("solidarités")).toEqual(frenchHyphenation("solidarités"));
  });
});
