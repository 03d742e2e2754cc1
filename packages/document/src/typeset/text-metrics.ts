import { PACTE_SANS_METRICS_DATA, type FaceMetricsData } from "./pacte-sans-metrics";

/**
 * A face of a font family: the four styles text is set in.
 *
 * @example
 * const face: FaceStyle = "boldItalic";
 */
export type FaceStyle = "regular" | "bold" | "italic" | "boldItalic";

/**
 * The face of a style.
 *
 * @example
 * faceOf(true, false) //=> "bold"
 */
export const faceOf = (bold: boolean, italic: boolean): FaceStyle => (bold ? (italic ? "boldItalic" : "bold") : italic ? "italic" : "regular");

/**
 * Font metrics as data, per 1000 em (PDF text space units): advance widths, kerning, ascent and
 * descent. Frozen; the look-up tables are built on first use.
 *
 * @example
 * PACTE_SANS_METRICS.advance(0x41, "regular") //=> 666.9921875 ("A")
 */
export interface TextMetrics {
  readonly ascent: number;
  readonly descent: number;
  /** The advance of a code point, or `undefined` when the font has no glyph for it. */
  advance(codePoint: number, face: FaceStyle): number | undefined;
  /** The kerning added to the left glyph's advance when `right` follows it (0 for most pairs). */
  kerning(left: number, right: number, face: FaceStyle): number;
}

interface FaceTables {
  readonly advances: Map<number, number>;
  readonly kerning: Map<number, number>;
}

const tables = new Map<FaceStyle, FaceTables>();
const scale = 1000 / PACTE_SANS_METRICS_DATA.unitsPerEm;

function tablesOf(face: FaceStyle): FaceTables {
  let t = tables.get(face);
  if (t !== undefined) return t;
  const data: FaceMetricsData = PACTE_SANS_METRICS_DATA.faces[face];
  const advances = new Map<number, number>();
  for (let i = 0; i < data.advances.length; ) {
    const first = data.advances[i] ?? 0;
    const count = data.advances[i + 1] ?? 0;
    for (let k = 0; k < count; k++) advances.set(first + k, (data.advances[i + 2 + k] ?? 0) * scale);
    i += 2 + count;
  }
  const kerning = new Map<number, number>();
  for (let i = 0; i + 2 < data.kerning.length; i += 3) kerning.set((data.kerning[i] ?? 0) * 0x110000 + (data.kerning[i + 1] ?? 0), (data.kerning[i + 2] ?? 0) * scale);
  t = { advances, kerning };
  tables.set(face, t);
  return t;
}

/**
 * The metrics of Pacte Sans — the four faces `@pacte/pdf` ships (subsets of Liberation Sans 2,
 * metric-compatible with Arial, the font the DOCX names) — as data, so that the DOCX renderer
 * lays its pages out with the widths the PDF engine measures (`@pacte/pdf` checks that the data
 * are the fonts' own).
 *
 * @example
 * PACTE_SANS_METRICS.advance(0x20, "regular") //=> 277.83203125
 * PACTE_SANS_METRICS.kerning(0x41, 0x56, "regular") //=> -74.21875
 */
export const PACTE_SANS_METRICS: TextMetrics = Object.freeze({
  ascent: PACTE_SANS_METRICS_DATA.ascent * scale,
  descent: PACTE_SANS_METRICS_DATA.descent * scale,
  advance: (codePoint: number, face: FaceStyle): number | undefined => tablesOf(face).advances.get(codePoint),
  kerning: (left: number, right: number, face: FaceStyle): number => tablesOf(face).kerning.get(left * 0x110000 + right) ?? 0,
});
