import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Document } from "../../document";
import { h1, p, signatures } from "../../build-block";
import { table } from "../../build-table";
import { withFrenchTypography } from "../french-document";
import { frenchLineBreaks } from "../french-line-breaks";
import { frenchTypography } from "../french-spacing";
import { MEMO_BUDGET, MEMO_MAX_TEXT, memoizedText, textMemoState } from "./text-memo";

// (Test files share their modules: other files may have filled the memos.)
beforeEach(() => void textMemoState({ clear: true }));
afterEach(() => void textMemoState({ clear: true }));

describe("memoizedText", () => {
  it("answers a text it has seen from the memo, and each key apart", () => {
    let calls = 0;
    const upper = memoizedText("test|upper", (s) => (calls++, s.toUpperCase()));
    const lower = memoizedText("test|lower", (s) => (calls++, s.toLowerCase()));
    expect(upper("Objet")).toBe("OBJET");
    expect(upper("Objet")).toBe("OBJET");
    expect(calls).toBe(1);
    expect(lower("Objet")).toBe("objet");
    expect(calls).toBe(2);
    expect(textMemoState()).toEqual({ texts: 2, characters: 20 });
  });

  it("computes a text longer than MEMO_MAX_TEXT every time and holds nothing of it", () => {
    let calls = 0;
    const fix = memoizedText("test|long", (s) => (calls++, s));
    const long = "a".repeat(MEMO_MAX_TEXT + 1);
    fix(long);
    fix(long);
    expect(calls).toBe(2);
    expect(textMemoState().texts).toBe(0);
  });

  it("empties itself once it holds MEMO_BUDGET characters, and still answers right", () => {
    const fix = memoizedText("test|budget", (s) => `${s}!`);
    const text = (i: number) => `${i}`.padStart(MEMO_MAX_TEXT, "x");
    const count = Math.ceil(MEMO_BUDGET / (2 * MEMO_MAX_TEXT)) + 3;
    for (let i = 0; i < count; i++) expect(fix(text(i))).toBe(`${text(i)}!`);
    const { texts, characters } = textMemoState();
    expect(characters).toBeLessThanOrEqual(MEMO_BUDGET);
    expect(texts).toBeLessThan(count);
    expect(fix(text(0))).toBe(`${text(0)}!`);
  });
});

describe("French typography, memo cold and warm", () => {
  const doc = (): Document => ({
    meta: { title: "Objet: l'avenant n°2", createdAt: "2024-03-12" },
    body: [
      h1("Objet: l'avenant", { id: "a-1", label: "Article 1" }),
      p("Le 1er janvier 2024, Mme Martin (Pyrénées-Orientales) verse 1 234 567 € ; voir https://x.fr/a?b=1 !"),
      p("Une \"citation\" puis ", "l'", "article 5", " ; fin..."),
      table({ header: [["Année"]], rows: [["n°5"], ["La Souterraine: 50%"]] }),
      signatures({ role: "Pour l'État", quality: "Le préfet", name: "J. Dupont", place: "L'Isle", date: "2024-03-12", fieldId: "sig-1" }),
    ],
  });

  it("gives the same document cold, warm, and with other options in between", () => {
    textMemoState({ clear: true });
    const cold = withFrenchTypography(doc());
    const coldNarrow = withFrenchTypography(doc(), { style: "narrow-everywhere", ellipsis: true });
    expect(textMemoState().texts).toBeGreaterThan(0);
    expect(withFrenchTypography(doc())).toEqual(cold);
    expect(withFrenchTypography(doc(), { style: "narrow-everywhere", ellipsis: true })).toEqual(coldNarrow);
    expect(coldNarrow).not.toEqual(cold);
  });

  it("gives, warm, what the text functions give (any text, any options)", () => {
    const options = fc.record(
      { style: fc.constantFrom("imprimerie-nationale", "narrow-everywhere", "no-break-everywhere" as const), ellipsis: fc.boolean(), quotes: fc.boolean(), lineBreaks: fc.boolean() },
      { requiredKeys: [] },
    );
    const text = fc.string({ unit: fc.constantFrom("1", "er", " ", "janvier", "2024", "article", "5", "-", "Saint", "Denis", "€", ":", "'", '"', "...", "l'", "https://x.fr/", "a@b.fr") });
    fc.assert(
      fc.property(text, options, (s, o) => {
        const d: Document = { meta: { title: s, createdAt: "2024-03-12" }, body: [h1(s, { id: "h" })] };
        const expected = o.lineBreaks === false ? frenchTypography(s, o) : frenchLineBreaks(frenchTypography(s, o));
        for (let round = 0; round < 2; round++) {
          const out = withFrenchTypography(d, o);
          expect(out.body[0]?.type === "heading" ? out.body[0].text : "").toBe(expected);
          expect(out.meta.title).toBe(frenchTypography(s, o));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never answers for a style it would refuse", () => {
    withFrenchTypography(doc(), { style: "narrow-everywhere" });
    const disguised = { toString: () => "narrow-everywhere" } as unknown as "narrow-everywhere";
    expect(() => withFrenchTypography(doc(), { style: disguised })).toThrow();
    expect(() => withFrenchTypography(doc(), { style: "étroit" as "narrow-everywhere" })).toThrow();
  });
});
