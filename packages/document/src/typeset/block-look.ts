import type { ParagraphStyle } from "../block";
import type { Alignment } from "../inline";
import type { Theme } from "../theme";

/**
 * How a kind of text is set: size, weight, slant and colour.
 *
 * @example
 * const base: TextStyleLook = { bold: false, italic: false, size: 10.5, color: "1E1E1E" };
 */
export interface TextStyleLook {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number;
  readonly color: string;
}

/**
 * How a block of text looks, decided once for both renderers (the PDF draws it, the DOCX writes
 * it into its styles): text style, default alignment, left indent, space before and after.
 *
 * @example
 * paragraphLook("quote", defaultTheme).indent //=> 18
 */
export interface BlockLook {
  readonly base: TextStyleLook;
  readonly align: Alignment;
  readonly indent: number;
  readonly spaceBefore: number;
  readonly spaceAfter: number;
}

/**
 * The look of a paragraph style in a theme: `title` large, bold and centred in the heading
 * colour; `subtitle` centred and muted; `quote` indented on the left (upright, as the visas are
 * printed); `small` and `note` smaller (`note` muted); `center` centred; `body` the default.
 *
 * @example
 * paragraphLook("title", defaultTheme).base.size //=> 20
 */
export function paragraphLook(style: ParagraphStyle, theme: Theme): BlockLook {
  const { sizes, colors, spacing } = theme;
  const body: BlockLook = {
    base: { bold: false, italic: false, size: sizes.body, color: colors.text },
    align: "left",
    indent: 0,
    spaceBefore: 0,
    spaceAfter: spacing.paragraphAfter,
  };
  switch (style) {
    case "title":
      return { ...body, base: { ...body.base, bold: true, size: sizes.title, color: colors.heading }, align: "center", spaceAfter: spacing.paragraphAfter * 2 };
    case "subtitle":
      return { ...body, base: { ...body.base, size: sizes.subtitle, color: colors.muted }, align: "center", spaceAfter: spacing.paragraphAfter * 2 };
    case "quote":
      return { ...body, indent: spacing.quoteIndent };
    case "small":
      return { ...body, base: { ...body.base, size: sizes.small } };
    case "note":
      return { ...body, base: { ...body.base, size: sizes.note, color: colors.muted } };
    case "center":
      return { ...body, align: "center" };
    case "body":
      return body;
  }
}

/**
 * The look of a heading of a level: bold (level 4 also italic), the theme's size and heading
 * colour for the level, the theme's space before and after; left-aligned.
 *
 * @example
 * headingLook(1, defaultTheme) //=> { base: { bold: true, italic: false, size: 13, color: "1B3A6B" }, align: "left", indent: 0, spaceBefore: 18, spaceAfter: 8 }
 */
export function headingLook(level: 1 | 2 | 3 | 4, theme: Theme): BlockLook {
  return {
    base: { bold: true, italic: level === 4, size: [theme.sizes.heading1, theme.sizes.heading2, theme.sizes.heading3, theme.sizes.heading4][level - 1] ?? theme.sizes.body, color: theme.colors.heading },
    align: "left",
    indent: 0,
    spaceBefore: theme.spacing.headingBefore[level - 1] ?? 0,
    spaceAfter: theme.spacing.headingAfter[level - 1] ?? 0,
  };
}

/**
 * Indent per level of a table of contents entry, in points.
 *
 * @example
 * TOC_INDENT * 1 //=> 14 (a level 2 entry)
 */
export const TOC_INDENT = 14;
/**
 * Space between an entry's text and the column of page numbers, in points.
 *
 * @example
 * TOC_NUMBER_GAP //=> 6
 */
export const TOC_NUMBER_GAP = 6;

/**
 * The look of a table of contents entry of a level: the body size, level 1 in bold with 4 pt
 * before it, indented by {@link TOC_INDENT} a level, 1 pt after.
 *
 * @example
 * tocEntryLook(2, defaultTheme) //=> { base: { bold: false, italic: false, size: 10.5, color: "1E1E1E" }, align: "left", indent: 14, spaceBefore: 0, spaceAfter: 1 }
 */
export function tocEntryLook(level: number, theme: Theme): BlockLook {
  return {
    base: { bold: level === 1, italic: false, size: theme.sizes.body, color: theme.colors.text },
    align: "left",
    indent: (level - 1) * TOC_INDENT,
    spaceBefore: level === 1 ? 4 : 0,
    spaceAfter: 1,
  };
}

/**
 * The look of a table's caption: bold at the table's size, in the text colour, the space of a
 * paragraph before it and 3 pt after (it stays with the table).
 *
 * @example
 * captionLook(defaultTheme).base.size //=> 9
 */
export function captionLook(theme: Theme): BlockLook {
  return { base: { bold: true, italic: false, size: theme.sizes.table, color: theme.colors.text }, align: "left", indent: 0, spaceBefore: theme.spacing.paragraphAfter, spaceAfter: 3 };
}

/**
 * The height of a line of text of a size: the theme's line height times the size, or the font's
 * ascent plus descent (per 1000 em) when that is taller.
 *
 * @example
 * lineHeightOf(10.5, defaultTheme) //=> 13.125
 */
export function lineHeightOf(size: number, theme: Theme, ascent = 905.2734375, descent = -211.9140625): number {
  return Math.max(size * theme.spacing.lineHeight, ((ascent - descent) * size) / 1000);
}
