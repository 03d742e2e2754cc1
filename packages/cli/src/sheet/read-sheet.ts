import { ACTION_SHEET_NAME, sheetIssue, type Issue, type Lang, type SheetTable } from "@pacte/contract";
import { extname, resolve } from "node:path";
import { nodeFileSystem, type CliFileSystem } from "../file-system";
import { readInputBytes } from "../input/read-input";

/**
 * What a spreadsheet file holds, from its first bytes (a ZIP is a workbook) and its name:
 * `xlsx`, `csv`, or a format read by no one here — `xls` (Excel 97-2003), `ods` (OpenDocument).
 *
 * @example
 * sheetFileFormat("actions.csv", new TextEncoder().encode("Code action;…")) //=> "csv"
 */
export function sheetFileFormat(name: string, bytes: Uint8Array): "xlsx" | "csv" | "xls" | "ods" {
  const ext = extname(name).toLowerCase();
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "xls";
  if (ext === ".ods") return "ods";
  if ((bytes[0] === 0x50 && bytes[1] === 0x4b) || ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  return "csv";
}

/**
 * Options of {@link readSheetBytes} and {@link readSheetFile}: the language of the messages, the
 * sheet of a workbook to read (`Actions` by default, else the first), and the start of the lines
 * of a CSV that are comments (none by default).
 *
 * @example
 * const options: ReadSheetOptions = { comment: "#" };
 */
export interface ReadSheetOptions {
  readonly lang?: Lang | undefined;
  readonly sheet?: string | undefined;
  readonly comment?: string | undefined;
}

/**
 * Reads a spreadsheet's bytes into a sheet's rows, an XLSX workbook with exceljs or a CSV with
 * csv-parse (see `xlsxToSheetTable` and `csvToSheetTable`), for `sheetToActions` or
 * `readSheetRecords` of `@pacte/contract`. A `.xls` or `.ods` file is refused with what to do
 * (`sheet.unreadable`). The readers are loaded only when a sheet is read.
 *
 * @example
 * (await readSheetBytes(bytes, "actions.xlsx")).table?.rows.length //=> 4
 */
export async function readSheetBytes(bytes: Uint8Array, name: string, options: ReadSheetOptions = {}): Promise<{ readonly table?: SheetTable; readonly issues: readonly Issue[] }> {
  const lang = options.lang ?? "fr";
  const format = sheetFileFormat(name, bytes);
  switch (format) {
    case "xlsx": {
      const { xlsxToSheetTable } = await import("./read-xlsx");
      return xlsxToSheetTable(bytes, { lang, sheet: options.sheet ?? ACTION_SHEET_NAME });
    }
    case "csv": {
      const { csvToSheetTable } = await import("./read-csv");
      return csvToSheetTable(bytes, { lang, comment: options.comment });
    }
    case "xls":
    case "ods": {
      const detail = format === "xls" ? (lang === "fr" ? "classeur Excel 97-2003 (.xls)" : "Excel 97-2003 workbook (.xls)") : lang === "fr" ? "classeur OpenDocument (.ods)" : "OpenDocument workbook (.ods)";
      return { issues: [sheetIssue("sheet.unreadable", undefined, { format: "xlsx", detail }, { lang })] };
    }
  }
}

/**
 * Reads a spreadsheet file (XLSX or CSV) into a sheet's rows, with the checks of every input of
 * the command (a regular file, at most `maxSize` bytes: 5 MiB by default). For scripts, such as
 * the national batch example: `readSheetFile("montants.csv", { comment: "#" })`, then
 * `readSheetRecords` of `@pacte/contract`.
 *
 * @throws {CliIoError} when the file is missing or cannot be opened.
 * @example
 * const { table, issues } = await readSheetFile("montants.csv", { comment: "#" });
 * table?.rows[0]?.cells //=> ["ref", "nom", "profil", "etat_2024", …]
 */
export async function readSheetFile(
  path: string,
  options: ReadSheetOptions & { readonly maxSize?: number | undefined; readonly fs?: CliFileSystem | undefined; readonly shown?: string | undefined } = {},
): Promise<{ readonly table?: SheetTable; readonly issues: readonly Issue[] }> {
  const read = await readInputBytes(options.fs ?? nodeFileSystem(), resolve(path), { shown: options.shown ?? path, maxSize: options.maxSize, lang: options.lang, expected: "sheet" });
  if (read.bytes === undefined) return { issues: read.issues };
  return readSheetBytes(read.bytes, path, options);
}
