import type { Alignment } from "@pacte/document";
import type { FontFace } from "../fonts/font-stack";
import { breakLines, type Hyphenation, type TextLine } from "./break-lines";
import type { PageCanvas } from "./page-canvas";
import type { LinkTarget } from "./run-style";
import type { Piece, Shaper, Word } from "./shape-text";

/**
 * Lines of text broken to a width, with the vertical metrics to stack them: every line is
 * `lineHeight` tall and its baseline `baseline` below its top.
 *
 * @example
 * textBlock(words, shaper, options).lineHeight //=> 13.125
 */
export interface TextBlock {
  readonly lines: readonly TextLine[];
  readonly lineHeight: number;
  readonly baseline: number;
  readonly width: number;
  /**
   * Per line, the space drawn (invisible) after it when another line follows — the space the
   * line was broken at, or one for a forced break — so that text extraction and assistive
   * technologies read a word break there; `null` when the line ends inside a word (a hyphenation,
   * a cut). The last line has none.
   */
  readonly breaks: readonly (Piece | null)[];
}

/**
 * How to lay a text block out.
 *
 * @example
 * const options: TextBlockOptions = { width: 400, align: "justify", hyphenate: null, size: 10.5, lineHeight: 1.25, face };
 */
export interface TextBlockOptions {
  readonly width: number;
  readonly align: Alignment;
  readonly hyphenate: Hyphenation | null;
  /** The block's font size (superscripts are smaller, lines are not). */
  readonly size: number;
  /** Line height as a multiple of the size. */
  readonly lineHeight: number;
  /** The face whose ascent and descent place the baseline. */
  readonly face: FontFace;
}

/**
 * Breaks measured words into a {@link TextBlock}: line height is `size × lineHeight` (at least
 * the font's own ascent + descent), the baseline sits in the middle of the leading.
 *
 * @example
 * textBlock(words, shaper, { width: 400, align: "left", hyphenate: null, size: 10.5, lineHeight: 1.25, face }).lineHeight
 * //=> 13.125
 */
export function textBlock(words: readonly Word[], shaper: Shaper, options: TextBlockOptions): TextBlock {
  const lines = breakLines(words, shaper, { width: Math.max(options.width, 1), align: options.align, hyphenate: options.hyphenate });
  const m = options.face.metrics;
  const ascent = (m.ascent * options.size) / 1000;
  const descent = (-m.descent * options.size) / 1000;
  const lineHeight = Math.max(options.size * options.lineHeight, ascent + descent);
  const baseline = (lineHeight - ascent - descent) / 2 + ascent;
  const breaks = lines.map((line, i): Piece | null => {
    if (i === lines.length - 1) return null;
    const last = line.items[line.items.length - 1];
    if (line.breakSpace !== null) return line.breakSpace;
    return line.forced && last !== undefined ? shaper.single(0x20, last.piece.style) : null;
  });
  return { lines, lineHeight, baseline, width: options.width, breaks };
}

/**
 * Values the fields of a page take when it is drawn.
 *
 * @example
 * const fields: FieldValues = { pageNumber: 2, pageCount: 9 };
 */
export interface FieldValues {
  readonly pageNumber: number;
  readonly pageCount: number;
}

/**
 * Draws lines `from`–`to` of a text block with the top of line `from` at `top`: glyphs, the
 * underline of underlined pieces, and link areas over linked pieces.
 *
 * @example
 * drawTextLines(canvas, block, 56.7, 120, 0, block.lines.length, { pageNumber: 1, pageCount: 3 })
 */
export function drawTextLines(
  canvas: PageCanvas,
  block: TextBlock,
  left: number,
  top: number,
  from: number,
  to: number,
  fields: FieldValues,
): void {
  for (let i = from; i < to; i++) {
    const line = block.lines[i];
    if (!line) continue;
    const lineTop = top + (i - from) * block.lineHeight;
    const baseline = lineTop + block.baseline;
    let linkStart = 0;
    let linkEnd = 0;
    let link: LinkTarget | null = null;
    const flushLink = (): void => {
      if (link && linkEnd > linkStart) canvas.link(left + linkStart, lineTop, linkEnd - linkStart, block.lineHeight, link);
      link = null;
    };
    for (const item of line.items) {
      const { piece } = item;
      const style = piece.style;
      if (!item.isSpace || piece.cps.length > 0) {
        const replace = style.field ? String(style.field === "pageNumber" ? fields.pageNumber : fields.pageCount) : null;
        if (!item.isSpace) canvas.glyphs(piece, left + item.x, baseline, item.width, replace);
        else canvas.glyphs(piece, left + item.x, baseline, item.width);
      }
      if (style.underline) {
        const m = piece.face.metrics;
        const s = style.size / 1000;
        const y = baseline - style.rise - m.underlinePosition * s;
        canvas.line(left + item.x, y, left + item.x + item.width, y, style.color, m.underlineThickness * s);
      }
      if (style.link !== link) {
        flushLink();
        link = style.link;
        linkStart = item.x;
      }
      linkEnd = item.x + item.width;
    }
    flushLink();
    const space = block.breaks[i];
    const last = line.items[line.items.length - 1];
    // (The break's space, after the line's last glyph: no ink, not reported, one more word break for readers.)
    if (space && last !== undefined) canvas.wordBreak(space, left + last.x + last.width, baseline);
  }
}
