import { describe, expect, it } from "vitest";
import { plain, testShaper } from "../test-support/shaping";
import { slicePiece } from "./shape-text";

const text = (s: string) => ({ text: s, style: plain, path: ["body", 0, "content", 0, "text"] });
const words = (s: string) => testShaper().shaper.words([text(s)]);
const wordText = (w: ReturnType<typeof words>[number]): string => w.pieces.map((p) => String.fromCodePoint(...p.src)).join("");

describe("Shaper.words", () => {
  it("breaks at spaces, keeps no-break spaces inside words, measures spaces", () => {
    const ws = words("Vu  le\u00A0code\u202F;");
    expect(ws.map(wordText)).toEqual(["Vu", "le\u00A0code\u202F;"]);
    expect(ws[0]?.space?.cps).toEqual([0x20, 0x20]);
    expect(ws[1]?.closed).toBe(false);
  });

  it("drops leading spaces and invisible format characters, records soft hyphens and zero-width breaks", () => {
    const ws = words("  soli\u00ADda\u200Drités\u200Bici\uFEFF");
    expect(ws.map(wordText)).toEqual(["solidarités", "ici"]);
    expect(ws[0]?.soft).toEqual([4]);
    expect(ws[0]?.space).toBeNull();
  });

  it("measures with kerning between the letters of a piece", () => {
    const [av] = words("AV");
    const p = av?.pieces[0];
    expect(p?.width).toBeCloseTo((p?.advs[0] ?? 0) + (p?.advs[1] ?? 0) + (p?.kerns[0] ?? 0), 9);
    expect(p?.kerns[0]).toBeLessThan(0);
  });

  it("reports each character no font has once per place, with its code point", () => {
    const { shaper, issues } = testShaper();
    shaper.words([text("a😀b😀 ☃")]);
    expect(issues.map((i) => [i.code, i.params.codePoint, i.path.join(".")])).toEqual([
      ["pdf.missing_glyph", "U+1F600", "body.0.content.0.text"],
      ["pdf.missing_glyph", "U+2603", "body.0.content.0.text"],
    ]);
  });

  it("keeps a word whole across style changes (1er) and draws U+2011 with a hyphen", () => {
    const { shaper } = testShaper();
    const sup = { ...plain, size: 6.5, rise: 3.3 };
    const ws = shaper.words([
      { text: "le 1", style: plain, path: [] },
      { text: "er", style: sup, path: [] },
      { text: " porte\u2011monnaie", style: plain, path: [] },
    ]);
    expect(ws.map(wordText)).toEqual(["le", "1er", "porte\u2011monnaie"]);
    expect(ws[1]?.pieces.map((p) => p.style.size)).toEqual([10, 6.5]);
    expect(ws[2]?.pieces[0]?.cps).toContain(0x2d);
  });

  it("keeps the characters typed apart from the glyphs drawn only from the first substitute on", () => {
    const [plainWord] = words("monnaie");
    const same = plainWord?.pieces[0];
    // (No substitute: one array for both, the common case.)
    expect(same?.src).toBe(same?.cps);
    const [word] = words("porte\u2011mon\u2011naie");
    const piece = word?.pieces[0];
    expect(piece?.src).not.toBe(piece?.cps);
    expect(String.fromCodePoint(...(piece?.src ?? []))).toBe("porte\u2011mon\u2011naie");
    expect(String.fromCodePoint(...(piece?.cps ?? []))).toBe("porte-mon-naie");
    if (!piece || !same) throw new Error("no piece");
    const head = slicePiece(same, 0, 3);
    expect(String.fromCodePoint(...head.src)).toBe("mon");
    expect(head.src).toBe(head.cps);
    const tail = slicePiece(piece, 4, 9);
    expect([String.fromCodePoint(...tail.src), String.fromCodePoint(...tail.cps)]).toEqual(["e\u2011mon", "e-mon"]);
  });
});
