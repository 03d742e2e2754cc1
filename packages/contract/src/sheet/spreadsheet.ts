import { CentsSchema, IsoDateSchema } from "@pacte/model";
import { z } from "zod";

/**
 * A cell of a spreadsheet to write, by its row and column (both from 1).
 *
 * @example
 * CellRefSchema.parse({ row: 5, column: 3 }) //=> { row: 5, column: 3 }
 */
export const CellRefSchema = z.object({ row: z.number().int().min(1), column: z.number().int().min(1) });
/** A cell by its row and column. */
export type CellRef = z.infer<typeof CellRefSchema>;

/**
 * A cell, or a rectangle of cells from `from` to `to`.
 *
 * @example
 * CellRangeSchema.parse({ from: { row: 5, column: 3 }, to: { row: 7, column: 3 } }) // C5:C7
 */
export const CellRangeSchema = z.object({ from: CellRefSchema, to: CellRefSchema.optional() });
/** A cell or a rectangle of cells. */
export type CellRange = z.infer<typeof CellRangeSchema>;

/**
 * A cell to write, renderer-neutral (an XLSX writer and a CSV writer draw the same cells):
 * - `empty`;
 * - `text`, with a `style` (`title`, `header`, `bold`, `note`);
 * - `number` (a year, a count);
 * - `amount`: integer cents, written as euros with a euro format;
 * - `percent`: a share in percent (80 for 80 %);
 * - `date`: an ISO date;
 * - `sum`: the sum of other cells — a formula in a workbook, so that the finance office can check
 *   it, with `cents`, the value the contract computes, as its cached result (and a CSV's value).
 *
 * @example
 * SpreadsheetCellSchema.parse({ kind: "sum", of: [{ from: { row: 5, column: 5 }, to: { row: 6, column: 5 } }], cents: 8000000, bold: true }).kind //=> "sum"
 */
export const SpreadsheetCellSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("empty") }),
  z.object({ kind: z.literal("text"), text: z.string(), style: z.enum(["title", "header", "bold", "note"]).optional() }),
  z.object({ kind: z.literal("number"), value: z.number().finite() }),
  z.object({ kind: z.literal("amount"), cents: CentsSchema, bold: z.boolean().optional() }),
  z.object({ kind: z.literal("percent"), percent: z.number().finite() }),
  z.object({ kind: z.literal("date"), date: IsoDateSchema }),
  z.object({ kind: z.literal("sum"), of: z.array(CellRangeSchema).min(1), cents: CentsSchema, bold: z.boolean().optional() }),
]);
/** A cell to write. See {@link SpreadsheetCellSchema}. */
export type SpreadsheetCell = z.infer<typeof SpreadsheetCellSchema>;

/**
 * A column of a sheet to write: its width in characters, and the format of the cells a person
 * will type in it (`text` keeps `1.10` as written, `amount` shows euros).
 *
 * @example
 * SpreadsheetColumnSchema.parse({ width: 14, format: "amount" }).format //=> "amount"
 */
export const SpreadsheetColumnSchema = z.object({ width: z.number().positive(), format: z.enum(["text", "amount"]).optional() });
/** A column of a sheet to write. */
export type SpreadsheetColumn = z.infer<typeof SpreadsheetColumnSchema>;

/**
 * A sheet to write: its name (31 characters at most, as spreadsheets allow), its columns, its
 * rows of cells from column A, how many rows at the top stay visible when scrolling
 * (`frozenRows`), and the closed lists a person picks from in some columns (`lists`: the column,
 * its rows, the words).
 *
 * @example
 * SpreadsheetSheetSchema.parse({ name: "Actions", columns: [{ width: 12 }], rows: [[{ kind: "text", text: "Code action", style: "header" }]], frozenRows: 1 }).name //=> "Actions"
 */
export const SpreadsheetSheetSchema = z.object({
  name: z
    .string()
    .min(1)
    .max(31)
    .regex(/^[^\\/?*[\]:]+$/),
  columns: z.array(SpreadsheetColumnSchema),
  rows: z.array(z.array(SpreadsheetCellSchema)),
  frozenRows: z.number().int().min(0).optional(),
  lists: z.array(z.object({ column: z.number().int().min(1), fromRow: z.number().int().min(1), toRow: z.number().int().min(1), words: z.array(z.string()).min(1) })).optional(),
});
/** A sheet to write. */
export type SpreadsheetSheet = z.infer<typeof SpreadsheetSheetSchema>;

/**
 * A spreadsheet to write — a workbook of one or more sheets — with its title and the date it is
 * dated from (`createdAt`, from the input, never the clock: the same input gives the same bytes).
 * What `actionSheetTemplate` and `financialAnnexSpreadsheet` return, and what a writer draws
 * (`@pacte/cli` writes XLSX with exceljs, or CSV).
 *
 * @example
 * SpreadsheetSchema.parse({ title: "Annexe financière", createdAt: "2024-07-05", sheets: [{ name: "Annexe", columns: [], rows: [] }] }).sheets.length //=> 1
 */
export const SpreadsheetSchema = z.object({
  title: z.string(),
  createdAt: IsoDateSchema,
  sheets: z.array(SpreadsheetSheetSchema).min(1),
});
/** A spreadsheet to write. */
export type Spreadsheet = z.infer<typeof SpreadsheetSchema>;
