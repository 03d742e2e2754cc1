// Types for the part of fontkit 2.x (https://github.com/foliojs/fontkit, MIT) that the package
// uses: fontkit ships no declarations. Written from fontkit's README; only what we call.
declare module "fontkit" {
  export interface FontkitBoundingBox {
    readonly minX: number;
    readonly minY: number;
    readonly maxX: number;
    readonly maxY: number;
    readonly width: number;
    readonly height: number;
  }

  export interface FontkitGlyph {
    /** Glyph id in the font (0 is `.notdef`, the glyph of a missing character). */
    readonly id: number;
    readonly name: string;
    readonly codePoints: number[];
    /** Advance width in font units (divide by `unitsPerEm`, multiply by the size). */
    readonly advanceWidth: number;
    readonly bbox: FontkitBoundingBox;
  }

  export interface FontkitGlyphPosition {
    readonly xAdvance: number;
    readonly yAdvance: number;
    readonly xOffset: number;
    readonly yOffset: number;
  }

  export interface FontkitGlyphRun {
    readonly glyphs: FontkitGlyph[];
    /** One position per glyph, in font units, kerning (GPOS/kern) applied. */
    readonly positions: FontkitGlyphPosition[];
    readonly advanceWidth: number;
  }

  export interface FontkitSubset {
    includeGlyph(glyph: number | FontkitGlyph): number;
    encode(): Uint8Array;
  }

  export interface FontkitFont {
    readonly type: string;
    readonly postscriptName: string | null;
    readonly fullName: string | null;
    readonly familyName: string | null;
    readonly subfamilyName: string | null;
    readonly unitsPerEm: number;
    readonly ascent: number;
    readonly descent: number;
    readonly lineGap: number;
    readonly underlinePosition: number;
    readonly underlineThickness: number;
    readonly italicAngle: number;
    readonly capHeight: number;
    readonly xHeight: number;
    readonly numGlyphs: number;
    readonly bbox: FontkitBoundingBox;
    readonly characterSet: number[];
    readonly availableFeatures: string[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    glyphsForString(text: string): FontkitGlyph[];
    getGlyph(glyphId: number, codePoints?: number[]): FontkitGlyph;
    layout(text: string, features?: Record<string, boolean> | string[]): FontkitGlyphRun;
    createSubset(): FontkitSubset;
  }

  export interface FontkitCollection {
    readonly type: string;
    readonly fonts: FontkitFont[];
    getFont(postscriptName: string): FontkitFont | null;
  }

  export function create(bytes: Uint8Array, postscriptName?: string): FontkitFont | FontkitCollection;
}
