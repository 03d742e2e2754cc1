import type { SignatureBlock, SignatureLine, Signatures } from "@pacte/document";
import { type IssuePath } from "@pacte/issues";
import type { StructNode } from "../tagging/struct-node";
import { BOX_DEFAULTS, type FlowBox } from "./flow-box";
import { setRuns, type LayoutContext } from "./layout-context";
import type { PageCanvas } from "./page-canvas";
import { fontStyleOf, type RunStyle } from "./run-style";
import { drawTextLines, type FieldValues, type TextBlock } from "./text-block";

/**
 * Height of the empty space where a signatory signs (the signature field), in points.
 *
 * @example
 * SIGNATURE_SPACE //=> 72
 */
export const SIGNATURE_SPACE = 72;
/**
 * Space between the two columns of signature blocks.
 *
 * @example
 * SIGNATURE_COLUMN_GAP //=> 28
 */
export const SIGNATURE_COLUMN_GAP = 28;
const GAP = 4;

/** One vertical slice of a signature block: a line of text, or the space to sign. */
interface Slice {
  readonly height: number;
  /** The space where the signatory signs: side-by-side blocks align on it. */
  readonly signHere?: boolean;
  draw(canvas: PageCanvas, x: number, top: number, fields: FieldValues): void;
}

/** The slices of one signatory's block, tagged as a `Div` of one `P` per line and a `Form` for the field, in reading order. */
function slicesOf(ctx: LayoutContext, block: SignatureBlock, width: number): Slice[] {
  const { theme } = ctx;
  const div: StructNode = ctx.tags.root.child("Div");
  const size = theme.sizes.body;
  const style = (bold: boolean, italic = false): RunStyle => ({
    font: fontStyleOf(bold, italic),
    size,
    rise: 0,
    color: theme.colors.text,
    underline: false,
    link: null,
    field: null,
  });
  const base = { bold: false, italic: false, size, color: theme.colors.text };
  const lines = (line: SignatureLine): Slice[] => {
    const look = line.kind === "role" || line.kind === "name" ? style(true) : line.kind === "placeAndDate" ? style(false, true) : style(false);
    const set: TextBlock = setRuns(ctx, [{ text: line.text, style: look, path: line.path }], { base, width, align: "left" });
    const p = div.child("P");
    return set.lines.length === 0 || (set.lines.length === 1 && set.lines[0]?.items.length === 0)
      ? []
      : set.lines.map((_, i) => ({
          height: set.lineHeight,
          draw: (canvas: PageCanvas, x: number, top: number, fields: FieldValues) => canvas.tagged(p, () => drawTextLines(canvas, set, x, top, i, i + 1, fields)),
        }));
  };
  const form = div.child("Form");
  return [
    ...block.above.flatMap(lines),
    { height: GAP, draw: () => undefined },
    {
      height: SIGNATURE_SPACE,
      signHere: true,
      draw: (canvas, x, top) => canvas.tagged(form, () => canvas.signatureField(block.fieldId, x, top, width, SIGNATURE_SPACE, block.description)),
    },
    { height: GAP, draw: () => undefined },
    ...block.below.flatMap(lines),
  ];
}

const sumHeights = (slices: readonly Slice[]): number => slices.reduce((h, s) => h + s.height, 0);

/**
 * Aligns the blocks of one row: the shorter headings (role, quality, place and date) get blank
 * space so that every signing space, and so every name, starts at the same height.
 */
function alignRow(cols: readonly Slice[][]): Slice[][] {
  const headHeight = (c: readonly Slice[]) => {
    const k = c.findIndex((s) => s.signHere === true);
    return sumHeights(k < 0 ? c : c.slice(0, k));
  };
  const tallest = Math.max(0, ...cols.map(headHeight));
  return cols.map((c) => {
    const pad = tallest - headHeight(c);
    const k = c.findIndex((s) => s.signHere === true);
    if (pad <= 1e-6 || k < 0) return c;
    return [...c.slice(0, k), { height: pad, draw: () => undefined }, ...c.slice(k)];
  });
}

/**
 * The signature blocks as the prepared document lays them out (the DOCX reads the same): two
 * side by side per row (a lone signatory on the right), role in bold, quality, « Fait à …, le … »
 * in italics, an empty space where the signature field goes, then the name in bold; side-by-side
 * signing spaces and names start at the same height. A block is never split across pages (unless it is taller than a page) and the rows
 * are kept together when they fit on one page.
 *
 * @example
 * signatureBoxes(ctx, { type: "signatures", signatories: [etat, departement] }, ["body", 9]).length //=> 1
 */
export function signatureBoxes(ctx: LayoutContext, block: Signatures, path: IssuePath): FlowBox[] {
  const { frame, theme } = ctx;
  const prepared = ctx.prepared.signatures.get(block);
  if (prepared === undefined) throw new Error(`signatureBoxes: the block at ${path.join(".")} is not one of the prepared document's blocks.`);
  const colWidth = (frame.textWidth - SIGNATURE_COLUMN_GAP) / 2;
  const left = frame.margins.left;
  const right = left + colWidth + SIGNATURE_COLUMN_GAP;
  const rows = prepared.rows.map((row) => {
    const [a, b] = alignRow(row.map((s) => (s === undefined ? [] : slicesOf(ctx, s, colWidth))));
    const cols: { x: number; slices: Slice[] }[] = [];
    if (row[0] !== undefined && a) cols.push({ x: left, slices: a });
    if (row[1] !== undefined && b) cols.push({ x: right, slices: b });
    return cols;
  });
  const rowBox = (cols: readonly { x: number; slices: Slice[] }[], spaceBefore: number, spaceAfter: number, last: boolean): FlowBox => {
    const height = Math.max(0, ...cols.map((c) => sumHeights(c.slices)));
    const tall = height > frame.textHeight;
    return {
      ...BOX_DEFAULTS,
      height,
      spaceBefore,
      spaceAfter,
      keep: last ? "none" : "together",
      minHead: height,
      split(avail, empty) {
        if (!tall || !empty) return null;
        const head: { x: number; slices: Slice[] }[] = [];
        const tail: { x: number; slices: Slice[] }[] = [];
        let progress = false;
        for (const c of cols) {
          let h = 0;
          let k = 0;
          while (k < c.slices.length && h + (c.slices[k]?.height ?? 0) <= avail + 1e-6) h += c.slices[k++]?.height ?? 0;
          if (k > 0) progress = true;
          head.push({ x: c.x, slices: c.slices.slice(0, k) });
          tail.push({ x: c.x, slices: c.slices.slice(k) });
        }
        if (!progress) return null;
        return [rowBox(head, spaceBefore, 0, true), rowBox(tail, 0, spaceAfter, last)];
      },
      draw(canvas, top, fields) {
        for (const c of cols) {
          let y = top;
          for (const s of c.slices) {
            s.draw(canvas, c.x, y, fields);
            y += s.height;
          }
        }
      },
    };
  };
  return rows.map((cols, i) =>
    rowBox(cols, i === 0 ? theme.spacing.headingBefore[0] : theme.spacing.paragraphAfter * 2, theme.spacing.paragraphAfter, i === rows.length - 1),
  );
}
