import { formatPath, type Issue, type Lang } from "@pacte/model";

/**
 * One issue as `pacte validate --json` prints it: a stable shape for tools. `path` is written as
 * `actions[3].funding[2026].state` (`(racine)` / `(root)` for the whole file); `line` and `column`
 * are 1-based, or `null` when unknown.
 *
 * @example
 * const i: JsonIssue = { file: "a.yaml", path: "collectivite.ref", code: "territory.unknown_collectivite", severity: "error", message: "…", line: 9, column: 3 };
 */
export interface JsonIssue {
  readonly file: string;
  readonly path: string;
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly line: number | null;
  readonly column: number | null;
}

/**
 * The {@link JsonIssue}s of a file.
 *
 * @example
 * toJsonIssues("a.yaml", [{ code: "input.syntax", path: [], message: "…", severity: "error", params: {}, location: { line: 3, column: 1 } }])[0]?.path
 * //=> "(racine)"
 */
export function toJsonIssues(file: string, issues: readonly Issue[], lang: Lang = "fr"): JsonIssue[] {
  return issues.map((i) => ({
    file,
    path: formatPath(i.path, lang),
    code: i.code,
    severity: i.severity,
    message: i.message,
    line: i.location?.line ?? null,
    column: i.location?.column ?? null,
  }));
}

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

/**
 * A count of errors and warnings in words: « 3 erreurs, 1 avertissement ».
 *
 * @example
 * countIssues([{ severity: "error" }, { severity: "warning" }] as Issue[]) //=> "1 erreur, 1 avertissement"
 */
export function countIssues(issues: readonly Pick<Issue, "severity">[], lang: Lang = "fr"): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  const parts =
    lang === "fr"
      ? [plural(errors, "erreur", "erreurs"), plural(warnings, "avertissement", "avertissements")]
      : [plural(errors, "error", "errors"), plural(warnings, "warning", "warnings")];
  return warnings === 0 ? (parts[0] ?? "") : errors === 0 ? (parts[1] ?? "") : parts.join(", ");
}

/**
 * The issues of a file as text a person reads: a heading with the file and the count, then one
 * line per issue, `path  code  message`, columns aligned, the line in the file after the path
 * (`collectivite.ref (l. 9)`) and warnings marked « avertissement : ».
 *
 * @example
 * formatIssuesText("contrat.yaml", issues)
 * //=> "contrat.yaml : 2 erreurs\n  collectivite.ref (l. 9)  territory.unknown_collectivite  Collectivité inconnue : …\n  …"
 */
export function formatIssuesText(file: string, issues: readonly Issue[], lang: Lang = "fr"): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const heading =
    issues.length === 0
      ? `${file} : ${lang === "fr" ? "valide" : "valid"}`
      : errors === 0
        ? `${file} : ${lang === "fr" ? "valide" : "valid"} (${countIssues(issues, lang)})`
        : `${file} : ${lang === "fr" ? "invalide" : "invalid"}, ${countIssues(issues, lang)}`;
  if (issues.length === 0) return heading;
  const rows = issues.map((i) => {
    const mark = i.severity === "warning" ? (lang === "fr" ? "avertissement : " : "warning: ") : "";
    const line = i.location?.line;
    const path = i.path.length === 0 && line !== undefined ? `(l. ${line})` : `${formatPath(i.path, lang)}${line !== undefined ? ` (l. ${line})` : ""}`;
    return { path, code: i.code, message: `${mark}${i.message}` };
  });
  const pathWidth = Math.min(40, Math.max(...rows.map((r) => r.path.length)));
  const codeWidth = Math.min(38, Math.max(...rows.map((r) => r.code.length)));
  const lines = rows.map((r) => `  ${r.path.padEnd(pathWidth)}  ${r.code.padEnd(codeWidth)}  ${r.message}`);
  return [heading, ...lines].join("\n");
}
