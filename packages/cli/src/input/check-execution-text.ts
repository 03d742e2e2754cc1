import type { Contract } from "@pacte/contract";
import type { Execution } from "@pacte/execution";
import type { Issue, Lang } from "@pacte/issues";

/**
 * What reading and checking an execution report gives: the checked report when it has no error,
 * and every issue — errors, then warnings — each with its `location` in the file.
 *
 * @example
 * const r: LoadedExecution = await checkExecutionText(text, "rapport-2024.yaml", contract, { lang: "fr" });
 * r.execution?.year //=> 2024
 */
export interface LoadedExecution {
  readonly execution?: Execution | undefined;
  readonly issues: readonly Issue[];
}

/**
 * Checks the text of an execution report against its signed contract: the text is read as a
 * contract's is (`parseContractText` of `@pacte/contract`: YAML or JSON by the file's extension,
 * tags, alias bombs and size refused, syntax errors located), then checked with
 * `validateExecution` of `@pacte/execution`, and each of its issues gets the line and column of
 * its path in the file. The libraries are loaded on first use.
 *
 * @example
 * const r = await checkExecutionText(readFileSync("rapport-errone.yaml", "utf8"), "rapport-errone.yaml", contract, { lang: "fr" });
 * r.issues.map((i) => i.code) //=> ["execution.overspend", "execution.unknown_action", "execution.parity"] (in the order of the file)
 */
export async function checkExecutionText(text: string, fileName: string, contract: Contract, options: { readonly lang: Lang; readonly maxSize?: number | undefined }): Promise<LoadedExecution> {
  const [{ contractTextFormatOf, locateIssues, parseContractText }, { validateExecution }] = await Promise.all([import("@pacte/contract"), import("@pacte/execution")]);
  const read = parseContractText(text, { format: contractTextFormatOf(fileName), lang: options.lang, maxBytes: options.maxSize });
  if (!read.success) return { issues: [...read.issues, ...read.warnings] };
  const checked = validateExecution(read.data, contract, { lang: options.lang });
  const issues = checked.success ? [...read.warnings, ...checked.warnings] : [...checked.issues, ...read.warnings, ...checked.warnings];
  return { execution: checked.success ? checked.data : undefined, issues: locateIssues(text, issues) };
}
