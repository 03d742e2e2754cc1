import { LIST_LABEL_GAP, listLabel, type List } from "@pacte/document";
import type { IssuePath } from "@pacte/issues";
import type { StructNode } from "../tagging/struct-node";
import type { FlowBox } from "./flow-box";
import { setInlines, setRuns, type LayoutContext } from "./layout-context";
import { drawTextLines } from "./text-block";
import { textBox } from "./text-box";

const LABEL_GAP = LIST_LABEL_GAP;

/**
 * A list as flow boxes, one per item (nested lists follow their item, further indented): the
 * label hangs in the indent, the text wraps under itself; an item keeps its lines together
 * when short, like a paragraph. Tagged `L` › `LI` › `Lbl` (the label) and `LBody` (the text, and
 * a nested list's `L`), under `parent` (the document by default).
 *
 * @example
 * listBoxes(ctx, { type: "list", ordered: true, items: [a, b] }, ["body", 4]).length //=> 2
 */
export function listBoxes(ctx: LayoutContext, list: List, path: IssuePath, inset = 0, depth = 0, parent: StructNode = ctx.tags.root): FlowBox[] {
  const { theme, frame } = ctx;
  const listNode = parent.child("L");
  const base = { bold: false, italic: false, size: theme.sizes.body, color: theme.colors.text };
  const indent = theme.spacing.listIndent;
  const boxes: FlowBox[] = [];
  list.items.forEach((item, i) => {
    const label = listLabel(list.ordered, depth, i + 1);
    const labelStyle = { font: "regular", size: base.size, rise: 0, color: base.color, underline: false, link: null, field: null } as const;
    const labelBlock = setRuns(ctx, [{ text: label, style: labelStyle, path: [...path, "items", i] }], {
      base,
      width: 10_000,
      align: "left",
    });
    const labelWidth = labelBlock.lines[0]?.naturalWidth ?? 0;
    const textOffset = Math.max(indent, labelWidth + LABEL_GAP);
    const left = frame.margins.left + inset + textOffset;
    const block = setInlines(ctx, item.content, [...path, "items", i, "content"], {
      base,
      width: frame.textWidth - inset - textOffset,
      align: "left",
    });
    const last = i === list.items.length - 1 && !item.children;
    const itemNode = listNode.child("LI");
    const labelNode = itemNode.child("Lbl");
    const bodyNode = itemNode.child("LBody");
    boxes.push(
      textBox({
        block,
        left,
        node: bodyNode,
        spaceBefore: i === 0 && depth === 0 ? theme.spacing.paragraphAfter / 2 : 0,
        spaceAfter: last && depth === 0 ? theme.spacing.paragraphAfter : theme.spacing.paragraphAfter / 2,
        split: "orphans",
        decorate: (canvas, top, from, _to, text) => {
          if (from !== 0) return;
          const shift = text.baseline - labelBlock.baseline;
          canvas.tagged(labelNode, () => drawTextLines(canvas, labelBlock, left - LABEL_GAP - labelWidth, top + shift, 0, 1, { pageNumber: 0, pageCount: 0 }));
        },
      }),
    );
    if (item.children) boxes.push(...listBoxes(ctx, item.children, [...path, "items", i, "children"], inset + textOffset, depth + 1, bodyNode));
  });
  return boxes;
}
