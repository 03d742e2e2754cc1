import type { Block, Toc } from "@pacte/document";
import type { IssuePath } from "@pacte/issues";
import { BOX_DEFAULTS, type FlowBox } from "./flow-box";
import { headingBox } from "./heading-box";
import { imageBox } from "./image-box";
import { issuerMarkBoxes } from "./issuer-mark-boxes";
import type { LayoutContext } from "./layout-context";
import { listBoxes } from "./list-boxes";
import { paragraphBox } from "./paragraph-box";
import { signatureBoxes } from "./signature-boxes";
import { tableBoxes } from "./table-boxes";

/**
 * A place in the flow where the table of contents goes, filled on each layout pass.
 *
 * @example
 * bodyFlow(ctx, [{ type: "toc" }], ["body"]).tocs[0]?.at //=> 0
 */
export interface TocSlot {
  readonly toc: Toc;
  readonly path: IssuePath;
  /** Index in the box list where its boxes are inserted. */
  readonly at: number;
}

/**
 * The flow of a document's body: its boxes, and the slots of its tables of contents.
 *
 * @example
 * const { boxes, tocs } = bodyFlow(ctx, doc.body, ["body"]);
 */
export interface BodyFlow {
  readonly boxes: FlowBox[];
  readonly tocs: TocSlot[];
}

const pageBreakBox = (): FlowBox => ({
  ...BOX_DEFAULTS,
  height: 0,
  minHead: 0,
  pageBreakAfter: true,
  split: () => null,
  draw: () => undefined,
});

/**
 * Turns the body's blocks into flow boxes: one per paragraph, heading, list item, table row,
 * signature row…; `keepTogether` members tied to each other; `pageBreak` as a break marker;
 * each `toc` as a slot filled later (its page numbers depend on the pagination).
 *
 * @example
 * bodyFlow(ctx, doc.body, ["body"]).boxes.length //=> 42
 */
export function bodyFlow(ctx: LayoutContext, blocks: readonly Block[], path: IssuePath): BodyFlow {
  const boxes: FlowBox[] = [];
  const tocs: TocSlot[] = [];
  const visit = (list: readonly Block[], base: IssuePath): void => {
    list.forEach((block, i) => {
      const at: IssuePath = [...base, i];
      switch (block.type) {
        case "paragraph":
          boxes.push(paragraphBox(ctx, block, at));
          break;
        case "heading":
          boxes.push(headingBox(ctx, block, at));
          break;
        case "list":
          boxes.push(...listBoxes(ctx, block, at));
          break;
        case "table":
          boxes.push(...tableBoxes(ctx, block, at));
          break;
        case "signatures":
          boxes.push(...signatureBoxes(ctx, block, at));
          break;
        case "image":
          boxes.push(imageBox(ctx, block, at));
          break;
        case "issuerMark":
          boxes.push(...issuerMarkBoxes(ctx, block, at));
          break;
        case "pageBreak":
          boxes.push(pageBreakBox());
          break;
        case "toc":
          tocs.push({ toc: block, path: at, at: boxes.length });
          break;
        case "keepTogether": {
          const start = boxes.length;
          visit(block.blocks, [...at, "blocks"]);
          for (let k = start; k < boxes.length - 1; k++) {
            const b = boxes[k];
            if (b && b.keep !== "together") boxes[k] = { ...b, keep: "together" };
          }
          break;
        }
      }
    });
  };
  visit(blocks, path);
  return { boxes, tocs };
}
