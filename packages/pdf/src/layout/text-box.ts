import type { StructNode } from "../tagging/struct-node";
import { BOX_DEFAULTS, type FlowBox, type Keep } from "./flow-box";
import type { PageCanvas } from "./page-canvas";
import { drawTextLines, type FieldValues, type TextBlock } from "./text-block";

/**
 * How a text box may be cut across pages: between any lines; between lines leaving at least
 * two at the bottom of a page and two at the top of the next (orphans and widows); or only
 * when it is taller than a page (headings, signature lines).
 *
 * @example
 * const split: TextSplit = "orphans"; // a paragraph
 */
export type TextSplit = "lines" | "orphans" | "whole";

/**
 * What a text box is made of.
 *
 * @example
 * textBox({ block, left: 56.7, split: "orphans" })
 */
export interface TextBoxOptions {
  readonly block: TextBlock;
  /** The x of the lines' left edge on the page. */
  readonly left: number;
  readonly spaceBefore?: number;
  readonly spaceAfter?: number;
  readonly keep?: Keep;
  readonly pageBreakBefore?: boolean;
  readonly anchor?: string;
  readonly split: TextSplit;
  /** Draws what goes with lines `from`–`to` placed at `top`, before them (a list item's label on its first line). */
  readonly decorate?: (canvas: PageCanvas, top: number, from: number, to: number, block: TextBlock) => void;
  /** Draws what goes with lines `from`–`to` placed at `top`, after them (a table of contents entry's page number). */
  readonly after?: (canvas: PageCanvas, top: number, from: number, to: number, block: TextBlock) => void;
  /** The structure element the lines are content of (a `P`, an `H1`, a list item's `LBody`…). */
  readonly node?: StructNode;
}

const EPS = 1e-6;

/**
 * A {@link FlowBox} of text lines (`from`–`to` of the block): a paragraph, a heading, a list
 * item. Its cuts follow {@link TextSplit}.
 *
 * @example
 * textBox({ block, left: 56.7, split: "orphans" }).height //=> block.lines.length * block.lineHeight
 */
export function textBox(options: TextBoxOptions, from = 0, to = options.block.lines.length): FlowBox {
  const { block } = options;
  const n = to - from;
  const lh = block.lineHeight;
  const minHead = options.split === "orphans" && n >= 4 ? 2 * lh : n * lh;
  const box: FlowBox = {
    ...BOX_DEFAULTS,
    height: n * lh,
    spaceBefore: options.spaceBefore ?? 0,
    spaceAfter: options.spaceAfter ?? 0,
    keep: options.keep ?? "none",
    pageBreakBefore: options.pageBreakBefore ?? false,
    minHead,
    ...(options.anchor !== undefined && from === 0 ? { anchor: options.anchor } : {}),
    split(avail, empty) {
      let k = Math.min(Math.floor((avail + EPS) / lh), n - 1);
      if (options.split === "whole" && !empty) return null;
      if (options.split === "orphans") {
        if (!empty) {
          if (n < 4) return null;
          k = Math.min(k, n - 2);
          if (k < 2) return null;
        } else if (n - k < 2 && n - 2 >= 2) {
          k = n - 2;
        }
      }
      if (k < 1) return null;
      const head = textBox({ ...options, spaceAfter: 0, keep: "none" }, from, from + k);
      const tail = textBox({ ...options, spaceBefore: 0, pageBreakBefore: false }, from + k, to);
      return [head, tail];
    },
    draw(canvas: PageCanvas, top: number, fields: FieldValues) {
      if (options.anchor !== undefined && from === 0) canvas.anchor(options.anchor, top);
      canvas.tagged(options.node, () => {
        options.decorate?.(canvas, top, from, to, block);
        drawTextLines(canvas, block, options.left, top, from, to, fields);
        options.after?.(canvas, top, from, to, block);
      });
    },
  };
  return box;
}
