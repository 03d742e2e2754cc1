import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineText, plain, testShaper } from "../test-support/shaping";
import { breakLines, type TextLine, type WorkCounter } from "./break-lines";
import { frenchHyphenation } from "./french-hyphenation";
import { referenceBreakLines } from "../test-support/reference-break-lines";

const { shaper } = testShaper();
const words = (text: string) => shaper.words([{ text, style: plain, path: ["t"] }]);
const width = (text: string): number => words(text).reduce((w, x, i, all) => w + x.width + (i < all.length - 1 && x.space ? x.space.width : 0), 0);
const lines = (text: string, w: number, align: "left" | "center" | "right" | "justify" = "left", hyphenate = false) =>
  breakLines(words(text), shaper, { width: w, align, hyphenate: hyphenate ? frenchHyphenation : null });

describe("breakLines", () => {
  it("puts what fits on one line and breaks at spaces otherwise", () => {
    expect(lines("Vu le code", 200).map(lineText)).toEqual(["Vu le code"]);
    const w = width("Vu le");
    expect(lines("Vu le code", w + 1).map(lineText)).toEqual(["Vu le", "code"]);
  });

  it("never breaks at a no-break space (U+00A0, U+202F) nor a non-breaking hyphen (U+2011)", () => {
    const text = "montant\u00A0: 1\u202F234 €\u00A0; porte\u2011monnaie";
    for (const w of [10, 30, 60, 90]) {
      const out = lines(text, w).map(lineText).join("|");
      for (const glue of ["montant\u00A0:", "1\u202F234", "€\u00A0;", "porte\u2011monnaie"]) {
        // a glued pair is either whole on a line or cut between characters because a single unit is too long
        if (width(glue) <= w) expect(out).toContain(glue);
      }
    }
  });

  it("may break after a hyphen between letters, never before it", () => {
    const w = width("contrat porte-");
    expect(lines("contrat porte-monnaie", w + 0.5).map(lineText)).toEqual(["contrat porte-", "monnaie"]);
    for (let w = width("degrés"); w < width("un -5 degrés"); w += 2) {
      for (const line of lines("un -5 degrés", w)) expect(lineText(line).endsWith("-")).toBe(false);
    }
  });

  it("never breaks after a dash or hyphen that a digit follows: ranges and numbers stay whole", () => {
    const text = "pour 2024–2027 les 16-25 ans après la Covid-19 et A1-B2";
    const whole = ["2024–2027", "16-25", "Covid-19"];
    let brokeBeforeLetter = false;
    for (let w = Math.max(...whole.map(width)); w < width(text); w += 1) {
      const out = lines(text, w).map(lineText);
      for (const range of whole) expect(out.some((l) => l.includes(range)), `${range} at ${w} pt: ${out.join(" | ")}`).toBe(true);
      if (out.some((l) => l.endsWith("A1-"))) brokeBeforeLetter = true;
    }
    expect(brokeBeforeLetter).toBe(true); // before a letter the break stays allowed
  });

  it("justifies every line but the last by widening the spaces only", () => {
    const text = "Le présent contrat local des solidarités traduit, à l’échelle du territoire, les engagements réciproques des parties.";
    const out = lines(text, 150, "justify");
    expect(out.length).toBeGreaterThan(2);
    out.forEach((line, i) => {
      const last = line.items[line.items.length - 1];
      const right = last ? last.x + last.width : 0;
      if (i < out.length - 1) expect(right).toBeCloseTo(150, 6);
      else expect(right).toBeLessThan(150);
      for (const item of line.items) if (!item.isSpace) expect(item.width).toBe(item.piece.width);
    });
  });

  it.each([
    ["center", (slack: number) => slack / 2],
    ["right", (slack: number) => slack],
    ["left", () => 0],
  ] as const)("aligns %s", (align, offset) => {
    const [line] = lines("Sommaire", 200, align);
    expect(line?.items[0]?.x).toBeCloseTo(offset(200 - width("Sommaire")), 6);
  });

  it("cuts a word longer than the line between characters instead of overflowing", () => {
    const long = "x".repeat(500);
    const out = lines(long, 100);
    expect(out.length).toBeGreaterThan(5);
    expect(out.map(lineText).join("")).toBe(long);
    for (const line of out) expect(line.naturalWidth).toBeLessThanOrEqual(100 + 1e-6);
  });

  it("honours forced line breaks and keeps empty lines", () => {
    const ws = shaper.words([{ text: "a", style: plain, path: [] }, { lineBreak: true }, { lineBreak: true }, { text: "b", style: plain, path: [] }]);
    expect(breakLines(ws, shaper, { width: 100, align: "justify", hyphenate: null }).map(lineText)).toEqual(["a", "", "b"]);
  });

  it("breaks at soft hyphens (drawing a hyphen) and, with `hyphenate`, at French syllables", () => {
    const soft = lines("solida\u00ADrités", width("solida-") + 0.1).map(lineText);
    expect(soft).toEqual(["solida-", "rités"]);
    const w = Math.max(width("les administra-"), width("administrations")) + 0.1;
    expect(w).toBeLessThan(width("les administrations"));
    expect(lines("les administrations", w).map(lineText)).toEqual(["les", "administrations"]);
    expect(lines("les administrations", w, "left", true).map(lineText)).toEqual(["les administra-", "tions"]);
  });

  it("never loses a character and never exceeds the width (property)", () => {
    const word = fc.stringMatching(/^[a-zéèàçœ’«»\u00A0\u202F-]{1,40}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 20, max: 400 }), fc.boolean(), (ws, w, hyph) => {
        const text = ws.join(" ");
        const out = lines(text, w, "justify", hyph);
        const strip = (s: string): string => s.replace(/[\s\u00A0\u202F-]/g, "");
        expect(strip(out.map(lineText).join(""))).toBe(strip(text));
        for (const line of out) {
          const last = line.items[line.items.length - 1];
          if (line.items.length > 1 || (last && last.piece.cps.length > 1)) expect(line.naturalWidth).toBeLessThanOrEqual(w + 1e-6);
        }
      }),
      { numRuns: 200 },
    );
  });

  // (With `hyphenate`, the first implementation syllabified each remainder of a cut word as if it
  // were a word of its own; syllables are now found once, in the whole word: not compared.)
  it("breaks as the first (quadratic) implementation did, long words, soft hyphens and styles mixed (property)", () => {
    const bold = { ...plain, font: "bold" as const };
    const chunk = fc.oneof(
      fc.stringMatching(/^[a-zéèœ’\u00AD-]{1,12}$/),
      fc.stringMatching(/^[a-z\u00AD]{30,120}$/),
      fc.constantFrom(" ", "  ", "\u00A0", "\u200B", "-"),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(chunk, fc.boolean()), { minLength: 1, maxLength: 30 }), fc.integer({ min: 8, max: 300 }), (chunks, w) => {
        const runs = chunks.map(([text, b]) => ({ text, style: b ? bold : plain, path: ["t"] }));
        const shape = (ls: TextLine[]) => ls.map((l) => [lineText(l), l.forced, l.items.map((i) => Math.round(i.x * 1e6))]);
        const options = { width: w, align: "justify" as const };
        expect(shape(breakLines(shaper.words(runs), shaper, { ...options, hyphenate: null }))).toEqual(shape(referenceBreakLines(shaper.words(runs), shaper, { ...options, hyphenate: false })));
      }),
      { numRuns: 300 },
    );
  });
});

