import {
  addAmounts,
  amountsOfFunding,
  contractTextFormatOf,
  LATEST_CONTRACT_INPUT_FORMAT,
  locateSheetIssues,
  mergeSheetActions,
  parseContractText,
  sheetToActions,
  validateContract,
  type ContractInput,
  type Issue,
  type SheetActions,
} from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import { parse as parseYaml } from "yaml";
import type { CommandContext } from "../commands/command-spec";
import { countOf, sayer, type CliLang } from "../localized";
import { readInputBytes, readInputFile } from "../input/read-input";
import { formatIssuesText } from "../output/format-issues";
import { shownPath, writeOneFile } from "../output/write-outputs";
import { actionsText, amountStyleOf, replaceActions, type AmountStyle } from "./actions-text";
import { readSheetBytes } from "./read-sheet";
import { sheetIssuesText } from "./sheet-issues-text";

/**
 * What `pacte import` was asked: the sheet, the contract to import into (`--into`), the file to
 * write (`--out`; `-` or none without `--into`: the standard output), whether to replace it, and
 * the largest file read.
 *
 * @example
 * const request: ImportRequest = { sheet: "actions.xlsx", into: "contrat.yaml", out: undefined, force: false, maxSize: 5242880 };
 */
export interface ImportRequest {
  readonly sheet: string;
  readonly into: string | undefined;
  readonly out: string | undefined;
  readonly force: boolean;
  readonly maxSize: number;
}

type Ctx = Pick<CommandContext, "lang" | "stdout" | "stderr" | "style" | "fs" | "cwd" | "resolve">;

/** « État 1 620 000,00 € ; collectivité … ; autres financeurs … ; total … » over the actions' funding. */
function amountsLine(actions: SheetActions["actions"], lang: CliLang): string {
  // The sheet's amounts are cents already (read by `sheetAmount`): an input's funding, typed as written.
  const sum = addAmounts(actions.flatMap((a) => Object.values(a.funding).map((f) => amountsOfFunding(f as Parameters<typeof amountsOfFunding>[0]))));
  const say = sayer(lang);
  return say(
    `État ${formatEuros(sum.state)} ; collectivité ${formatEuros(sum.collectivite)} ; autres financeurs ${formatEuros(sum.others)} ; total ${formatEuros(sum.total)}`,
    `State ${formatEuros(sum.state)}; collectivity ${formatEuros(sum.collectivite)}; other funders ${formatEuros(sum.others)}; total ${formatEuros(sum.total)}`,
  );
}

