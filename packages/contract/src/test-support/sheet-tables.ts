// Sheets as a reader gives them, for the tests of the sheet functions: from rows written inline,
// or from a spreadsheet this package writes (a template), as a workbook would read back.
import { centsToDecimalString } from "@pacte/model";
import type { SheetCellValue, SheetTable } from "../sheet/sheet-table";
import type { SpreadsheetCell, SpreadsheetSheet } from "../sheet/spreadsheet";

/** A sheet from rows of cells, numbered from `first` (1). */
export function table(rows: readonly (readonly SheetCellValue[])[], options: { sheet?: string; first?: number } = {}): SheetTable {
  const first = options.first ?? 1;
  return { ...(options.sheet !== undefined ? { sheet: options.sheet } : { sheet: "Actions" }), rows: rows.map((cells, i) => ({ row: first + i, cells: [...cells] })) };
}

/** A written cell as a workbook reads it back: amounts as numbers of euros. */
function read(cell: SpreadsheetCell): SheetCellValue {
  switch (cell.kind) {
    case "empty":
      return null;
    case "text":
      return cell.text;
    case "number":
      return cell.value;
    case "amount":
    case "sum":
      return Number(centsToDecimalString(cell.cents));
    case "percent":
      return cell.percent / 100;
    case "date":
      return cell.date;
  }
}

/** A written sheet as a workbook reads it back. */
export function tableOfSheet(sheet: SpreadsheetSheet): SheetTable {
  return { sheet: sheet.name, rows: sheet.rows.map((cells, i) => ({ row: i + 1, cells: cells.map(read) })) };
}
