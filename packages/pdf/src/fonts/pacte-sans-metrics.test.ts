import { PACTE_SANS_METRICS, type FaceStyle } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { fontMetrics } from "./font-metrics";
import { pacteSans } from "./pacte-sans";

// @pacte/document carries Pacte Sans's metrics as data (scripts/metrics-module.ts writes them),
// for the DOCX to lay its pages out as the PDF does: they must be the fonts' own.
describe("the shared metrics of Pacte Sans are the fonts' own", () => {
  const family = pacteSans();
  const faces: [FaceStyle, Uint8Array | undefined][] = [
    ["regular", family.regular],
    ["bold", family.bold],
    ["italic", family.italic],
    ["boldItalic", family.boldItalic],
  ];
  it.each(faces)("%s: every advance, and the kerning of Latin pairs", (face, bytes) => {
    const m = fontMetrics(bytes!);
    expect(PACTE_SANS_METRICS.ascent).toBeCloseTo(m.ascent, 6);
    expect(PACTE_SANS_METRICS.descent).toBeCloseTo(m.descent, 6);
    let glyphs = 0;
    for (let cp = 0x20; cp <= 0xffff; cp++) {
      if (!m.hasGlyph(cp)) {
        expect(PACTE_SANS_METRICS.advance(cp, face), `U+${cp.toString(16)}`).toBeUndefined();
        continue;
      }
      glyphs++;
      expect(PACTE_SANS_METRICS.advance(cp, face), `U+${cp.toString(16)}`).toBeCloseTo(m.advance(cp), 6);
    }
    expect(glyphs).toBeGreaterThan(800);
    const latin = Array.from({ length: 0x17f - 0x20 }, (_, i) => i + 0x20).filter((cp) => m.hasGlyph(cp));
    for (const a of latin) for (const b of latin) {
      const k = m.kerning(a, b);
      if (k !== 0 || PACTE_SANS_METRICS.kerning(a, b, face) !== 0) expect(PACTE_SANS_METRICS.kerning(a, b, face), `${a}/${b}`).toBeCloseTo(k, 6);
    }
  });
});
