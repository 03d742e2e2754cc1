import { closestMatch, resultOf, type Issue, type Lang, type Result } from "@pacte/issues";
import { sheetIssue } from "./sheet-issues";
import { cellAddress, cellText, type SheetCellValue, type SheetPosition, type SheetTable } from "./sheet-table";

/**
 * A column a sheet may have: the `key` its cells are read under, its header as a template writes
 * it (`labels[0]`) and the other spellings accepted, whether it is `required`, and whether there is
 * one per year (`perYear`: the header is the label then the year, `État 2024`, `etat_2024`).
 * Headers are compared without case, accents, punctuation nor a mention of euros (`État (€)`
 * is `État`).
 *
 * @example
 * const column: SheetColumnSpec = { key: "state", labels: ["État", "Etat"], required: true, perYear: true };
 */
export interface SheetColumnSpec {
  readonly key: string;
  readonly labels: readonly string[];
  readonly required?: boolean | undefined;
  readonly perYear?: boolean | undefined;
}

/**
 * A column found in the header row: its key, its year for a per-year column, its position (from
 * 1) and its header as written.
 *
 * @example
 * const found: SheetColumn = { key: "state", year: 2024, column: 11, label: "État 2024" };
 */
export interface SheetColumn {
  readonly key: string;
  readonly year?: number | undefined;
  readonly column: number;
  readonly label: string;
}

/**
 * One cell of a record: its value, where it is, and the header of its column as written.
 *
 * @example
 * const field: SheetField = { value: "A1.1", at: { sheet: "Actions", row: 2, column: 2 }, label: "Code action" };
 */
export interface SheetField {
  readonly value: SheetCellValue;
  readonly at: SheetPosition;
  readonly label: string;
}

/**
 * One row below the header that is not empty: its row number, its cells by column key (every
 * column found, empty cells as `null`), and its per-year cells by year then key.
 *
 * @example
 * record.fields.id?.value //=> "A1.1"
 * record.years["2024"]?.state?.value //=> 50000
 */
export interface SheetRecord {
  readonly row: number;
  readonly fields: Readonly<Record<string, SheetField>>;
  readonly years: Readonly<Record<string, Readonly<Record<string, SheetField>>>>;
}

/**
 * What {@link readSheetRecords} read: the header row's number, the columns found, the years of the
 * per-year columns (ascending) and the records.
 *
 * @example
 * readSheetRecords(table, specs).data?.years //=> [2024, 2025, 2026, 2027]
 */
export interface SheetRecords {
  readonly headerRow: number;
  readonly columns: readonly SheetColumn[];
  readonly years: readonly number[];
  readonly records: readonly SheetRecord[];
}

/**
 * A header as it is compared: no case, no accents, no punctuation, no mention of euros.
 *
 * @example
 * normalizeSheetHeader("  Autres financeurs (en euros) ") //=> "autres financeurs"
 */
export function normalizeSheetHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/€/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\b(?:en )?euros?\b|\beur\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const YEAR = /^(.*?)\s*\b((?:19|20)\d{2})$/;

/** The spec and year a header names, or `undefined`. */
function matcher(specs: readonly SheetColumnSpec[]): (header: string) => { spec: SheetColumnSpec; year?: number } | undefined {
  const single = new Map<string, SheetColumnSpec>();
  const yearly = new Map<string, SheetColumnSpec>();
  for (const spec of specs) for (const label of spec.labels) (spec.perYear === true ? yearly : single).set(normalizeSheetHeader(label), spec);
  return (header) => {
    const h = normalizeSheetHeader(header);
    const direct = single.get(h);
    if (direct !== undefined) return { spec: direct };
    const m = YEAR.exec(h);
    const spec = m === null ? undefined : yearly.get(m[1] ?? "");
    return spec === undefined || m === null ? undefined : { spec, year: Number(m[2]) };
  };
}

const isEmpty = (cells: readonly SheetCellValue[]): boolean => cells.every((c) => cellText(c) === undefined);