/** « 2024–2027 », « 2024 ». */
const yearsText = (years: readonly number[]): string => (years.length === 0 ? "" : years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`);

/** Reads the sheet into actions, or prints its problems. */
async function readActions(ctx: Ctx, request: ImportRequest): Promise<{ sheet?: SheetActions; warnings: readonly Issue[] }> {
  const file = request.sheet;
  const bytes = await readInputBytes(ctx.fs, ctx.resolve(file), { shown: file, maxSize: request.maxSize, lang: ctx.lang, expected: "sheet" });
  const read = bytes.bytes === undefined ? { issues: bytes.issues } : await readSheetBytes(bytes.bytes, file, { lang: ctx.lang });
  if (read.table === undefined) {
    ctx.stderr.write(`${sheetIssuesText(file, read.issues, ctx.lang, ctx.style.stderr)}\n`);
    return { warnings: [] };
  }
  const r = sheetToActions(read.table, { lang: ctx.lang });
  if (!r.success) {
    ctx.stderr.write(`${sheetIssuesText(file, [...r.issues, ...r.warnings], ctx.lang, ctx.style.stderr)}\n`);
    return { warnings: [] };
  }
  return { sheet: r.data, warnings: r.warnings };
}

/**
 * Runs `pacte import`: reads a sheet of actions (XLSX or CSV) and turns it into a contract's
 * actions with `sheetToActions` of `@pacte/contract`. Every problem of the sheet is printed at
 * its cell (`actions.xlsx:Actions!K7: erreur sheet.amount : …`) and nothing is written (exit 1).
 * With `--into`, the actions replace those of the contract (`mergeSheetActions`: what the sheet
 * leaves empty — indicators, objectives, a territory — is kept, by code), the contract is checked, and the
 * problems the sheet caused (parity, axes, ceiling…) are printed at their cells and stop the
 * import; the contract is written back in place (or to `--out`), every other line of a YAML file
 * as it was, its amounts written the way the file writes them. Without `--into`, the actions are
 * written alone (`actions:`), as `pacte init` writes amounts, to `--out` or the standard output.
 *
 * @example
 * await importSheet(ctx, { sheet: "actions.xlsx", into: "contrat.yaml", out: undefined, force: false, maxSize: 5242880 }) //=> 0
 */
export async function importSheet(ctx: Ctx, request: ImportRequest): Promise<number> {
  const say = sayer(ctx.lang);
  const { sheet, warnings } = await readActions(ctx, request);
  if (sheet === undefined) return 1;
  const n = sheet.actions.length;
  const actionsWord = countOf(n, { fr: ["action", "actions"], en: ["action", "actions"] }, ctx.lang);
  const period = yearsText(sheet.years);

  if (request.into === undefined) {
    if (warnings.length > 0) ctx.stderr.write(`${sheetIssuesText(request.sheet, warnings, ctx.lang, ctx.style.stderr)}\n`);
    const style: AmountStyle = LATEST_CONTRACT_INPUT_FORMAT === 2 ? "euros" : "cents";
    const out = request.out;
    const text = actionsText(sheet.actions, out === undefined || out === "-" ? "yaml" : contractTextFormatOf(out), style);
    const summary = say(`${actionsWord} lue${n > 1 ? "s" : ""} dans ${request.sheet} (${period})`, `${actionsWord} read from ${request.sheet} (${period})`);
    if (out === undefined || out === "-") {
      ctx.stdout.write(text);
      ctx.stderr.write(`${summary}\n${say("Montants", "Amounts")} ${period}${say(" :", ":")} ${amountsLine(sheet.actions, ctx.lang)}\n`);
      return 0;
    }
    const shown = await writeOneFile(ctx, ctx.resolve(out), new TextEncoder().encode(text), { force: request.force });
    ctx.stdout.write(`${say("écrit", "wrote")} ${shown} (${summary})\n${say("Montants", "Amounts")} ${period}${say(" :", ":")} ${amountsLine(sheet.actions, ctx.lang)}\n`);
    return 0;
  }

  const into = request.into;
  const read = await readInputFile(ctx.fs, ctx.resolve(into), { shown: into, maxSize: request.maxSize, lang: ctx.lang });
  const format = contractTextFormatOf(into);
  const parsed = read.text === undefined ? undefined : parseContractText(read.text, { format, lang: ctx.lang });
  if (read.text === undefined || parsed === undefined || !parsed.success) {
    const issues = read.text === undefined ? read.issues : parsed?.success === false ? [...parsed.issues, ...parsed.warnings] : [];
    ctx.stderr.write(`${formatIssuesText(into, issues, ctx.lang, ctx.style.stderr)}\n`);
    return 1;
  }
  const input = (typeof parsed.data === "object" && parsed.data !== null ? parsed.data : {}) as Record<string, unknown>;
  const merged = mergeSheetActions(input.actions, sheet);
  const checked = validateContract({ ...input, actions: merged.actions }, { lang: ctx.lang });
  const all = checked.success ? checked.warnings : [...checked.issues, ...checked.warnings];
  const fromSheet = [...warnings, ...locateSheetIssues(all.filter((i) => i.path[0] === "actions"), sheet.origins)];
  const others = all.filter((i) => i.path[0] !== "actions");
  if (fromSheet.some((i) => i.severity === "error")) {
    ctx.stderr.write(`${sheetIssuesText(request.sheet, fromSheet, ctx.lang, ctx.style.stderr)}\n`);
    if (others.length > 0) ctx.stderr.write(`${formatIssuesText(into, others, ctx.lang, ctx.style.stderr)}\n`);
    ctx.stderr.write(say(`${into} n’a pas été modifié.\n`, `${into} was not changed.\n`));
    return 1;
  }
  const style = amountStyleOf(format === "json" ? JSON.parse(read.text) : parseYaml(read.text));
  const text = replaceActions(read.text, format, merged.actions as ContractInput["actions"], style);
  const target = ctx.resolve(request.out ?? into);
  const shown = await writeOneFile(ctx, target, new TextEncoder().encode(text), { force: request.out === undefined || request.force });
  const changes = [
    merged.updated.length > 0 ? say(`${merged.updated.length} mise${merged.updated.length > 1 ? "s" : ""} à jour`, `${merged.updated.length} updated`) : undefined,
    merged.added.length > 0 ? say(`${merged.added.length} ajoutée${merged.added.length > 1 ? "s" : ""}`, `${merged.added.length} added`) : undefined,
    merged.removed.length > 0
      ? say(`${merged.removed.length} retirée${merged.removed.length > 1 ? "s" : ""} : ${merged.removed.join(", ")}`, `${merged.removed.length} removed: ${merged.removed.join(", ")}`)
      : undefined,
  ].filter((c) => c !== undefined);
  ctx.stdout.write(
    `${say("écrit", "wrote")} ${shown} (${say(`${actionsWord} lue${n > 1 ? "s" : ""} dans ${request.sheet}`, `${actionsWord} read from ${request.sheet}`)}${changes.length > 0 ? ` : ${changes.join(", ")}` : ""})\n` +
      `${say("Montants", "Amounts")} ${period}${say(" :", ":")} ${amountsLine(sheet.actions, ctx.lang)}\n`,
  );
  if (fromSheet.length > 0) ctx.stderr.write(`${sheetIssuesText(request.sheet, fromSheet, ctx.lang, ctx.style.stderr)}\n`);
  if (others.length > 0) ctx.stderr.write(`${formatIssuesText(shownPath(target, ctx.cwd), others, ctx.lang, ctx.style.stderr)}\n`);
  return 0;
}
