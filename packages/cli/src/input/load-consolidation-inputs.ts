import { locateIssues, type Contract } from "@pacte/contract";
import type { Execution } from "@pacte/execution";
import type { Issue, Lang } from "@pacte/issues";
import type { CliFileSystem } from "../file-system";
import { checkExecutionText } from "./check-execution-text";
import { stoppableContractChecker, type ContractChecker } from "./check-in-worker";
import { collectInputs } from "./collect-inputs";
import { readInputFile } from "./read-input";

/**
 * One file of a consolidation: what it was taken for — a `contract`, a `report`, or `unread`
 * when its text could not be read at all (not a file, not UTF-8, a YAML syntax error) — and every
 * issue found in it, errors then warnings, each with its `location` when the text was read.
 *
 * @example
 * const f: ConsolidationFile = { shown: "entrees/rapport-creuse-2024.yaml", kind: "report", issues: [] };
 */
export interface ConsolidationFile {
  readonly shown: string;
  readonly kind: "contract" | "report" | "unread";
  readonly issues: readonly Issue[];
}

/**
 * What `pacte consolidate` read: every file in name order with its issues, and the contracts
 * and reports that passed their checks (a report only once its contract did).
 *
 * @example
 * const r: ConsolidationInputs = await loadConsolidationInputs(ctx, ["entrees/"], { lang: "fr" });
 * r.files.some((f) => f.issues.some((i) => i.severity === "error")) //=> false when all is valid
 */
export interface ConsolidationInputs {
  readonly files: readonly ConsolidationFile[];
  readonly contracts: readonly Contract[];
  readonly reports: readonly Execution[];
}

interface Entry {
  readonly shown: string;
  kind: ConsolidationFile["kind"];
  issues: readonly Issue[];
  readonly text?: string;
  readonly value?: unknown;
}

/** A report names its contract (`contract:`) and has no `reference:` of its own; anything else is taken for a contract. */
function isReport(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "contract" in value && !("reference" in value);
}

/** A top-level text field of a parsed input, trimmed, if it is one. */
function field(value: unknown, key: string): string | undefined {
  const v = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" ? v.trim() : undefined;
}

/**
 * Reads the inputs of a national consolidation — each argument a file, or a folder whose
 * `*.yaml`, `*.yml` and `*.json` files are taken in name order (as `pacte batch` does) — and
 * checks each one for what it is. A file whose top level names a `contract:` and has no
 * `reference:` is an execution report; any other is a contract. Contracts are checked as
 * `pacte validate` checks them; each report is matched to the contract whose reference it names
 * and checked against it (`validateExecution`). A report whose contract is not among the inputs
 * (`consolidation.unknown_contract`, with the nearest reference), a second report for the same
 * contract and year (`consolidation.duplicate_report`) and a second contract with the same
 * reference (`consolidation.duplicate_contract`) are errors in the file that repeats, located
 * like the others. A report whose contract is there but invalid is left unchecked: the
 * contract's errors are reported, and the report is checked once they are fixed.
 *
 * @throws {CliIoError} when an argument does not exist, or a file cannot be opened.
 * @example
 * const r = await loadConsolidationInputs({ fs: nodeFileSystem(), resolve: (p) => p }, ["entrees/"], { lang: "fr" });
 * [r.contracts.length, r.reports.length] //=> [2, 2]
 */
export async function loadConsolidationInputs(
  ctx: { readonly fs: CliFileSystem; readonly resolve: (path: string) => string },
  args: readonly string[],
  options: { readonly lang: Lang; readonly maxSize?: number | undefined },
  check: ContractChecker = stoppableContractChecker(),
): Promise<ConsolidationInputs> {
  const [{ contractTextFormatOf, parseContractText }, { EXECUTION_ISSUES }, { closestMatch }] = await Promise.all([
    import("@pacte/contract"),
    import("@pacte/execution"),
    import("@pacte/issues"),
  ]);
  const lang = options.lang;
  const entries: Entry[] = [];
  for (const input of await collectInputs(ctx, args)) {
    const read = await readInputFile(ctx.fs, input.file, { shown: input.shown, maxSize: options.maxSize, lang });
    if (read.text === undefined) {
      entries.push({ shown: input.shown, kind: "unread", issues: read.issues });
      continue;
    }
    const parsed = parseContractText(read.text, { format: contractTextFormatOf(input.shown), lang, maxBytes: options.maxSize });
    if (!parsed.success) {
      entries.push({ shown: input.shown, kind: "unread", issues: [...parsed.issues, ...parsed.warnings] });
      continue;
    }
    entries.push({ shown: input.shown, kind: isReport(parsed.data) ? "report" : "contract", issues: [], text: read.text, value: parsed.data });
  }

  const contracts: Contract[] = [];
  const byReference = new Map<string, { readonly contract: Contract; readonly shown: string }>();
  const invalid = new Set<string>();
  for (const e of entries.filter((x) => x.kind === "contract")) {
    const r = await check(e.text ?? "", e.shown, options);
    e.issues = r.issues;
    if (r.contract === undefined) {
      const reference = field(e.value, "reference");
      if (reference !== undefined) invalid.add(reference);
      continue;
    }
    const first = byReference.get(r.contract.reference);
    if (first !== undefined) {
      const twice = EXECUTION_ISSUES.issue("consolidation.duplicate_contract", ["reference"], { received: r.contract.reference, firstPath: first.shown }, { lang });
      e.issues = [...locateIssues(e.text ?? "", [twice]), ...e.issues];
      continue;
    }
    byReference.set(r.contract.reference, { contract: r.contract, shown: e.shown });
    contracts.push(r.contract);
  }

  const reports: Execution[] = [];
  const seen = new Map<string, string>();
  for (const e of entries.filter((x) => x.kind === "report")) {
    const text = e.text ?? "";
    const reference = field(e.value, "contract");
    const paired = reference === undefined ? undefined : byReference.get(reference);
    if (paired === undefined) {
      if (reference !== undefined && invalid.has(reference)) continue;
      const received = reference ?? String((e.value as Record<string, unknown>).contract);
      const suggestion = closestMatch(received, byReference.keys());
      const unknown = EXECUTION_ISSUES.issue("consolidation.unknown_contract", ["contract"], { received, year: (e.value as Record<string, unknown>).year, ...(suggestion === undefined ? {} : { suggestion }) }, { lang });
      e.issues = locateIssues(text, [unknown]);
      continue;
    }
    const r = await checkExecutionText(text, e.shown, paired.contract, options);
    e.issues = r.issues;
    if (r.execution === undefined) continue;
    const key = `${r.execution.contract}\u0000${r.execution.year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const twice = EXECUTION_ISSUES.issue("consolidation.duplicate_report", ["year"], { contract: r.execution.contract, year: r.execution.year, firstPath: first }, { lang });
      e.issues = [...locateIssues(text, [twice]), ...e.issues];
      continue;
    }
    seen.set(key, e.shown);
    reports.push(r.execution);
  }
  return { files: entries.map((e) => ({ shown: e.shown, kind: e.kind, issues: e.issues })), contracts, reports };
}
