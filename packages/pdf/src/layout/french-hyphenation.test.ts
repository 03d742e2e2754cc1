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

describe("frenchHyphenation", () => {
  it.each([
    ["solidarités", "so-li-da-ri-tés"],
    ["administration", "ad-mi-nis-tra-tion"],
    ["établissement", "éta-blis-se-ment"],
    ["département", "dé-par-te-ment"],
    ["signer", "si-gner"],
    ["chrétien", "chré-tien"],
    ["transports", "trans-ports"],
    ["accompagnement", "ac-com-pa-gne-ment"],
    ["territoire", "ter-ri-toire"],
    ["l’administration", "l’ad-mi-nis-tra-tion"],
    ["examen", "exa-men"],
  ])("cuts %s as %s", (word, expected) => {
    expect(show(word)).toBe(expected);
  });

  it.each([
    ["table", "shorter than 6 letters"],
    ["possible", "no mute final syllable: pos-sible only"],
    ["langue", "lan-gue: mute final syllable"],
    ["Creuse", "capitalised"],
    ["CAF", "acronym"],
    ["2024-2027", "not letters"],
    ["oiseau", "vowel sequences are kept"],
  ])("is careful with %s (%s)", (word) => {
    const breaks = frenchHyphenation(word);
    for (const b of breaks) {
      expect(b).toBeGreaterThanOrEqual(2);
      expect(word.length - b).toBeGreaterThanOrEqual(3);
    }
    if (word !== "possible" && word !== "oiseau") expect(breaks).toEqual([]);
    if (word === "possible") expect(show(word)).toBe("pos-sible");
    if (word === "oiseau") expect(show(word)).toBe("oi-seau");
  });

  it("leaves at least two letters before and three after every break (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zéèêàùçœ]{0,30}$/), (word) => {
        const breaks = frenchHyphenation(word);
        expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
        for (const b of breaks) {
          expect(b).toBeGreaterThanOrEqual(2);
          expect(word.length - b).toBeGreaterThanOrEqual(3);
        }
      }),
    );
  });
});
