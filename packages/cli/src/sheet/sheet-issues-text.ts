import { sheetIssueAddress, type Issue, type Lang } from "@pacte/contract";
import { countIssues, issueLine } from "../output/format-issues";
import { terminalStyle, type TerminalStyle } from "../output/terminal-style";
import { wrapText } from "../output/wrap-text";

const PLAIN: TerminalStyle = terminalStyle({ write: () => undefined, isTTY: false }, {});

/**
 * One issue of a spreadsheet as a line that starts with its cell as spreadsheets name it —
 * `actions.xlsx:Actions!C7:` (`actions.csv:C7:` for a CSV) — then the severity, the code and the
 * message (the path in the contract is left out: the cell says where). An issue at no cell
 * starts with `actions.xlsx:`.
 *
 * @example
 * sheetIssueLine("actions.xlsx", issue) //=> "actions.xlsx:Actions!K7: erreur sheet.amount : « État 2024 » : « 12 O00 » n’est pas un montant ; …"
 */
export function sheetIssueLine(file: string, issue: Issue, lang: Lang = "fr", style: TerminalStyle = PLAIN): string {
  const address = sheetIssueAddress(issue);
  const { location: _location, ...rest } = issue;
  return issueLine(address === undefined ? file : `${file}:${address}`, { ...rest, path: [] }, lang, style);
}

/**
 * The issues of a spreadsheet as a person reads them: a heading with the file and the count
 * (« actions.xlsx : 3 erreurs, 1 avertissement »), then one {@link sheetIssueLine} per issue,
 * in the order of the sheet (row, then column; the issues at no cell first), indented and
 * wrapped to the terminal's width.
 *
 * @example
 * sheetIssuesText("actions.xlsx", issues) //=> "actions.xlsx : 2 erreurs\n  actions.xlsx:Actions!K7: erreur sheet.amount : …\n  …"
 */
export function sheetIssuesText(file: string, issues: readonly Issue[], lang: Lang = "fr", style: TerminalStyle = PLAIN): string {
  const colon = lang === "fr" ? " :" : ":";
  const at = (i: Issue): [number, number] => (i.location === undefined ? [0, 0] : [i.location.line, i.location.column]);
  const sorted = issues
    .map((issue, k) => ({ issue, k }))
    .sort((a, b) => {
      const [ra, ca] = at(a.issue);
      const [rb, cb] = at(b.issue);
      return ra - rb || ca - cb || a.k - b.k;
    })
    .map((x) => x.issue);
  return [`${style.bold(file)}${colon} ${countIssues(issues, lang)}`, ...sorted.map((i) => wrapText(`  ${sheetIssueLine(file, i, lang, style)}`, style.width, 6))].join("\n");
}
