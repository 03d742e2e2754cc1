import type { Signatures, Table as IrTable, TableCell as IrCell } from "@pacte/document";
import { Paragraph, Table, TableCell, TableRow, type IBorderOptions, type IParagraphOptions, type ParagraphChild } from "docx";
import type { RenderContext } from "./context";
import { formatIsoDate } from "./format-date";
import { renderInlines, textRuns, type RunBase } from "./inlines";
import { asChild, el } from "./raw-xml";
import { STYLE } from "./styles";
import { columnWidths } from "./table-widths";
import { eighthPoints, twips } from "./units";

type RowKind = "header" | "body" | "total";

/**
 * A data table: fixed layout with the columns' widths, the table style and the theme's borders;
 * header rows repeat on each page (`tblHeader`), no row splits across pages (`cantSplit`), total
 * rows are bold on the theme's total shading, cells aligned as their column (numbers right).
 *
 * @example
 * renderTable(ctx, { type: "table", columns: [{}], header: [], rows: [], totals: [] }, false) //=> undefined (no rows: nothing to write)
 */
export function renderTable(ctx: RenderContext, table: IrTable, keep: boolean): Table | undefined {
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
  const rows = all.map(([kind, row], r) => {
    let col = 0;
    const cells = row.map((cell) => {
      const span = cell.colSpan ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      const align = cell.align ?? table.columns[col]?.align ?? "left";
      col += span;
      return dataCell(ctx, cell, kind, width, align, keep && r < all.length - 1);
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

function dataCell(ctx: RenderContext, cell: IrCell, kind: RowKind, width: number, align: "left" | "center" | "right", keepNext: boolean): TableCell {
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
 * The signature blocks side by side (three per row at most, two when there are four) in a
 * borderless table that is kept together: rows never split and every paragraph keeps with the
 * next. Each block: "À {place}, le {date}", the role (bold), the quality, room to sign
 * (bookmarked with the signature field's id) and the name.
 *
 * @example
 * renderSignatures(ctx, { type: "signatures", signatories: [s1, s2] }) //=> a Table of one row and two cells
 */
export function renderSignatures(ctx: RenderContext, block: Signatures): Table {
  const n = block.signatories.length;
  const perRow = n === 4 ? 2 : Math.min(n, 3);
  const width = ctx.geometry.textWidth / perRow;
  const none: IBorderOptions = { style: "nil" };
  const rows: TableRow[] = [];
  for (let start = 0; start < n; start += perRow) {
    const group = block.signatories.slice(start, start + perRow);
    const cells = group.map((s, i) => {
      const last = start + perRow >= n && i === group.length - 1;
      const p = (children: readonly ParagraphChild[], extra: Omit<IParagraphOptions, "children"> = {}) =>
        new Paragraph({ style: STYLE.signature, keepNext: true, keepLines: true, children, ...extra });
      const bookmark = ctx.bookmarks.get(`signature:${s.fieldId}`, `Signature_${s.fieldId}`);
      const paragraphs = [
        ...(s.place || s.date ? [p(textRuns(placeAndDate(s.place, s.date, ctx.textLang), {}))] : []),
        p(textRuns(s.role, { bold: true })),
        p(textRuns(s.quality, {})),
        p([asChild(el("w:bookmarkStart", { "w:id": bookmark.id, "w:name": bookmark.name })), asChild(el("w:bookmarkEnd", { "w:id": bookmark.id }))], {
          spacing: { before: 0, after: 0, line: twips(56), lineRule: "exact" },
        }),
        p(textRuns(s.name, { bold: true }), last ? { keepNext: false } : {}),
      ];
      return new TableCell({ children: paragraphs, width: { size: twips(width), type: "dxa" }, verticalAlign: "top" });
    });
    while (cells.length < perRow) cells.push(new TableCell({ children: [new Paragraph({ style: STYLE.signature })], width: { size: twips(width), type: "dxa" } }));
    rows.push(new TableRow({ children: cells, cantSplit: true }));
  }
  return new Table({
    rows,
    width: { size: twips(ctx.geometry.textWidth), type: "dxa" },
    columnWidths: Array.from({ length: perRow }, () => twips(width)),
    layout: "fixed",
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    margins: { top: 0, bottom: twips(12), left: twips(ctx.theme.spacing.cellPaddingX), right: twips(ctx.theme.spacing.cellPaddingX) },
  });
}

/**
 * "À Guéret, le 12 mars 2024" (French) or "Guéret, 12 March 2024" (English); either part may be missing.
 *
 * @example
 * placeAndDate("Guéret", "2024-03-12", "fr") //=> "À Guéret, le 12 mars 2024"
 */
export function placeAndDate(place: string | undefined, date: string | undefined, lang: "fr" | "en"): string {
  const d = date ? formatIsoDate(date, lang) : undefined;
  if (lang === "en") return [place, d].filter(Boolean).join(", ");
  if (place && d) return `À ${place}, le ${d}`;
  if (place) return `À ${place}, le`;
  return `Le ${d ?? ""}`;
}
