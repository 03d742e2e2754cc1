import { formatDate, type Signatory, type Signatures } from "@pacte/document";
import { pdfIssue } from "../pdf-issue";
import { type IssuePath } from "@pacte/issues";
import { BOX_DEFAULTS, type FlowBox } from "./flow-box";
import { setRuns, type LayoutContext } from "./layout-context";
import type { PageCanvas } from "./page-canvas";
import { fontStyleOf, type RunStyle } from "./run-style";
import type { StyledRun } from "./styled-run";
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

/**
 * The line that says where and when a signatory signs: "Fait à Guéret, le 12 mars 2024",
 * "Fait à Guéret", "Le 12 mars 2024", or nothing.
 *
 * @example
 * signaturePlaceDate({ place: "Guéret", date: "2024-03-01" }) //=> "Fait à Guéret, le 1er mars 2024"
 */
export function signaturePlaceDate(s: Pick<Signatory, "place" | "date">): string {
  let date: string | undefined;
  if (s.date !== undefined) {
    try {
      date = formatDate(s.date);
    } catch {
      date = s.date; // validateDocument reports impossible dates; never fail here
    }
  }
  if (s.place !== undefined && s.place !== "") return date ? `Fait à ${s.place}, le ${date}` : `Fait à ${s.place}`;
  return date ? `Le ${date}` : "";
}

function slicesOf(ctx: LayoutContext, s: Signatory, path: IssuePath, width: number): Slice[] {
  const { theme } = ctx;
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
  const set = (runs: StyledRun[]): TextBlock => setRuns(ctx, runs, { base, width, align: "left" });
  const lines = (block: TextBlock): Slice[] =>
    block.lines.length === 0 || (block.lines.length === 1 && block.lines[0]?.items.length === 0)
      ? []
      : block.lines.map((_, i) => ({
          height: block.lineHeight,
          draw: (canvas: PageCanvas, x: number, top: number, fields: FieldValues) => drawTextLines(canvas, block, x, top, i, i + 1, fields),
        }));
  const placeDate = signaturePlaceDate(s);
  const out: Slice[] = [
    ...lines(set([{ text: s.role, style: style(true), path: [...path, "role"] }])),
    ...lines(set([{ text: s.quality, style: style(false), path: [...path, "quality"] }])),
    ...lines(set(placeDate === "" ? [] : [{ text: placeDate, style: style(false, true), path: [...path, "place"] }])),
    { height: GAP, draw: () => undefined },
    {
      height: SIGNATURE_SPACE,
      signHere: true,
      draw: (canvas, x, top) => canvas.signatureField(s.fieldId, x, top, width, SIGNATURE_SPACE),
    },
    { height: GAP, draw: () => undefined },
    ...lines(set([{ text: s.name, style: style(true), path: [...path, "name"] }])),
  ];
  return out;
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
 * The signature blocks, two side by side per row (a lone signatory on the right): role in
 * bold, quality, "Fait à …, le …", an empty space where the signature field goes, then the
 * name. A block is never split across pages (unless it is taller than a page) and the rows
 * are kept together when they fit on one page.
 *
 * @example
 * signatureBoxes(ctx, { type: "signatures", signatories: [etat, departement] }, ["body", 9]).length //=> 1
 */
export function signatureBoxes(ctx: LayoutContext, block: Signatures, path: IssuePath): FlowBox[] {
  const { frame, theme } = ctx;
  const colWidth = (frame.contentWidth - SIGNATURE_COLUMN_GAP) / 2;
  const left = frame.margins.left;
  const right = left + colWidth + SIGNATURE_COLUMN_GAP;
  const seen = new Set<string>();
  block.signatories.forEach((s, i) => {
    if (seen.has(s.fieldId)) {
      ctx.issues.push(pdfIssue("pdf.duplicate_field_id", [...path, "signatories", i, "fieldId"], { fieldId: s.fieldId }, ctx.lang));
    }
    seen.add(s.fieldId);
  });
  const columns = block.signatories.map((s, i) => slicesOf(ctx, s, [...path, "signatories", i], colWidth));
  const rows: { x: number; slices: Slice[] }[][] = [];
  if (columns.length === 1 && columns[0]) rows.push([{ x: right, slices: columns[0] }]);
  else {
    for (let i = 0; i < columns.length; i += 2) {
      const row: { x: number; slices: Slice[] }[] = [];
      const [a, b] = alignRow(columns.slice(i, i + 2));
      if (a) row.push({ x: left, slices: a });
      if (b) row.push({ x: right, slices: b });
      rows.push(row);
    }
  }
  const rowBox = (cols: readonly { x: number; slices: Slice[] }[], spaceBefore: number, spaceAfter: number, last: boolean): FlowBox => {
    const height = Math.max(0, ...cols.map((c) => sumHeights(c.slices)));
    const tall = height > frame.contentHeight;
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
