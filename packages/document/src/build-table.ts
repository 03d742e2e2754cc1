import type { Table, TableCell, TableColumn, TableRow, TableRowRole } from "./block";
import { inlines, type InlineInput } from "./build-inline";
import type { Inline } from "./inline";

/** What {@link table} accepts as a cell: text, a number (written the French way), an inline, or a {@link cell}. */
export type CellInput = string | number | Inline | TableCell;
/** A row for {@link table}: its cells. */
export type RowInput = readonly CellInput[];

/** A cell's options: alignment, span, bold. */
export type CellOptions = Pick<TableCell, "align" | "colSpan" | "bold">;

// Made on first use: creating the first Intl.NumberFormat loads ICU's locale data (about 20 ms),
// which every program importing the package paid at import, numbers in cells or not.
let frenchNumber: Intl.NumberFormat | undefined;

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`A table cell cannot hold ${n}: give a finite number, or a text such as "—".`);
  frenchNumber ??= new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 20 });
  return frenchNumber.format(n);
}

function content(value: InlineInput | number): Inline[] {
  return typeof value === "number" ? [{ type: "text", text: formatNumber(value) }] : inlines(value);
}

/**
 * A table cell with its options; numbers are written the French way (`1 234,5`, grouped with a
 * narrow no-break space).
 *
 * @throws {RangeError} when given a number that is not finite (NaN, Infinity).
 * @example
 * cell("Total", { bold: true, colSpan: 2 })
 * //=> { content: [{ type: "text", text: "Total" }], bold: true, colSpan: 2 }
 * cell(1234.5).content[0] //=> { type: "text", text: "1 234,5" }
 */
export function cell(value: InlineInput | number, options: CellOptions = {}): TableCell {
  const out: TableCell = { content: content(value) };
  if (options.align !== undefined) out.align = options.align;
  if (options.colSpan !== undefined) out.colSpan = options.colSpan;
  if (options.bold !== undefined) out.bold = options.bold;
  return out;
}

const isCell = (v: CellInput): v is TableCell => typeof v === "object" && "content" in v && !("type" in v);

function toCell(v: CellInput): TableCell {
  if (typeof v === "string" || typeof v === "number") return cell(v);
  return isCell(v) ? { ...v, content: [...v.content] } : { content: [v] };
}

const toRow = (row: RowInput): TableRow => row.map(toCell);

function toRows(rows: RowInput | readonly RowInput[] | undefined): TableRow[] {
  if (rows === undefined || rows.length === 0) return [];
  return rows.every((r) => Array.isArray(r)) ? (rows as readonly RowInput[]).map(toRow) : [toRow(rows as RowInput)];
}

const span = (row: TableRow): number => row.reduce((n, c) => n + (c.colSpan ?? 1), 0);

// A figure, an amount or a percentage: "12", "−3,5", "1 234 567,89 €", "12,5 %", "(1 200)".
const NUMERIC = /^[+\-−(]?\d[\d\u00a0\u202f ]*([.,]\d+)?\)?[\u00a0\u202f ]?(€|k€|M€|%)?$/;

const inlineText = (i: Inline): string =>
  i.type === "text" ? i.text : i.type === "link" || i.type === "ref" ? (i.children ?? []).map((r) => r.text).join("") : "";
const plain = (c: TableCell): string => c.content.map(inlineText).join("").trim();

/** Columns whose body and total cells are all figures (or empty), and at least one is. */
function numericColumns(rows: readonly TableRow[], count: number): boolean[] {
  const seen = Array.from({ length: count }, () => ({ numeric: 0, other: 0 }));
  for (const row of rows) {
    let at = 0;
    for (const c of row) {
      const s = seen[at];
      if (s !== undefined && (c.colSpan ?? 1) === 1) {
        const text = plain(c);
        if (NUMERIC.test(text)) s.numeric++;
        else if (text !== "") s.other++;
      }
      at += c.colSpan ?? 1;
    }
  }
  return seen.map((s) => s.numeric > 0 && s.other === 0);
}

/** What {@link table} takes: rows of plain values, and optionally the columns. */
export interface TableInput {
  /**
   * The columns, or how many; by default as many as the widest row spans. Columns without
   * `align` whose body and total cells are all figures or amounts are right-aligned.
   */
  readonly columns?: number | readonly TableColumn[];
  /** One header row, or several; repeated at the top of each page. */
  readonly header?: RowInput | readonly RowInput[];
  readonly rows: readonly RowInput[];
  /** One total row, or several; emphasised at the end. */
  readonly totals?: RowInput | readonly RowInput[];
  readonly caption?: string;
  readonly id?: string;
  /** The role of each body row (`"group"`, `"subtotal"`, `"row"`), for keeping rows together across pages. */
  readonly rowRoles?: readonly TableRowRole[];
  /** The first cell of each body and total row heads its row (a table of labels and values). */
  readonly rowHeaders?: boolean;
}

/**
 * A table from plain values: strings, numbers, inlines or {@link cell}s.
 *
 * @throws {RangeError} when a cell is a number that is not finite.
 * @example
 * table({ header: ["Mesure", "Montant"], rows: [["Repérage", "12 000,00 €"]], totals: [cell("Total", { bold: true }), "12 000,00 €"] }).columns
 * //=> [{}, { align: "right" }]
 */
export function table(input: TableInput): Table {
  const header = toRows(input.header);
  const rows = input.rows.map(toRow);
  const totals = toRows(input.totals);
  const given = input.columns;
  const count =
    typeof given === "number" ? given : given !== undefined ? given.length : Math.max(1, ...[...header, ...rows, ...totals].map(span));
  const numeric = numericColumns([...rows, ...totals], count);
  const columns = Array.from({ length: count }, (_, i): TableColumn => {
    const column: TableColumn = typeof given === "object" ? { ...given[i] } : {};
    if (column.align === undefined && numeric[i] === true) column.align = "right";
    return column;
  });
  const out: Table = { type: "table", columns, header, rows, totals };
  if (input.caption !== undefined) out.caption = input.caption;
  if (input.id !== undefined) out.id = input.id;
  if (input.rowRoles !== undefined) out.rowRoles = [...input.rowRoles];
  if (input.rowHeaders !== undefined) out.rowHeaders = input.rowHeaders;
  return out;
}
