import type { Keep, PageBox } from "@pacte/document";
import type { PageCanvas } from "./page-canvas";
import type { FieldValues } from "./text-block";

export type { Keep } from "@pacte/document";

/**
 * A vertical piece of the page flow that the PDF draws: a paragraph, a heading, a table row, a
 * signature row… `@pacte/document`'s `paginate` (the one both formats paginate with) stacks the
 * boxes, collapses the space between them (the larger of `spaceAfter` and the next
 * `spaceBefore`; none at the top of a page), keeps boxes together as asked, and splits a box
 * that does not fit where `split` allows it; then each box draws itself.
 *
 * @example
 * paragraphBox(ctx, paragraph, ["body", 0]).split(40, false) //=> [head, tail] or null
 */
export interface FlowBox extends PageBox<FlowBox> {
  /** Draws the box with its top at `top` (from the page's top edge). */
  draw(canvas: PageCanvas, top: number, fields: FieldValues): void;
}

/**
 * Default values for the optional parts of a box.
 *
 * @example
 * BOX_DEFAULTS.keep //=> "none"
 */
export const BOX_DEFAULTS = {
  spaceBefore: 0,
  spaceAfter: 0,
  keep: "none",
  pageBreakBefore: false,
  pageBreakAfter: false,
  repeat: null,
} as const satisfies Partial<FlowBox>;
