import { contractTotals, financialAnnexSpreadsheet, type Contract } from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import { countOf, sayer, type CliLang } from "../localized";
import { spreadsheetToCsv } from "./write-csv";
import { spreadsheetToXlsx } from "./write-xlsx";

/**
 * A contract's financial annex and payment schedule as spreadsheet bytes (`pacte export`): the
 * spreadsheet of `financialAnnexSpreadsheet` of `@pacte/contract`, written as XLSX (exceljs) or
 * CSV, and a line that says what it holds (« 2 feuilles ; 9 actions, 2024–2027 ; État
 * 1 530 000,00 €, total 3 180 000,00 € »).
 *
 * @example
 * (await exportContract(contract, "xlsx", "fr")).summary //=> "2 feuilles ; 9 actions, 2024–2027 ; État 1 530 000,00 €, total 3 180 000,00 €"
 */
export async function exportContract(contract: Contract, format: "xlsx" | "csv", lang: CliLang): Promise<{ readonly bytes: Uint8Array; readonly summary: string }> {
  const spreadsheet = financialAnnexSpreadsheet(contract);
  const bytes = format === "xlsx" ? await spreadsheetToXlsx(spreadsheet) : spreadsheetToCsv(spreadsheet);
  const totals = contractTotals(contract);
  const say = sayer(lang);
  const years = contract.years.length > 1 ? `${contract.years[0]}–${contract.years[contract.years.length - 1]}` : String(contract.years[0] ?? "");
  const sheets = format === "xlsx" ? `${countOf(spreadsheet.sheets.length, { fr: ["feuille", "feuilles"], en: ["sheet", "sheets"] }, lang)}${say(" ; ", "; ")}` : "";
  const actions = countOf(contract.actions.length, { fr: ["action", "actions"], en: ["action", "actions"] }, lang);
  const summary = say(
    `${sheets}${actions}, ${years} ; État ${formatEuros(totals.total.state)}, total ${formatEuros(totals.total.total)}`,
    `${sheets}${actions}, ${years}; State ${formatEuros(totals.total.state)}, total ${formatEuros(totals.total.total)}`,
  );
  return { bytes, summary };
}
