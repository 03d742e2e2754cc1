import { mapBlock, type Block, type PreparedToc } from "@pacte/document";
import type { IssuePath } from "@pacte/issues";
import { chartBoxes } from "./chart-box";
import { BOX_DEFAULTS, type FlowBox } from "./flow-box";
import { headingBox } from "./heading-box";
import { imageBox } from "./image-box";
import { identitiesBox } from "./identities-box";
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
  readonly toc: PreparedToc;
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
 * signature row…, a chart's title, area and data table rows; `keepTogether` members tied to
 * each other; `pageBreak` as a break marker; each `toc` as a slot filled later (its page
 * numbers depend on the pagination).
 *
 * @example
 * bodyFlow(ctx, doc.body, ["body"]).boxes.length //=> 42
 */
export function bodyFlow(ctx: LayoutContext, blocks: readonly Block[], path: IssuePath): BodyFlow {
  const boxes: FlowBox[] = [];
  const tocs: TocSlot[] = [];
  const visit = (list: readonly Block[], base: IssuePath): void => {
    list.forEach((block, i) => {
      mapBlock<void>(block, [...base, i], {
        paragraph: (b, at) => boxes.push(paragraphBox(ctx, b, at)),
        heading: (b, at) => boxes.push(headingBox(ctx, b, at)),
        list: (b, at) => boxes.push(...listBoxes(ctx, b, at)),
        table: (b, at) => boxes.push(...tableBoxes(ctx, b, at)),
        signatures: (b, at) => boxes.push(...signatureBoxes(ctx, b, at)),
        image: (b, at) => boxes.push(imageBox(ctx, b, at)),
        issuerMark: (b, at) => boxes.push(...issuerMarkBoxes(ctx, b, at)),
        identities: (b, at) => boxes.push(identitiesBox(ctx, b, at)),
        chart: (b, at) => boxes.push(...chartBoxes(ctx, b, at)),
        pageBreak: () => boxes.push(pageBreakBox()),
        toc: (b) => {
          const toc = ctx.prepared.tocs.get(b);
          if (toc === undefined) throw new Error("bodyFlow: this table of contents is not one of the prepared document's blocks.");
          tocs.push({ toc, at: boxes.length });
        },
        keepTogether: (b, at) => {
          const start = boxes.length;
          visit(b.blocks, [...at, "blocks"]);
          for (let k = start; k < boxes.length - 1; k++) {
            const box = boxes[k];
            if (box && box.keep !== "together") boxes[k] = { ...box, keep: "together" };
          }
        },
      });
    });
  };
  visit(blocks, path);
  return { boxes, tocs };
}
