import { tableRowKeeps, type SignatureBlock, type SignatureLine, type Signatures, type Table as IrTable, type TableCell as IrCell } from "@pacte/document";
import { Paragraph, Table, TableCell, TableRow, type IBorderOptions, type IParagraphOptions, type ParagraphChild } from "docx";
import type { RenderContext } from "./context";
import { renderInlines, textRuns, type RunBase } from "./inlines";
import { asChild, el } from "./raw-xml";
import { STYLE } from "./styles";
import { columnWidths } from "./table-widths";
import { eighthPoints, twips } from "./units";

type RowKind = "header" | "body" | "total";

/**
 * A data table: fixed layout with the columns' widths, the table style and the theme's borders;
 * header rows marked as such and repeated on each page (`tblHeader`), the first column marked as
 * heading its rows when the table has `rowHeaders` (`tblLook firstColumn`), no row splits across
 * pages (`cantSplit`), rows kept together as `tableRowKeeps` says (`keepNext` on their
 * paragraphs), total rows bold on the theme's total shading, cells aligned as their column
 * (numbers right).
 *
 * @example
 * renderTable(ctx, { type: "table", columns: [{}], header: [], rows: [], totals: [] }, false) //=> undefined (no rows: nothing to write)
 */
export function renderTable(ctx: RenderContext, table: IrTable, keep: boolean, breakBefore = false): Table | undefined {
  const all: [RowKind, IrTable["rows"][number]][] = [
    ...table.header.map((r) => ["header", r] as [RowKind, IrTable["rows"][number]]),
    ...table.rows.map((r) => ["body", r] as [RowKind, IrTable["rows"][number]]),
    ...table.totals.map((r) => ["total", r] as [RowKind, IrTable["rows"][number]]),
  ];
  if (all.length === 0) return undefined;
  const { theme } = ctx;
  // The widths the page plan shared as the PDF does (the estimate only for a table outside the plan).
  const widths = [...(ctx.pages.tableWidths.get(table) ?? columnWidths(table, theme, ctx.geometry.textWidth))];
  const border: IBorderOptions =
    theme.table.borderWidth > 0
      ? { style: "single", size: eighthPoints(theme.table.borderWidth), color: theme.colors.tableBorder, space: 0 }
      : { style: "nil" };
  // The rows kept with the next one (no row alone on either side of a page break, totals with
  // their rows): keep-with-next on their paragraphs, which Word and LibreOffice honour in tables.
  const keeps = tableRowKeeps(table);
  const rows = all.map(([kind, row], r) => {
    let col = 0;
    const cells = row.map((cell) => {
      const span = cell.colSpan ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      const align = cell.align ?? table.columns[col]?.align ?? "left";
      col += span;
      const first = breakBefore && r === 0 && col === span;
      return dataCell(ctx, cell, kind, width, align, (keep || keeps[r] === true) && r < all.length - 1, first, r === all.length - 1);
    });
    return new TableRow({ children: cells, cantSplit: true, ...(kind === "header" ? { tableHeader: true } : {}) });
  });
  return new Table({
    style: STYLE.table,
    // What heads the cells, for Word's "Header Row" and "First Column" (screen readers and the
    // accessibility checker read them): the header rows (also marked tblHeader), the first column
    // when the table has row headers.
    tableLook: { firstRow: table.header.length > 0, firstColumn: table.rowHeaders === true, lastRow: false, lastColumn: false, noHBand: true, noVBand: true },
    rows,
    width: { size: twips(widths.reduce((a, b) => a + b, 0)), type: "dxa" },
    columnWidths: widths.map(twips),
    layout: "fixed",
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    // Word and LibreOffice give each row the height of its horizontal border on top of its
    // padding and text; the PDF (and the shared pagination) draws the border on the rows'
    // boundary. The border comes out of the bottom padding, so that a row is as tall in both
    // formats and the pages break at the same rows (0.5 pt a row is a row a page on a fiche).
    margins: {
      top: twips(theme.spacing.cellPaddingY),
      bottom: twips(Math.max(0, theme.spacing.cellPaddingY - theme.table.borderWidth)),
      left: twips(theme.spacing.cellPaddingX),
      right: twips(theme.spacing.cellPaddingX),
    },
  });
}

