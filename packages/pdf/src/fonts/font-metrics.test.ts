import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openFont, type FontkitFont } from "../internal/pdf-lib";
import { fontMetrics } from "./font-metrics";
import { pacteSans } from "./pacte-sans";

const DEJAVU = new URL("../../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf", import.meta.url);

// Shaped after a letter, so that the run's script is Latin (fontkit applies no Latin kerning to
// a run of punctuation alone, whose script is "zzzz").
const kerningByShaping = (font: FontkitFont, a: number, b: number): number => {
  const run = font.layout(String.fromCodePoint(0x6e, a, b), { liga: false, clig: false, calt: false, kern: true });
  return ((run.positions[1]?.xAdvance ?? 0) - (run.glyphs[1]?.advanceWidth ?? 0)) * (1000 / font.unitsPerEm);
};

describe("fontMetrics", () => {
  const { regular } = pacteSans();
  const bold = pacteSans().bold ?? regular;

  it("measures advances per 1000 em, like Arial (metric-compatible)", () => {
    const m = fontMetrics(regular);
    expect(m.advance(0x20)).toBeCloseTo(277.83, 1);
    expect(m.advance(0x41)).toBeCloseTo(666.99, 1);
    expect(m.advance(0x1f600)).toBe(0);
    expect(m.hasGlyph(0x202f)).toBe(true);
    expect(m.hasGlyph(0x2011)).toBe(false);
    expect(m.postscriptName).toBe("PacteSans");
  });

  it("returns one cached instance per font bytes", () => {
    expect(fontMetrics(regular)).toBe(fontMetrics(regular));
    expect(fontMetrics(bold)).not.toBe(fontMetrics(regular));
  });

  it("reads kerning pairs from GPOS that match fontkit's shaping (Pacte Sans and DejaVu Sans)", () => {
    const fonts: [Uint8Array, FontkitFont][] = [regular, bold, new Uint8Array(readFileSync(DEJAVU))].map((b) => {
      const f = openFont(b);
      return [b, ("fonts" in f ? f.fonts[0] : f) as FontkitFont];
    });
    const letters = "AVTYLPFWakoeyvw.,’«»0123456789éÀÉ -";
    const chars = [...letters].map((c) => c.codePointAt(0) ?? 0);
    fc.assert(
      fc.property(fc.constantFrom(...fonts), fc.constantFrom(...chars), fc.constantFrom(...chars), ([bytes, font], a, b) => {
        expect(fontMetrics(bytes).kerning(a, b)).toBeCloseTo(kerningByShaping(font, a, b), 6);
      }),
      { numRuns: 300 },
    );
    expect(fontMetrics(regular).kerning(0x41, 0x56)).toBeLessThan(0);
    expect(fontMetrics(regular).stats().layoutRuns).toBe(0);
  });

  it("measures a word with kerning and caches every look-up", () => {
    const m = fontMetrics(regular);
    const plain = m.advance(0x41) + m.advance(0x56);
    expect(m.measure("AV")).toBeCloseTo(plain + m.kerning(0x41, 0x56), 6);
    m.measure("Solidarités");
    const before = m.stats();
    m.measure("Solidarités");
    expect(m.stats()).toEqual(before);
  });
});
