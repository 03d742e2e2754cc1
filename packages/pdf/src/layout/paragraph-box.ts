import { paragraphLook, type Paragraph } from "@pacte/document";
import type { IssuePath } from "@pacte/issues";
import type { FlowBox } from "./flow-box";
import { setInlines, type LayoutContext } from "./layout-context";
import { textBox } from "./text-box";

/**
 * A paragraph as a flow box: its style's look (`paragraphLook`, as the DOCX's styles), its own alignment, widows and orphans avoided,
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
