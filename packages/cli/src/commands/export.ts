import { UsageError } from "../cli-error";
import { sayer } from "../localized";
import { choiceOption } from "../options/option-kinds";
import { FORCE_OPTION, MAX_SIZE_OPTION, outOption } from "../options/shared-options";
import { COMMAND_SUMMARIES } from "./command-summaries";
import { defineCommand } from "./command-spec";

/**
 * `pacte export FICHIER`: writes a contract's financial annex (per action and year: État, the
 * collectivity, other partners, total, with each action's total, each axis's subtotal and the
 * totals) and its payment schedule (échéancier) as a spreadsheet: XLSX (two sheets, amounts in
 * euros with a euro format, totals as SUM formulas the finance office can check) or CSV (the
 * same rows with their values). Named after the reference by default. Exit 1 when the contract
 * is invalid.
 *
 * @example
 * await runCli(["export", "contrat.yaml", "--format", "xlsx"], io) //=> 0, writes CLS-23-2024-001-annexe-financiere.xlsx
 */
export const exportCommand = defineCommand({
  name: "export",
  summary: COMMAND_SUMMARIES.export,
  usage: { fr: "pacte export FICHIER [--format xlsx|csv] [--out FICHIER] [--force]", en: "pacte export FILE [--format xlsx|csv] [--out FILE] [--force]" },
  description: {
    fr: "Les montants sont ceux du contrat (ceux de son annexe financière en PDF) ; dans le classeur, les totaux et sous-totaux sont des formules SOMME. Le CSV (séparé par « ; », décimales à virgule) donne les mêmes lignes avec leurs valeurs. Fichier par défaut : RÉFÉRENCE-annexe-financiere.xlsx.",
    en: "The amounts are the contract's (those of its financial annex in the PDF); in the workbook, totals and subtotals are SUM formulas. The CSV (separated by “;”, decimal commas) has the same rows with their values. Default file: REFERENCE-annexe-financiere.xlsx.",
  },
  options: {
    format: choiceOption(["xlsx", "csv"], "xlsx", { fr: "format du tableur : xlsx (par défaut) ou csv", en: "spreadsheet format: xlsx (default) or csv" }),
    out: outOption("file", { fr: "fichier à écrire (RÉFÉRENCE-annexe-financiere.xlsx par défaut ; « - » pour la sortie standard, en CSV)", en: "file to write (REFERENCE-annexe-financiere.xlsx by default; “-” for the standard output, in CSV)" }),
    force: FORCE_OPTION,
    "max-size": MAX_SIZE_OPTION,
  },
  positionals: { min: 1, max: 1, name: { fr: "un fichier de contrat (YAML ou JSON)", en: "a contract file (YAML or JSON)" } },
  example: "pacte export contrat.yaml\npacte export contrat.yaml --format csv --out annexe.csv",
  async run(ctx) {
    const say = sayer(ctx.lang);
    const format = ctx.values.format;
    if (ctx.values.out === "-" && format === "xlsx") {
      throw new UsageError({ fr: "un classeur XLSX ne s’écrit pas sur la sortie standard : donnez --out FICHIER, ou --format csv", en: "an XLSX workbook is not written to the standard output: give --out FILE, or --format csv" });
    }
    const [{ loadContract }, { formatIssuesText }, { writeOneFile }, { outputBaseName }, { exportContract }] = await Promise.all([
      import("../input/load-contract"),
      import("../output/format-issues"),
      import("../output/write-outputs"),
      import("../output/output-name"),
      import("../sheet/export-contract"),
    ]);
    const file = ctx.positionals[0] ?? "";
    const r = await loadContract(ctx, file, { lang: ctx.lang, maxSize: ctx.values["max-size"] });
    if (r.issues.length > 0) ctx.stderr.write(`${formatIssuesText(file, r.issues, ctx.lang, ctx.style.stderr)}\n`);
    if (r.contract === undefined) return 1;
    const exported = await exportContract(r.contract, format, ctx.lang);
    if (ctx.values.out === "-") {
      ctx.stdout.write(new TextDecoder().decode(exported.bytes));
      return 0;
    }
    const out = ctx.values.out ?? `${outputBaseName(r.contract.reference)}-annexe-financiere.${format}`;
    const shown = await writeOneFile(ctx, ctx.resolve(out), exported.bytes, { force: ctx.values.force });
    ctx.stdout.write(`${say("écrit", "wrote")} ${shown} (${exported.summary})\n`);
    return 0;
  },
});
