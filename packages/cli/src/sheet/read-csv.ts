import { sheetIssue, type Issue, type Lang, type SheetRow, type SheetTable } from "@pacte/contract";
import { CsvError, parse } from "csv-parse/sync";

/** The separators a CSV may use: `;` (French spreadsheets), `,`, a tab. */
const DELIMITERS = [";", ",", "\t"] as const;

/** What csv-parse's errors mean, in French and English. */
const CSV_ERRORS: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  CSV_QUOTE_NOT_CLOSED: { fr: "un guillemet ouvert n’est jamais fermé", en: "a quote is opened and never closed" },
  CSV_INVALID_CLOSING_QUOTE: { fr: "du texte suit un guillemet fermant", en: "text follows a closing quote" },
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: { fr: "du texte suit un guillemet fermant", en: "text follows a closing quote" },
  INVALID_OPENING_QUOTE: { fr: "un guillemet s’ouvre au milieu d’une cellule", en: "a quote opens in the middle of a cell" },
};

/** The separator of a CSV: the one that splits its first line into the most cells (`;` when none does better). */
function delimiterOf(text: string, comment: string | undefined): string {
  const first = text.split("\n").find((l) => l.trim() !== "" && (comment === undefined || !l.startsWith(comment))) ?? "";
  let best: string = DELIMITERS[0];
  let most = 0;
  for (const delimiter of DELIMITERS) {
    let cells = 0;
    try {
      cells = (parse(first, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][])[0]?.length ?? 0;
    } catch {
      cells = 0;
    }
    if (cells > most) {
      most = cells;
      best = delimiter;
    }
  }
  return best;
}

/**
 * Reads a CSV's bytes into a sheet's rows with csv-parse: UTF-8 with or without a byte-order
 * mark (anything else is `sheet.encoding`: Excel's « CSV (séparateur : point-virgule) » writes
 * Windows-1252), cells separated by `;` as French spreadsheets write them, or by `,` or a tab
 * (the separator that splits the first line into the most cells), quotes as RFC 4180 says, any
 * line ends. Each row keeps its line number (a quoted cell may hold line breaks: the row is the
 * line it starts on). A line starting with `comment` (`#`) is skipped when asked. A broken
 * quote is `sheet.csv_syntax` at its line, and nothing is read. Values stay texts.
 *
 * @example
 * csvToSheetTable(new TextEncoder().encode("Code action;État 2024\nA1.1;50 000 €\n")).table?.rows[1] //=> { row: 2, cells: ["A1.1", "50 000 €"] }
 */
export function csvToSheetTable(bytes: Uint8Array, options: { readonly lang?: Lang | undefined; readonly comment?: string | undefined } = {}): { readonly table?: SheetTable; readonly issues: readonly Issue[] } {
  const lang = options.lang ?? "fr";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { issues: [sheetIssue("sheet.encoding", undefined, {}, { lang })] };
  }
  text = text.replace(/\r\n?/g, "\n");
  const comment = options.comment;
  try {
    const records = parse(text, {
      delimiter: delimiterOf(text, comment),
      record_delimiter: "\n",
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
      ...(comment !== undefined ? { comment, comment_no_infix: true } : {}),
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const rows: SheetRow[] = records.map(({ record, info }) => {
      const breaks = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
      return { row: info.lines - breaks, cells: record };
    });
    return { table: { rows }, issues: [] };
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const line = (e as CsvError & { lines?: number }).lines ?? 1;
    const detail = CSV_ERRORS[e.code]?.[lang] ?? e.message;
    return { issues: [sheetIssue("sheet.csv_syntax", undefined, { line, detail }, { lang })] };
  }
}
