// A contract written in YAML, checked in the page with @pacte/contract's checkContractText: the
// same checks as `pacte validate`, every problem at once, each with its line and a French message.
import { checkContractText } from "@pacte/contract";
import { formatPath } from "@pacte/model";

/** One problem of the text, as the page lists it. */
export interface YamlProblem {
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly severity: "error" | "warning";
}

/** What checking a YAML text gives: whether the contract is valid, and its problems in order of line. */
export interface YamlCheck {
  readonly valid: boolean;
  /** « Département de la Creuse — CLS-23-2024-001 » when the contract is valid. */
  readonly summary?: string | undefined;
  readonly problems: readonly YamlProblem[];
}

/** Checks the YAML text of a contract: errors and warnings, sorted by line. */
export function checkYaml(text: string): YamlCheck {
  const r = checkContractText(text, { format: "yaml", lang: "fr" });
  const issues = r.success ? r.warnings : [...r.issues, ...r.warnings];
  const problems = issues
    .map((i) => ({
      line: i.location?.line ?? 1,
      column: i.location?.column ?? 1,
      path: formatPath(i.path),
      code: i.code,
      message: i.message,
      severity: i.severity,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return r.success ? { valid: true, summary: `${r.data.collectivite.name} — ${r.data.reference}`, problems } : { valid: false, problems };
}
