import type { PreparedHeaderFooter } from "@pacte/document";
import { setInlines, type LayoutContext } from "./layout-context";
import type { PageCanvas } from "./page-canvas";
import { drawTextLines, type FieldValues } from "./text-block";

const SLOTS = ["left", "center", "right"] as const;

/**
 * Draws the prepared header (its top `headerDistance` below the page's top edge) or a footer (its last
 * line ending `footerDistance` above the bottom edge) on one page: three slots aligned left,
 * centre and right over the text width, in the theme's header/footer size and muted colour,
 * fields filled with this page's number and the page count. Skipped on the first page when
 * `firstPage` is false.
 *
 * @example
 * drawHeaderFooter(ctx, canvas, prepared.footer, "footer", { pageNumber: 2, pageCount: 9 })
 */
export function drawHeaderFooter(
  ctx: LayoutContext,
  canvas: PageCanvas,
  prepared: PreparedHeaderFooter | undefined,
  where: "header" | "footer",
  fields: FieldValues,
): void {
  if (!prepared) return;
  if (canvas.index === 0 && !prepared.firstPage) return;
  const hf = prepared.content;
  const path = prepared.path;
  const { theme, frame } = ctx;
  const size = where === "header" ? theme.sizes.header : theme.sizes.footer;
  const base = { bold: false, italic: false, size, color: theme.colors.muted };
  const previous = canvas.region;
  canvas.region = where;
  for (const slot of SLOTS) {
    const content = hf[slot];
    if (!content || content.length === 0) continue;
    const block = setInlines(ctx, content, [...path, slot], {
      base,
      width: frame.textWidth,
      align: slot,
      fieldText: (field) => String(field === "pageNumber" ? fields.pageNumber : fields.pageCount),
    });
    const height = block.lines.length * block.lineHeight;
    const top = where === "header" ? frame.headerDistance : frame.height - frame.footerDistance - height;
    drawTextLines(canvas, block, frame.margins.left, top, 0, block.lines.length, fields);
  }
  canvas.region = previous;
}
