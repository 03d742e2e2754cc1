import { TOC_NUMBER_GAP, tocEntryLook, type PreparedToc } from "@pacte/document";
import { BOX_DEFAULTS, type FlowBox } from "./flow-box";
import { setRuns, type LayoutContext } from "./layout-context";
import { fontStyleOf, type RunStyle } from "./run-style";
import type { Piece } from "./shape-text";
import { drawTextLines } from "./text-block";
import { textBox } from "./text-box";

/**
 * Distance between two dots of a leader, in points.
 *
 * @example
 * LEADER_PITCH //=> 4
 */
export const LEADER_PITCH = 4;
const GAP = TOC_NUMBER_GAP;
/** The least space between an entry's text and its leader, in points. */
const LEADER_GAP = 4;

/**
 * A table of contents as flow boxes, from the prepared table of contents (its title and entries,
 * as the DOCX lists them): its title (the heading look of level 1, not listed itself), then one
 * box per entry — indented by level, level 1 in bold, dot leaders to the page
 * number on the right, the whole entry a link to the heading. Numbers come from `pageOf` (the
 * previous layout pass); the number column is `digits` wide, so the entries break the same
 * whatever the numbers are. Tagged: the title a `P`, then a `TOC` of one `TOCI` per entry, each
 * holding a `Link` (the entry's text, its page number, its link annotation); leaders are artifacts.
 *
 * @example
 * tocBoxes(ctx, prepared.tocs.get(toc)!, (id) => pages.get(id), 2).length //=> entries.length + 1
 */
export function tocBoxes(
  ctx: LayoutContext,
  toc: PreparedToc,
  pageOf: (id: string) => number | undefined,
  digits: number,
): FlowBox[] {
  const { theme, frame, stack } = ctx;
  const size = theme.sizes.body;
  const left = frame.margins.left;
  const boxes: FlowBox[] = [];
  const titleStyle: RunStyle = { font: "bold", size: theme.sizes.heading1, rise: 0, color: theme.colors.heading, underline: false, link: null, field: null };
  const titleBlock = setRuns(
    ctx,
    [{ text: toc.title, style: titleStyle, path: toc.titlePath }],
    { base: { bold: true, italic: false, size: theme.sizes.heading1, color: theme.colors.heading }, width: frame.textWidth, align: "left" },
  );
  const tocNode = ctx.tags.root.child("TOC");
  boxes.push(
    textBox({
      block: titleBlock,
      left,
      node: ctx.tags.root.child("P"),
      spaceBefore: theme.spacing.headingBefore[0],
      spaceAfter: theme.spacing.headingAfter[0],
      keep: "withNext",
      split: "whole",
    }),
  );

  const digitStyle: RunStyle = { font: "regular", size, rise: 0, color: theme.colors.text, underline: false, link: null, field: null };
  const numberWidth = setRuns(ctx, [{ text: "0".repeat(Math.max(digits, 1)), style: digitStyle, path: toc.titlePath }], {
    base: { bold: false, italic: false, size, color: theme.colors.text },
    width: 10_000,
    align: "left",
  }).lines[0]?.naturalWidth ?? 0;
  const dot = stack.resolve(0x2e, "regular");
  const blank = stack.resolve(0x20, "regular");

  for (const h of toc.entries) {
    // The look of the entries is the shared one (`tocEntryLook`), as the DOCX's TOC styles.
    const look = tocEntryLook(h.level, theme);
    const indent = look.indent;
    const bold = look.base.bold;
    const link = { kind: "internal", target: h.id } as const;
    const style: RunStyle = { font: fontStyleOf(bold, false), size, rise: 0, color: theme.colors.text, underline: false, link: null, field: null };
    const base = { bold, italic: false, size, color: theme.colors.text };
    const textWidth = frame.textWidth - indent - numberWidth - GAP;
    const block = setRuns(ctx, [{ text: h.title, style, path: h.path }], { base, width: textWidth, align: "left" });
    const page = pageOf(h.id);
    const numberBlock = setRuns(ctx, page === undefined ? [] : [{ text: String(page), style, path: h.path }], {
      base,
      width: numberWidth + 1,
      align: "right",
    });
    const lastLine = block.lines[block.lines.length - 1];
    const textEnd = left + indent + (lastLine?.naturalWidth ?? 0);
    const numberLeft = left + frame.textWidth - numberWidth;
    let leader: Piece | null = null;
    if (dot && page !== undefined) {
      const s = size / 1000;
      const adv = dot.face.metrics.advance(dot.codePoint) * s;
      const rightEdge = numberLeft - GAP / 2;
      const first = Math.ceil((textEnd + LEADER_GAP) / LEADER_PITCH);
      const last = Math.floor((rightEdge - adv) / LEADER_PITCH);
      const count = last - first + 1;
      if (count > 0) {
        leader = {
          face: dot.face,
          style,
          cps: new Array<number>(count).fill(dot.codePoint),
          src: new Array<number>(count).fill(0x2e),
          advs: new Array<number>(count).fill(adv),
          kerns: new Array<number>(count).fill(LEADER_PITCH - adv),
          width: 0,
        };
        leader.kerns[count - 1] = 0;
        leader.width = (count - 1) * LEADER_PITCH + adv;
      }
    }
    const leaderX = leader ? Math.ceil((textEnd + LEADER_GAP) / LEADER_PITCH) * LEADER_PITCH : 0;
    // A space between the entry's text and its number, where the leader is: readers hear "Objet 3", not "Objet3".
    const spaceAdvance = blank === null ? 0 : (blank.face.metrics.advance(blank.codePoint) * size) / 1000;
    const space: Piece | null =
      blank === null || page === undefined
        ? null
        : { face: blank.face, style, cps: [blank.codePoint], src: [0x20], advs: [spaceAdvance], kerns: [0], width: spaceAdvance };
    const entry = textBox({
      block,
      left: left + indent,
      node: tocNode.child("TOCI").child("Link"),
      spaceBefore: look.spaceBefore,
      spaceAfter: look.spaceAfter,
      split: "whole",
      // After the entry's text, so that it reads "Article 1 – Objet 3" (the link's own element holds both).
      after: (canvas, top, from, to, b) => {
        // (an entry taller than a page is cut: leader and number go with its last line)
        if (to === b.lines.length) {
          const lastTop = top + (to - 1 - from) * b.lineHeight;
          if (space) canvas.wordBreak(space, textEnd, lastTop + b.baseline);
          if (leader) {
            const dots = leader;
            canvas.artifact("layout", () => canvas.glyphs(dots, leaderX, lastTop + b.baseline, dots.width));
          }
          drawTextLines(canvas, numberBlock, numberLeft - 1, lastTop, 0, 1, { pageNumber: 0, pageCount: 0 });
        }
        canvas.link(left + indent, top, frame.textWidth - indent, (to - from) * b.lineHeight, link);
      },
    });
    boxes.push(entry);
  }
  return boxes;
}
