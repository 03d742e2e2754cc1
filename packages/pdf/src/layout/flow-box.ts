import type { PageCanvas } from "./page-canvas";
import type { FieldValues } from "./text-block";

/**
 * How a box holds to the one after it: not at all, so that no page break falls between them
 * (headings: at least the next box's smallest head comes along), or so that the next box comes
 * along whole (members of a `keepTogether` group, rows of signatures).
 *
 * @example
 * const keep: Keep = "withNext"; // a heading
 */
export type Keep = "none" | "withNext" | "together";

/**
 * A vertical piece of the page flow: a paragraph, a heading, a table row, a signature row…
 * The paginator stacks boxes, collapses the space between them (the larger of `spaceAfter` and
 * the next `spaceBefore`; none at the top of a page), keeps boxes together as asked, and
 * splits a box that does not fit where `split` allows it.
 *
 * @example
 * paragraphBox(ctx, paragraph, ["body", 0]).split(40, false) //=> [head, tail] or null
 */
export interface FlowBox {
  readonly height: number;
  readonly spaceBefore: number;
  readonly spaceAfter: number;
  readonly keep: Keep;
  /** Starts a new page unless the current one is empty. */
  readonly pageBreakBefore: boolean;
  /** Always starts a new page after it (an explicit page break). */
  readonly pageBreakAfter: boolean;
  /** The smallest part that may end a page (orphan control: two lines of a paragraph). */
  readonly minHead: number;
  /** Boxes repeated at the top of a page on which this box continues (a table's header rows). */
  readonly repeat: readonly FlowBox[] | null;
  /** The id of the heading this box starts (for the table of contents and the outline). */
  readonly anchor?: string;
  /**
   * Cuts the box so that its head fits in `avail` points. With `empty` false (something is above
   * on the page) it may refuse (null): the box then moves to the next page. With `empty` true it
   * must cut if it can at all.
   */
  split(avail: number, empty: boolean): readonly [FlowBox, FlowBox] | null;
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
