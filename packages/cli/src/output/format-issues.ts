import { formatPath, type Issue, type Lang } from "@pacte/issues";
import { countOf } from "../localized";
import { terminalStyle, type TerminalStyle } from "./terminal-style";
import { wrapText } from "./wrap-text";

/** No colour, no wrapping: what a file or a pipe gets. */
const PLAIN: TerminalStyle = terminalStyle({ write: () => undefined, isTTY: false }, {});

/**
 * A count of errors and warnings in words: « 3 erreurs, 1 avertissement ».
 *
 * @example
 * countIssues([{ severity: "error" }, { severity: "warning" }]) //=> "1 erreur, 1 avertissement"
 */
export function countIssues(issues: readonly Pick<Issue, "severity">[], lang: Lang = "fr"): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  const e = countOf(errors, { fr: ["erreur", "erreurs"], en: ["error", "errors"] }, lang);
  const w = countOf(warnings, { fr: ["avertissement", "avertissements"], en: ["warning", "warnings"] }, lang);
  return warnings === 0 ? e : errors === 0 ? w : `${e}, ${w}`;
}

/**
 * One issue as a line that starts with where it is — `file:line:col:`, which terminals and
 * editors turn into a link — then the severity, the code, the path in the input and the message:
 * `contrat.yaml:40:7: erreur contract.parity (actions[1].funding[2025]) : Parité non respectée…`.
 * Without a location the line starts with `file:`.
 *
 * @example
 * issueLine("a.yaml", { code: "input.syntax", path: [], message: "…", severity: "error", params: {}, location: { line: 3, column: 1 } })
 * //=> "a.yaml:3:1: erreur input.syntax : …"
 */
export function issueLine(file: string, issue: Issue, lang: Lang = "fr", style: TerminalStyle = PLAIN): string {
  const where = issue.location !== undefined ? `${file}:${issue.location.line}:${issue.location.column}:` : `${file}:`;
  const severity = issue.severity === "error" ? style.red(lang === "fr" ? "erreur" : "error") : style.yellow(lang === "fr" ? "avertissement" : "warning");
  const path = issue.path.length > 0 ? ` (${formatPath(issue.path, lang)})` : "";
  const colon = lang === "fr" ? " :" : ":";
  return `${style.bold(where)} ${severity} ${style.dim(issue.code)}${path}${colon} ${issue.message}`;
}

/**
 * The issues of a file as text a person reads: a heading with the file and the count, then one
 * {@link issueLine} per issue, indented by two spaces, wrapped at word boundaries to the
 * terminal's width (never in a file or a pipe), coloured on a terminal that wants it.
 *
 * @example
 * formatIssuesText("contrat.yaml", issues)
 * //=> "contrat.yaml : invalide, 2 erreurs\n  contrat.yaml:9:3: erreur territory.unknown_collectivite (collectivite.ref) : Collectivité inconnue : …\n  …"
 */
export function formatIssuesText(file: string, issues: readonly Issue[], lang: Lang = "fr", style: TerminalStyle = PLAIN): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const colon = lang === "fr" ? " :" : ":";
  const valid = style.green(lang === "fr" ? "valide" : "valid");
  const heading =
    issues.length === 0
      ? `${style.bold(file)}${colon} ${valid}`
      : errors === 0
        ? `${style.bold(file)}${colon} ${valid} (${countIssues(issues, lang)})`
        : `${style.bold(file)}${colon} ${style.red(lang === "fr" ? "invalide" : "invalid")}, ${countIssues(issues, lang)}`;
  return [heading, ...issues.map((i) => wrapText(`  ${issueLine(file, i, lang, style)}`, style.width, 6))].join("\n");
}

/**
 * What `pacte validate --json` prints for one file: the file, whether it is valid, and its
 * issues exactly as the libraries give them (`Issue` of `@pacte/issues`, with `location` when
 * the text was read).
 *
 * @example
 * const entry: JsonFileReport = { file: "a.yaml", valid: true, issues: [] };
 */
export interface JsonFileReport {
  readonly file: string;
  readonly valid: boolean;
  readonly issues: readonly Issue[];
}

/**
 * The {@link JsonFileReport} of a file: valid when it has no error.
 *
 * @example
 * jsonFileReport("a.yaml", []) //=> { file: "a.yaml", valid: true, issues: [] }
 */
export function jsonFileReport(file: string, issues: readonly Issue[]): JsonFileReport {
  return { file, valid: !issues.some((i) => i.severity === "error"), issues };
}