function dataCell(
  ctx: RenderContext,
  cell: IrCell,
  kind: RowKind,
  width: number,
  align: "left" | "center" | "right",
  keepNext: boolean,
  pageBreakBefore = false,
  lastRow = false,
): TableCell {
  const { colors, spacing, table } = ctx.theme;
  // The last row also carries the table's bottom border: its height comes out of that row's bottom padding too.
  const lastRowMargins = lastRow
    ? { margins: { top: twips(spacing.cellPaddingY), bottom: twips(Math.max(0, spacing.cellPaddingY - 2 * table.borderWidth)), left: twips(spacing.cellPaddingX), right: twips(spacing.cellPaddingX) } }
    : {};
  const base: RunBase = {
    ...(kind !== "body" || cell.bold ? { bold: true } : {}),
    ...(kind === "header" ? { color: colors.tableHeaderText } : {}),
  };
  const fill = kind === "header" ? colors.tableHeaderBackground : kind === "total" ? colors.tableTotalBackground : undefined;
  return new TableCell({
    children: [
      new Paragraph({
        style: STYLE.tableText,
        alignment: align,
        // (A page break before the table's first cell: Word and LibreOffice start the table on a new page.)
        ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
        ...(keepNext ? { keepNext: true, keepLines: true } : {}),
        children: renderInlines(ctx, cell.content, base),
      }),
    ],
    width: { size: twips(width), type: "dxa" },
    verticalAlign: "top",
    ...lastRowMargins,
    ...(cell.colSpan && cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(fill ? { shading: { type: "clear", color: "auto", fill } } : {}),
  });
}

/**
 * Space between the two columns of signature blocks, in points (as in the PDF).
 *
 * @example
 * SIGNATURE_COLUMN_GAP //=> 28
 */
export const SIGNATURE_COLUMN_GAP = 28;
/**
 * Height of the space where a signatory signs, in points (as in the PDF), bookmarked
 * `Signature_<fieldId>`.
 *
 * @example
 * SIGNING_SPACE //=> 72
 */
export const SIGNING_SPACE = 72;

/**
 * The signature blocks as the prepared document lays them out, which is how the PDF draws them:
 * two per row (a lone signatory on the right), each block reading role (bold), quality,
 * « Fait à …, le … » (italic), the space to sign, then the name (bold, bookmarked with the
 * signature field's id). In a borderless table kept together (rows never split, every paragraph
 * keeps with the next): one table row per row of blocks, one cell per block holding the whole
 * block, so that a screen reader reads each signatory's block in one piece, in document order
 * (Word reads a table row by row, cell by cell). The room to sign is the space before the name —
 * no empty paragraph —, and the cells align on their last line, so that side-by-side names and
 * signing spaces are level however the lines above them wrap (the shorter block starts lower).
 *
 * @example
 * renderSignatures(ctx, { type: "signatures", signatories: [s1, s2] }) //=> a Table of one row of two cells
 */
export function renderSignatures(ctx: RenderContext, block: Signatures, breakBefore = false, onTop = false): Table {
  const prepared = ctx.prepared.signatures.get(block);
  if (prepared === undefined) throw new Error("renderSignatures: this block is not one of the prepared document's blocks.");
  const { theme } = ctx;
  const width = ctx.geometry.textWidth / 2;
  const none: IBorderOptions = { style: "nil" };
  const p = (children: readonly ParagraphChild[], extra: Omit<IParagraphOptions, "children"> = {}) =>
    new Paragraph({ style: STYLE.signature, keepNext: true, keepLines: true, children, ...extra });
  const runs = (l: SignatureLine) => textRuns(l.text, l.kind === "role" || l.kind === "name" ? { bold: true } : l.kind === "placeAndDate" ? { italics: true } : {});
  const cell = (children: Paragraph[], column: number) =>
    new TableCell({
      // (An empty cell — a lone signatory's left — still needs its one paragraph.)
      children: children.length > 0 ? children : [p([])],
      width: { size: twips(width), type: "dxa" },
      verticalAlign: "bottom",
      margins: column === 0 ? { left: 0, right: twips(SIGNATURE_COLUMN_GAP / 2) } : { left: twips(SIGNATURE_COLUMN_GAP / 2), right: 0 },
    });
  const blockParagraphs = (b: SignatureBlock, before: number, last: boolean, pageBreakBefore: boolean): Paragraph[] => {
    const bookmark = ctx.bookmarks.get(`signature:${b.fieldId}`, `Signature_${b.fieldId}`);
    const above = b.above.map((l, i) => p(runs(l), i === 0 ? { spacing: { before }, ...(pageBreakBefore ? { pageBreakBefore: true } : {}) } : {}));
    const room = { spacing: { before: twips(4 + SIGNING_SPACE + 4) } };
    const names = b.below.map((l, i) =>
      p(
        i === 0
          ? [asChild(el("w:bookmarkStart", { "w:id": bookmark.id, "w:name": bookmark.name })), ...runs(l), asChild(el("w:bookmarkEnd", { "w:id": bookmark.id }))]
          : runs(l),
        { ...(i === 0 ? room : {}), ...(last && i === b.below.length - 1 ? { keepNext: false } : {}) },
      ),
    );
    // No name: the room to sign is still there, before a bookmark that marks it.
    if (names.length === 0) {
      names.push(p([asChild(el("w:bookmarkStart", { "w:id": bookmark.id, "w:name": bookmark.name })), asChild(el("w:bookmarkEnd", { "w:id": bookmark.id }))], { ...room, ...(last ? { keepNext: false } : {}) }));
    }
    return [...above, ...names];
  };
  const rows = prepared.rows.map((row, r) => {
    const last = r === prepared.rows.length - 1;
    // (No space before the first row at the top of a page, as in the PDF.)
    const before = twips(r === 0 ? (onTop ? 0 : theme.spacing.headingBefore[0]) : theme.spacing.paragraphAfter * 2);
    return new TableRow({
      cantSplit: true,
      children: row.map((b, column) => cell(b === undefined ? [] : blockParagraphs(b, before, last, breakBefore && r === 0 && column === 0), column)),
    });
  });
  return new Table({
    rows,
    width: { size: twips(ctx.geometry.textWidth), type: "dxa" },
    columnWidths: [twips(width), twips(width)],
    layout: "fixed",
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}
