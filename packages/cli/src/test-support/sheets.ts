// Spreadsheets for the command's tests: a workbook filled in as a person would, with exceljs.
import { join } from "node:path";
import type { Worksheet } from "exceljs";
import { loadExcelJs } from "../sheet/load-exceljs";

/** Opens `dir/file`, lets `fill` change its sheet `sheet`, and saves it as `dir/to` (`file` by default). */
export async function editWorkbook(dir: string, file: string, fill: (ws: Worksheet) => void, options: { to?: string; sheet?: string } = {}): Promise<void> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  const ws = wb.getWorksheet(options.sheet ?? "Actions");
  if (ws === undefined) throw new Error(`editWorkbook: no sheet ${options.sheet ?? "Actions"} in ${file}`);
  fill(ws);
  await wb.xlsx.writeFile(join(dir, options.to ?? file));
}

/** Writes rows into a sheet from row `first` (2: below the header), clearing the rows below them up to `clearTo`. */
export function fillRows(ws: Worksheet, rows: readonly (readonly (string | number | null)[])[], options: { first?: number; clearTo?: number } = {}): void {
  const first = options.first ?? 2;
  const last = Math.max(options.clearTo ?? 0, first + rows.length - 1);
  for (let r = first; r <= last; r++) {
    const values = rows[r - first];
    const width = Math.max(values?.length ?? 0, ws.getRow(r).cellCount);
    for (let c = 1; c <= width; c++) ws.getCell(r, c).value = values?.[c - 1] ?? null;
  }
}