/**
 * Reads a sheet whose first row that names at least one known column is its header row (the rows
 * above it, a title for instance, are skipped): the columns it names, then one record per row
 * below it that is not empty. Every problem of the header is reported at its cell: a required
 * column missing (`sheet.missing_column`, also a per-year column missing for a year that another
 * per-year column has), a column twice (`sheet.duplicate_column`); an unknown header is a warning
 * with the nearest known one (`sheet.unknown_column`). No header row at all is `sheet.empty`.
 * Runtime-neutral: the rows come from whoever read the file.
 *
 * @example
 * const specs = [{ key: "ref", labels: ["ref"], required: true }, { key: "state", labels: ["etat"], perYear: true, required: true }];
 * const r = readSheetRecords({ rows: [{ row: 3, cells: ["ref", "etat_2024"] }, { row: 4, cells: ["23D", "907000"] }] }, specs);
 * r.success && r.data.records[0]?.years["2024"]?.state?.value //=> "907000"
 */
export function readSheetRecords(table: SheetTable, specs: readonly SheetColumnSpec[], options: { readonly lang?: Lang | undefined } = {}): Result<SheetRecords> {
  const lang = options.lang ?? "fr";
  const sheet = table.sheet;
  const match = matcher(specs);
  const headerIndex = table.rows.findIndex((r) => r.cells.some((c) => typeof c === "string" && match(c) !== undefined));
  const header = table.rows[headerIndex];
  const expected = specs.filter((s) => s.required === true).map((s) => (s.perYear === true ? `${s.labels[0]} AAAA` : s.labels[0]));
  if (header === undefined) return resultOf({ headerRow: 0, columns: [], years: [], records: [] }, [sheetIssue("sheet.empty", undefined, { ...(sheet !== undefined ? { sheet } : {}), expected: expected.join(", ") }, { lang })]);

  const issues: Issue[] = [];
  const columns: SheetColumn[] = [];
  const seen = new Map<string, SheetPosition>();
  const at = (column: number): SheetPosition => ({ sheet, row: header.row, column });
  const known = specs.map((s) => (s.perYear === true ? `${s.labels[0]} 2024` : (s.labels[0] ?? s.key)));
  header.cells.forEach((cell, i) => {
    const text = cellText(cell);
    if (text === undefined) return;
    const found = match(text);
    if (found === undefined) {
      const suggestion = closestMatch(text, known);
      issues.push(sheetIssue("sheet.unknown_column", at(i + 1), { label: text, ...(suggestion !== undefined ? { suggestion } : {}) }, { lang }));
      return;
    }
    const id = found.year === undefined ? found.spec.key : `${found.spec.key} ${found.year}`;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push(sheetIssue("sheet.duplicate_column", at(i + 1), { label: text, first: cellAddress(first) }, { lang }));
      return;
    }
    seen.set(id, at(i + 1));
    columns.push({ key: found.spec.key, ...(found.year !== undefined ? { year: found.year } : {}), column: i + 1, label: text });
  });
  const years = [...new Set(columns.map((c) => c.year).filter((y) => y !== undefined))].sort((a, b) => a - b);
  const missingAt = at(1);
  for (const spec of specs.filter((s) => s.required === true)) {
    const label = spec.labels[0] ?? spec.key;
    if (spec.perYear !== true) {
      if (!seen.has(spec.key)) issues.push(sheetIssue("sheet.missing_column", missingAt, { label }, { lang }));
    } else if (years.length === 0) {
      issues.push(sheetIssue("sheet.missing_column", missingAt, { label: `${label} ${lang === "fr" ? "AAAA" : "YYYY"}` }, { lang }));
    } else {
      for (const y of years) if (!seen.has(`${spec.key} ${y}`)) issues.push(sheetIssue("sheet.missing_column", missingAt, { label: `${label} ${y}` }, { lang }));
    }
  }

  const records: SheetRecord[] = [];
  for (const row of table.rows.slice(headerIndex + 1)) {
    if (isEmpty(row.cells)) continue;
    const fields: Record<string, SheetField> = {};
    const byYear: Record<string, Record<string, SheetField>> = {};
    for (const c of columns) {
      const field: SheetField = { value: row.cells[c.column - 1] ?? null, at: { sheet, row: row.row, column: c.column }, label: c.label };
      if (c.year === undefined) fields[c.key] = field;
      else (byYear[String(c.year)] ??= {})[c.key] = field;
    }
    records.push({ row: row.row, fields, years: byYear });
  }
  return resultOf({ headerRow: header.row, columns, years, records }, issues);
}
