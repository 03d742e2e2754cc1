import { z } from "zod";

/**
 * What a spreadsheet cell holds once read: a text, a number (a numeric cell, unformatted), a
 * boolean, or nothing. Dates, errors and formulas are turned into one of these by the reader (a
 * formula gives its computed value).
 *
 * @example
 * SheetCellValueSchema.parse(50000) //=> 50000
 * SheetCellValueSchema.parse(null) //=> null
 */
export const SheetCellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/** A cell's value. See {@link SheetCellValueSchema}. */
export type SheetCellValue = z.infer<typeof SheetCellValueSchema>;

/**
 * One row of a sheet: its number as the spreadsheet shows it (from 1; a CSV's line number) and
 * its cells from column A, in order (`cells[0]` is column A).
 *
 * @example
 * SheetRowSchema.parse({ row: 2, cells: ["A1.1", "Accueil du jeune enfant", 50000] }).row //=> 2
 */
export const SheetRowSchema = z.object({
  row: z.number().int().min(1),
  cells: z.array(SheetCellValueSchema),
});
/** One row of a sheet. */
export type SheetRow = z.infer<typeof SheetRowSchema>;

/**
 * A sheet as read from an XLSX workbook or a CSV file: its name (none for a CSV) and its rows in
 * order, empty rows left out or not. What every sheet function of this package reads: the file
 * itself is read by whoever can (`@pacte/cli`), so that these functions run anywhere.
 *
 * @example
 * SheetTableSchema.parse({ sheet: "Actions", rows: [{ row: 1, cells: ["Code action", "Intitulé"] }] }).sheet //=> "Actions"
 */
export const SheetTableSchema = z.object({
  sheet: z.string().optional(),
  rows: z.array(SheetRowSchema),
});
/** A sheet's rows. See {@link SheetTableSchema}. */
export type SheetTable = z.infer<typeof SheetTableSchema>;

/**
 * Where a cell is: its sheet (none for a CSV), its row and its column, both from 1.
 *
 * @example
 * const at: SheetPosition = { sheet: "Actions", row: 7, column: 3 };
 */
export interface SheetPosition {
  readonly sheet?: string | undefined;
  readonly row: number;
  readonly column: number;
}

/**
 * The letters of a column, as spreadsheets name it: 1 → `A`, 26 → `Z`, 27 → `AA`.
 *
 * @throws {RangeError} for a column below 1 or not an integer.
 * @example
 * columnLetter(3) //=> "C"
 * columnLetter(28) //=> "AB"
 */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`columnLetter : colonne entière à partir de 1 attendue, ${column} reçue.`);
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A cell's address as spreadsheets write it: `C7`, or `Actions!C7` with its sheet (quoted when
 * the name holds anything but letters, digits and `_`: `'Mode d''emploi'!A1`).
 *
 * @example
 * cellAddress({ sheet: "Actions", row: 7, column: 3 }) //=> "Actions!C7"
 * cellAddress({ row: 2, column: 1 }) //=> "A2"
 */
export function cellAddress(at: SheetPosition): string {
  const cell = `${columnLetter(at.column)}${at.row}`;
  if (at.sheet === undefined || at.sheet === "") return cell;
  const name = /^[\p{L}_][\p{L}\p{N}_]*$/u.test(at.sheet) ? at.sheet : `'${at.sheet.replaceAll("'", "''")}'`;
  return `${name}!${cell}`;
}

/**
 * A cell's value as a text, trimmed, or `undefined` when it holds nothing (an empty text, only
 * spaces, `null`): a number as JavaScript writes it (`1.5`), a boolean as `VRAI` or `FAUX`.
 *
 * @example
 * cellText("  Guéret ") //=> "Guéret"
 * cellText(3) //=> "3"
 * cellText("") //=> undefined
 */
export function cellText(value: SheetCellValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = typeof value === "boolean" ? (value ? "VRAI" : "FAUX") : String(value).trim();
  return text === "" ? undefined : text;
}
