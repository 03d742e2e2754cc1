import type { Alignment, Paragraph, ParagraphStyle, Theme } from "@pacte/document";
import type { IssuePath } from "@pacte/issues";
import type { FlowBox } from "./flow-box";
import type { BaseTextStyle } from "./inline-runs";
import { setInlines, type LayoutContext } from "./layout-context";
import { textBox } from "./text-box";

/**
 * How a paragraph style looks: text style, default alignment, indent and spacing.
 *
 * @example
 * paragraphLook("quote", defaultTheme).indent //=> 18
 */
export interface ParagraphLook {
  readonly base: BaseTextStyle;
  readonly align: Alignment;
  readonly indent: number;
  readonly spaceBefore: number;
  readonly spaceAfter: number;
}

/**
 * The look of a paragraph style in a theme: `title` large, bold and centred in the heading
 * colour; `subtitle` centred and muted; `quote` indented; `small` and `note` smaller (`note`
 * muted); `center` centred; `body` the default.
 *
 * @example
 * paragraphLook("title", defaultTheme).base.size //=> 20
 */
export function paragraphLook(style: ParagraphStyle, theme: Theme): ParagraphLook {
  const { sizes, colors, spacing } = theme;
  const body: ParagraphLook = {
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
 * A paragraph as a flow box: its style's look, its own alignment, widows and orphans avoided,
 * kept with the next block when `keepWithNext`.
 *
 * @example
 * paragraphBox(ctx, { type: "paragraph", content: [{ type: "text", text: "Bonjour." }] }, ["body", 0]).height //=> 13.125
 */
export function paragraphBox(ctx: LayoutContext, paragraph: Paragraph, path: IssuePath, inset = 0): FlowBox {
  const look = paragraphLook(paragraph.style ?? "body", ctx.theme);
  const left = ctx.frame.margins.left + inset + look.indent;
  const block = setInlines(ctx, paragraph.content, [...path, "content"], {
    base: look.base,
    width: ctx.frame.textWidth - inset - look.indent,
    align: paragraph.align ?? look.align,
  });
  return textBox({
    block,
    left,
    node: ctx.tags.root.child("P"),
    spaceBefore: look.spaceBefore,
    spaceAfter: look.spaceAfter,
    keep: paragraph.keepWithNext ? "withNext" : "none",
    split: "orphans",
  });
}
