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
 * header rows repeat on each page (`tblHeader`), no row splits across pages (`cantSplit`), rows
 * kept together as `tableRowKeeps` says (`keepNext` on their paragraphs), total rows bold on the
 * theme's total shading, cells aligned as their column (numbers right).
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
  const widths = columnWidths(table, theme, ctx.geometry.textWidth);
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
      return dataCell(ctx, cell, kind, width, align, (keep || keeps[r] === true) && r < all.length - 1, first);
    });
    return new TableRow({ children: cells, cantSplit: true, ...(kind === "header" ? { tableHeader: true } : {}) });
  });
  return new Table({
    style: STYLE.table,
    rows,
    width: { size: twips(widths.reduce((a, b) => a + b, 0)), type: "dxa" },
    columnWidths: widths.map(twips),
    layout: "fixed",
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    margins: {
      top: twips(theme.spacing.cellPaddingY),
      bottom: twips(theme.spacing.cellPaddingY),
      left: twips(theme.spacing.cellPaddingX),
      right: twips(theme.spacing.cellPaddingX),
    },
  });
}

function dataCell(ctx: RenderContext, cell: IrCell, kind: RowKind, width: number, align: "left" | "center" | "right", keepNext: boolean, pageBreakBefore = false): TableCell {
  const { colors } = ctx.theme;
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
 * « Fait à …, le … » (italic), the space to sign (bookmarked with the signature field's id),
 * then the name (bold). In a borderless table kept together (rows never split, every paragraph
 * keeps with the next): each row of blocks is two table rows, the lines above the signing space
 * then the signing space and the name, so that side-by-side names are aligned however the lines
 * above them wrap.
 *
 * @example
 * renderSignatures(ctx, { type: "signatures", signatories: [s1, s2] }) //=> a Table of two rows of two cells
 */
export function renderSignatures(ctx: RenderContext, block: Signatures, breakBefore = false, onTop = false): Table {
  const prepared = ctx.prepared.signatures.get(block);
  if (prepared === undefined) throw new Error("renderSignatures: this block is not one of the prepared document's blocks.");
  const { theme } = ctx;
  const width = ctx.geometry.textWidth / 2;
  const none: IBorderOptions = { style: "nil" };
  const p = (children: readonly ParagraphChild[], extra: Omit<IParagraphOptions, "children"> = {}) =>
    new Paragraph({ style: STYLE.signature, keepNext: true, keepLines: true, children, ...extra });
  const line = (l: SignatureLine, extra: Omit<IParagraphOptions, "children"> = {}) =>
    p(textRuns(l.text, l.kind === "role" || l.kind === "name" ? { bold: true } : l.kind === "placeAndDate" ? { italics: true } : {}), extra);
  const cell = (children: Paragraph[], column: number) =>
    new TableCell({
      children: children.length > 0 ? children : [p([])],
      width: { size: twips(width), type: "dxa" },
      verticalAlign: "top",
      margins: column === 0 ? { left: 0, right: twips(SIGNATURE_COLUMN_GAP / 2) } : { left: twips(SIGNATURE_COLUMN_GAP / 2), right: 0 },
    });
  const rows: TableRow[] = [];
  prepared.rows.forEach((row, r) => {
    const last = r === prepared.rows.length - 1;
    // (No space before the first row at the top of a page, as in the PDF.)
    const before = twips(r === 0 ? (onTop ? 0 : theme.spacing.headingBefore[0]) : theme.spacing.paragraphAfter * 2);
    // The lines above the signing space…
    rows.push(
      new TableRow({
        cantSplit: true,
        children: row.map((b, column) =>
          cell((b?.above ?? []).map((l, i) => line(l, i === 0 ? { spacing: { before }, ...(breakBefore && r === 0 && column === 0 ? { pageBreakBefore: true } : {}) } : {})), column),
        ),
      }),
    );
    // …then the signing space and the name, which so start at the same height in both columns.
    rows.push(
      new TableRow({
        cantSplit: true,
        children: row.map((b, column) => {
          if (b === undefined) return cell([], column);
          const bookmark = ctx.bookmarks.get(`signature:${b.fieldId}`, `Signature_${b.fieldId}`);
          const space = p([asChild(el("w:bookmarkStart", { "w:id": bookmark.id, "w:name": bookmark.name })), asChild(el("w:bookmarkEnd", { "w:id": bookmark.id }))], {
            spacing: { before: twips(4), after: twips(4), line: twips(SIGNING_SPACE), lineRule: "exact" },
          });
          return cell([space, ...b.below.map((l) => line(l, last ? { keepNext: false } : {}))], column);
        }),
      }),
    );
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