describe("breakLines work", () => {
  /** Glyphs visited to break `text` at 480 pt: must grow like the input, whatever its shape. */
  const steps = (text: string, hyphenate = false): number => {
    const counter: WorkCounter = { steps: 0 };
    breakLines(words(text), shaper, { width: 480, align: "justify", hyphenate: hyphenate ? frenchHyphenation : null, counter });
    return counter.steps;
  };

  it.each([
    ["one word without a break opportunity", (n: number) => "x".repeat(n), false],
    ["one word with a soft hyphen after every syllable", (n: number) => "ba\u00AD".repeat(n / 2), false],
    ["one word of French syllables, hyphenated", (n: number) => "barbarie".repeat(n / 8), true],
    ["one word with a soft hyphen at its very end", (n: number) => `${"x".repeat(n)}\u00ADx`, false],
    ["many short words", (n: number) => "le pacte ".repeat(n / 9), true],
  ] as const)("is linear for %s: doubling the input doubles the glyphs visited", (_label, make, hyphenate) => {
    const n = 40_000;
    const once = steps(make(n), hyphenate);
    const twice = steps(make(2 * n), hyphenate);
    expect(once).toBeLessThanOrEqual(3 * n);
    expect(twice / once).toBeGreaterThan(1.8);
    expect(twice / once).toBeLessThan(2.2);
  });
});
