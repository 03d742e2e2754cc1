import { openFont, type FontkitFont } from "../internal/pdf-lib";
import { gposKerning, type PairKerning } from "./internal/gpos-kerning";

/**
 * How much measuring work a font has done: what the caches saved is what the bench shows.
 *
 * @example
 * fontMetrics(bytes).stats() //=> { glyphLookups: 73, kerningLookups: 468, layoutRuns: 0 }
 */
export interface FontMetricsStats {
  /** Code points looked up in the font (each once, then cached). */
  readonly glyphLookups: number;
  /** Pairs whose kerning was read from the font (each once, then cached). */
  readonly kerningLookups: number;
  /** Shaping runs (fontkit `layout`) made to measure kerning, for fonts without GPOS pairs. */
  readonly layoutRuns: number;
}

/**
 * The measurements of one font file, cached per code point and per pair: advance widths and
 * kerning in thousandths of an em (PDF text space units), vertical metrics, glyph coverage.
 * Obtain one with {@link fontMetrics}; every instance is shared by all the renders of a process.
 *
 * @example
 * const m = fontMetrics(bytes);
 * m.advance(0x41) //=> 667 (Pacte Sans "A")
 * m.kerning(0x41, 0x56) //=> -74
 */
export class FontMetrics {
  /** The font's PostScript name (`PacteSans-Bold`). */
  readonly postscriptName: string;
  /** Ascender and descender (negative), per 1000 em. */
  readonly ascent: number;
  readonly descent: number;
  /** Underline position (negative: below the baseline) and thickness, per 1000 em. */
  readonly underlinePosition: number;
  readonly underlineThickness: number;
  /** The font's own name table family (may differ from the name it is registered under). */
  readonly familyName: string;

  private readonly font: FontkitFont;
  private readonly scale: number;
  private readonly advances = new Map<number, number>();
  private readonly glyphIds = new Map<number, number>();
  private readonly pairs = new Map<number, number>();
  private readonly pairKerning: PairKerning | undefined;
  private counters = { glyphLookups: 0, kerningLookups: 0, layoutRuns: 0 };

  /**
   * Measurements of the font in `bytes` (the first of a collection); use {@link fontMetrics},
   * which caches them. The constructor is private so that fontkit's types, which fontkit does not
   * publish, stay out of our published declarations.
   *
   * @throws {Error} when the bytes are not a font fontkit can open.
   * @example
   * FontMetrics.open(bytes).postscriptName //=> "PacteSans-Regular"
   */
  static open(bytes: Uint8Array): FontMetrics {
    const opened = openFont(bytes);
    const font = "fonts" in opened ? opened.fonts[0] : opened;
    if (!font || typeof font.unitsPerEm !== "number") throw new Error("Not a font");
    return new FontMetrics(font);
  }

  private constructor(font: FontkitFont) {
    this.font = font;
    this.scale = 1000 / font.unitsPerEm;
    this.postscriptName = font.postscriptName ?? "Font";
    this.familyName = font.familyName ?? this.postscriptName;
    this.ascent = font.ascent * this.scale;
    this.descent = font.descent * this.scale;
    this.underlinePosition = font.underlinePosition * this.scale;
    this.underlineThickness = Math.max(font.underlineThickness * this.scale, 20);
    this.pairKerning = gposKerning(font);
  }

  private lookup(codePoint: number): void {
    this.counters.glyphLookups++;
    if (this.font.hasGlyphForCodePoint(codePoint)) {
      const glyph = this.font.glyphForCodePoint(codePoint);
      this.glyphIds.set(codePoint, glyph.id);
      this.advances.set(codePoint, glyph.advanceWidth * this.scale);
    } else {
      this.glyphIds.set(codePoint, 0);
      this.advances.set(codePoint, 0);
    }
  }

  /**
   * Whether the font draws this code point (glyph other than `.notdef`).
   *
   * @example
   * fontMetrics(pacteSansBytes).hasGlyph(0x202f) //=> true
   */
  hasGlyph(codePoint: number): boolean {
    if (!this.glyphIds.has(codePoint)) this.lookup(codePoint);
    return this.glyphIds.get(codePoint) !== 0;
  }

  /**
   * The advance width of a code point, per 1000 em (0 for a character the font lacks).
   *
   * @example
   * fontMetrics(pacteSansBytes).advance(0x20) //=> 277.83203125
   */
  advance(codePoint: number): number {
    let a = this.advances.get(codePoint);
    if (a === undefined) {
      this.lookup(codePoint);
      a = this.advances.get(codePoint) ?? 0;
    }
    return a;
  }

  /**
   * The kerning between two code points, per 1000 em: added to the left one's advance.
   *
   * @example
   * fontMetrics(pacteSansBytes).kerning(0x41, 0x56) //=> -74.21875
   */
  kerning(left: number, right: number): number {
    const key = left * 0x110000 + right;
    let k = this.pairs.get(key);
    if (k !== undefined) return k;
    this.counters.kerningLookups++;
    const gl = this.glyphIds.get(left) ?? (this.lookup(left), this.glyphIds.get(left) ?? 0);
    const gr = this.glyphIds.get(right) ?? (this.lookup(right), this.glyphIds.get(right) ?? 0);
    if (gl === 0 || gr === 0) k = 0;
    else if (this.pairKerning) k = this.pairKerning(gl, gr) * this.scale;
    else k = this.layoutKerning(left, right);
    this.pairs.set(key, k);
    return k;
  }

  private layoutKerning(left: number, right: number): number {
    this.counters.layoutRuns++;
    try {
      const run = this.font.layout(String.fromCodePoint(left, right), { liga: false, clig: false, calt: false, kern: true });
      const first = run.positions[0];
      const glyph = run.glyphs[0];
      if (run.glyphs.length !== 2 || !first || !glyph) return 0;
      return (first.xAdvance - glyph.advanceWidth) * this.scale;
    } catch {
      return 0;
    }
  }

  /**
   * The width of a string of code points, kerning included, per 1000 em.
   *
   * @example
   * fontMetrics(pacteSansBytes).measure("AV") //=> 1259.765625
   */
  measure(text: string): number {
    let width = 0;
    let previous = -1;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      width += this.advance(cp);
      if (previous >= 0) width += this.kerning(previous, cp);
      previous = cp;
    }
    return width;
  }

  /**
   * What the caches have done so far (for benchmarks and tests).
   *
   * @example
   * fontMetrics(bytes).stats().glyphLookups //=> 96
   */
  stats(): FontMetricsStats {
    return { ...this.counters };
  }
}

const cache = new WeakMap<Uint8Array, FontMetrics>();

/**
 * The (cached) measurements of a font file: the same bytes give the same {@link FontMetrics}
 * instance, so no text is measured twice in a process.
 *
 * @throws {Error} when the bytes are not a font fontkit can open (the renderer turns this into
 * the issue `pdf.font_invalid`).
 * @example
 * fontMetrics(bytes) === fontMetrics(bytes) //=> true
 */
export function fontMetrics(bytes: Uint8Array): FontMetrics {
  let m = cache.get(bytes);
  if (!m) {
    m = FontMetrics.open(bytes);
    cache.set(bytes, m);
  }
  return m;
}
