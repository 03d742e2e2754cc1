import { normalizeSheetHeader, sheetIssue, type Issue, type Lang, type SheetCellValue, type SheetRow, type SheetTable } from "@pacte/contract";
import type { CellValue } from "exceljs";
import { unzipSync } from "fflate";
import { loadExcelJs } from "./load-exceljs";

/**
 * The most bytes the parts of a workbook may unpack to (128 MiB): a sheet of 500 actions is a few
 * hundred kilobytes; a few megabytes of ZIP can announce gigabytes.
 *
 * @example
 * MAX_UNPACKED_BYTES //=> 134217728
 */
export const MAX_UNPACKED_BYTES = 128 * 1024 * 1024;

/** A date cell as an ISO date (spreadsheets count days in UTC). */
const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** What a cell of exceljs holds, as a sheet's value: the text of rich text and links, a formula's computed value, a date as `AAAA-MM-JJ`, an error as its code (`#REF!`). */
function valueOf(value: CellValue): SheetCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return `=${"formula" in value ? value.formula : value.sharedFormula}`;
    if (result instanceof Date) return isoDate(result);
    if (typeof result === "object") return "error" in result ? String((result as { error: unknown }).error) : null;
    return result as string | number | boolean;
  }
  if ("text" in value) return typeof value.text === "string" ? value.text : valueOf(value.text as CellValue);
  return null;
}

/** The unpacked size a ZIP announces, or a reason it cannot be read. */
function unpackedSize(bytes: Uint8Array): number | string {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return false;
      },
    });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return total;
}

/**
 * Reads the sheet of an XLSX workbook with exceljs into a sheet's rows: the sheet named `sheet`
 * (without case nor accents: `actions`), or else the first one. A cell gives its value as the
 * spreadsheet shows it once computed: numbers as numbers (a numeric amount is read exactly by
 * `sheetAmount`, from its decimal digits), texts, rich text and links as their text, a formula
 * its computed value, a date `AAAA-MM-JJ`. A file that is not a workbook, or whose parts would
 * unpack to more than {@link MAX_UNPACKED_BYTES}, is refused (`sheet.unreadable`,
 * `sheet.too_large`).
 *
 * @example
 * (await xlsxToSheetTable(bytes)).table?.sheet //=> "Actions"
 */
export async function xlsxToSheetTable(
  bytes: Uint8Array,
  options: { readonly lang?: Lang | undefined; readonly sheet?: string | undefined } = {},
): Promise<{ readonly table?: SheetTable; readonly issues: readonly Issue[] }> {
  const lang = options.lang ?? "fr";
  const size = unpackedSize(bytes);
  if (typeof size === "string") return { issues: [sheetIssue("sheet.unreadable", undefined, { format: "xlsx", detail: size }, { lang })] };
  if (size > MAX_UNPACKED_BYTES) return { issues: [sheetIssue("sheet.too_large", undefined, { size, max: MAX_UNPACKED_BYTES }, { lang })] };
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs reads any bytes JSZip reads; its types say `Buffer` of its own.
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return { issues: [sheetIssue("sheet.unreadable", undefined, { format: "xlsx", detail }, { lang })] };
  }
  const wanted = options.sheet === undefined ? undefined : normalizeSheetHeader(options.sheet);
  const ws = wb.worksheets.find((w) => wanted !== undefined && normalizeSheetHeader(w.name) === wanted) ?? wb.worksheets[0];
  if (ws === undefined) return { issues: [sheetIssue("sheet.unreadable", undefined, { format: "xlsx", detail: lang === "fr" ? "le classeur n’a aucune feuille" : "the workbook has no sheet" }, { lang })] };
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: SheetCellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = valueOf(cell.value);
    });
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? null) });
  });
  return { table: { sheet: ws.name, rows }, issues: [] };
}
