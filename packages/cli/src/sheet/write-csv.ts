import type { Spreadsheet, SpreadsheetCell } from "@pacte/contract";
import { centsToDecimalString, type Cents } from "@pacte/model";
import { stringify } from "csv-stringify/sync";

/** An amount in euros as French spreadsheets read it in a CSV: `1234,56`. */
const frenchDecimal = (cents: Cents): string => centsToDecimalString(cents).replace(".", ",");

/** A cell's value in a CSV: the text, the figure (amounts and sums in euros with a decimal comma), the date `JJ/MM/AAAA`. */
function valueOf(cell: SpreadsheetCell | undefined): string {
  if (cell === undefined) return "";
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
      return cell.text;
    case "number":
      return String(cell.value).replace(".", ",");
    case "amount":
    case "sum":
      return frenchDecimal(cell.cents);
    case "percent":
      return `${String(cell.percent).replace(".", ",")} %`;
    case "date": {
      const [y, m, d] = cell.date.split("-");
      return `${d}/${m}/${y}`;
    }
  }
}

/**
 * Writes a spreadsheet as CSV the way French spreadsheets read it: UTF-8 with a byte-order mark,
 * `;` between cells, CRLF line ends, amounts in euros with a decimal comma (`1234,56`), dates
 * `JJ/MM/AAAA`, sums as their values. The sheets follow one another, an empty line between two;
 * `sheets: "first"` writes the first one only (a template's instructions sheet has no place in a
 * CSV to fill in). Written with csv-stringify, which quotes what needs it.
 *
 * @example
 * new TextDecoder().decode(spreadsheetToCsv(financialAnnexSpreadsheet(contract))).split("\r\n")[3] //=> "Axe;Code action;Intitulé;Année;État;Département;Autres partenaires;Total"
 */
export function spreadsheetToCsv(spreadsheet: Spreadsheet, options: { readonly sheets?: "all" | "first" | undefined } = {}): Uint8Array {
  const sheets = options.sheets === "first" ? spreadsheet.sheets.slice(0, 1) : spreadsheet.sheets;
  const records: string[][] = [];
  sheets.forEach((sheet, k) => {
    if (k > 0) records.push([]);
    const width = Math.max(sheet.columns.length, ...sheet.rows.map((r) => r.length));
    for (const row of sheet.rows) records.push(Array.from({ length: width }, (_, c) => valueOf(row[c])));
  });
  const text = stringify(records, { delimiter: ";", record_delimiter: "windows", bom: true });
  return new TextEncoder().encode(text);
}
