import { fail, ok, type IssuePath, type Lang, type Result } from "@pacte/issues";
import { safeParseMoney, type Cents } from "@pacte/model";
import { sheetIssue } from "./sheet-issues";
import type { SheetCellValue, SheetPosition } from "./sheet-table";

/**
 * Reads an amount in euros from a cell, exactly, into integer cents, with `safeParseMoney` of
 * `@pacte/model`: a text as officials type it (`50 000 €`, `50 000,00`, `1 234,56`) or a numeric
 * cell, judged on its decimal digits (`1234.56` is 123456 cents; a number with more than two
 * decimals, such as a formula's `0.30000000000000004`, is refused rather than rounded). An empty
 * cell is `undefined`. A refusal is one `sheet.amount` issue at the cell, quoting what was written
 * and saying why (`params.reason`: `money.format`, `money.ambiguous`, `money.negative`,
 * `money.too_many_decimals`, `money.unsafe`); `label` names the column in the message.
 *
 * @example
 * sheetAmount("50 000,00 €", "État 2024", { row: 2, column: 5 }) //=> { success: true, data: 5000000, warnings: [] }
 * sheetAmount(1234.56, "État 2024", { row: 2, column: 5 }) //=> { success: true, data: 123456, warnings: [] }
 * sheetAmount("", "État 2024", { row: 2, column: 5 }) //=> { success: true, data: undefined, warnings: [] }
 * sheetAmount("12 O00", "État 2024", { sheet: "Actions", row: 7, column: 5 }).success //=> false (sheet.amount at Actions!E7)
 */
export function sheetAmount(
  value: SheetCellValue | undefined,
  label: string,
  at: SheetPosition,
  options: { readonly lang?: Lang | undefined; readonly path?: IssuePath | undefined } = {},
): Result<Cents | undefined> {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return ok(undefined);
  const read = typeof value === "boolean" ? undefined : safeParseMoney(value);
  if (read?.success === true) return ok(read.data);
  const reason = read?.success === false ? (read.issues[0]?.code ?? "money.format") : "money.format";
  const received = typeof value === "string" ? value.trim() : String(value);
  return fail([sheetIssue("sheet.amount", at, { label, received, reason }, options)]);
}
