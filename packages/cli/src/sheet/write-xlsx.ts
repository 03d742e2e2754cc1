import { columnLetter, type CellRange, type Spreadsheet, type SpreadsheetCell } from "@pacte/contract";
import { centsToDecimalString, type Cents } from "@pacte/model";
import type { Cell, DataValidation } from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { loadExcelJs } from "./load-exceljs";

/** Euros with two decimals and the euro sign; the spreadsheet's locale draws the separators (« 1 234,56 € » in French). */
export const EURO_FORMAT = '#,##0.00 "€"';
const DATE_FORMAT = "dd/mm/yyyy";
/** The workbook's font (exceljs's default), named in every font a cell changes, so that a bold cell keeps it. */
const FONT = { name: "Calibri", size: 11 } as const;
/** The most arguments a spreadsheet function takes. */
const MAX_ARGUMENTS = 255;

/** A cell or a rectangle as a formula writes it: `E7`, `E5:E7`. */
function rangeText(r: CellRange): string {
  const from = `${columnLetter(r.from.column)}${r.from.row}`;
  return r.to === undefined ? from : `${from}:${columnLetter(r.to.column)}${r.to.row}`;
}

/**
 * The formula of a `sum` cell: `SUM(E5:E7)`, `SUM(E9,E14,E20)`; past 255 arguments, sums of sums.
 *
 * @example
 * sumFormula([{ from: { row: 5, column: 5 }, to: { row: 7, column: 5 } }]) //=> "SUM(E5:E7)"
 */
export function sumFormula(of: readonly CellRange[]): string {
  let args = of.map(rangeText);
  while (args.length > MAX_ARGUMENTS) {
    const groups: string[] = [];
    for (let k = 0; k < args.length; k += MAX_ARGUMENTS) groups.push(`SUM(${args.slice(k, k + MAX_ARGUMENTS).join(",")})`);
    args = groups;
  }
  return `SUM(${args.join(",")})`;
}

/** Euros as a number, from the decimal digits of the cents (no arithmetic on a float). */
const euros = (cents: Cents): number => Number(centsToDecimalString(cents));

/** An ISO date at midnight UTC (how spreadsheets count days, whatever the machine's time zone). */
function utcDate(iso: string): Date {
  const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * The bytes of a ZIP again, every entry dated `iso` (at noon, as ZIP dates are local times: the
 * same bytes in every time zone) and in the same order: exceljs dates the entries with the clock.
 */
function rezip(bytes: Uint8Array, iso: string): Uint8Array {
  const [y = 1980, m = 1, d = 1] = iso.split("-").map(Number);
  const mtime = new Date(Math.max(y, 1980), m - 1, d, 12, 0, 0);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (!name.endsWith("/")) files[name] = data;
  return zipSync(files, { level: 6, mtime });
}

/**
 * Writes a spreadsheet as an XLSX workbook with exceljs: texts (titles and headers in bold, the
 * header rows frozen), amounts as numbers of euros with a euro format, dates as dates, shares as
 * percentages, and every `sum` cell as a SUM formula with the contract's figure as its cached
 * value (the workbook asks to be recalculated when opened). The closed lists become drop-down
 * lists. The same spreadsheet gives the same bytes: the workbook and its entries are dated from
 * `createdAt`, never the clock.
 *
 * @example
 * const bytes = await spreadsheetToXlsx(financialAnnexSpreadsheet(contract));
 * bytes.subarray(0, 2) //=> "PK"
 */
export async function spreadsheetToXlsx(spreadsheet: Spreadsheet): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  const date = utcDate(spreadsheet.createdAt);
  wb.creator = "pacte";
  wb.lastModifiedBy = "pacte";
  wb.title = spreadsheet.title;
  wb.created = date;
  wb.modified = date;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of spreadsheet.sheets) {
    const frozen = sheet.frozenRows ?? 0;
    const ws = wb.addWorksheet(sheet.name, { views: frozen > 0 ? [{ state: "frozen", ySplit: frozen }] : [] });
    sheet.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.width = c.width;
      if (c.format === "amount") col.numFmt = EURO_FORMAT;
      else if (c.format === "text") col.numFmt = "@";
    });
    sheet.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        draw(cell, value);
      });
      // A header row holds its headers on two lines (spreadsheets do not size a row to wrapped text on opening).
      if (cells.some((c) => c.kind === "text" && c.style === "header")) ws.getRow(r + 1).height = 30;
    });
    for (const list of sheet.lists ?? []) {
      const letter = columnLetter(list.column);
      // exceljs writes ranges of validations; its types do not declare them yet.
      (ws as unknown as { readonly dataValidations: { add(address: string, validation: DataValidation): void } }).dataValidations.add(`${letter}${list.fromRow}:${letter}${list.toRow}`, {
        type: "list",
        allowBlank: true,
        formulae: [`"${list.words.join(",")}"`],
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: "Valeur inattendue",
        error: `Valeurs attendues : ${list.words.join(", ")}.`,
      });
    }
  }
  const written = await wb.xlsx.writeBuffer();
  return rezip(new Uint8Array(written), spreadsheet.createdAt);
}

function draw(cell: Cell, value: SpreadsheetCell): void {
  switch (value.kind) {
    case "empty":
      return;
    case "text":
      cell.value = value.text;
      switch (value.style) {
        case "title":
          cell.font = { ...FONT, bold: true, size: 13 };
          return;
        case "header":
          cell.font = { ...FONT, bold: true };
          cell.alignment = { vertical: "top", wrapText: true };
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8E8E8" } };
          return;
        case "bold":
          cell.font = { ...FONT, bold: true };
          return;
        case "note":
          cell.font = { ...FONT, italic: true, color: { argb: "FF555555" } };
          return;
        case undefined:
          return;
      }
      return;
    case "number":
      cell.value = value.value;
      return;
    case "amount":
      cell.value = euros(value.cents);
      cell.numFmt = EURO_FORMAT;
      if (value.bold === true) cell.font = { ...FONT, bold: true };
      return;
    case "percent":
      cell.value = value.percent / 100;
      cell.numFmt = Number.isInteger(value.percent) ? "0%" : "0.00%";
      return;
    case "date":
      cell.value = utcDate(value.date);
      cell.numFmt = DATE_FORMAT;
      return;
    case "sum":
      cell.value = { formula: sumFormula(value.of), result: euros(value.cents) };
      cell.numFmt = EURO_FORMAT;
      if (value.bold === true) cell.font = { ...FONT, bold: true };
      return;
  }
}
