import { UsageError } from "../cli-error";
import { sayer } from "../localized";
import { integerOption, textOption } from "../options/option-kinds";
import { FORCE_OPTION, FORMAT_OPTION, MAX_SIZE_OPTION, NO_PDFA_OPTION, LOW_MEMORY_OPTION } from "../options/shared-options";
import { COMMAND_SUMMARIES } from "./command-summaries";
import { defineCommand } from "./command-spec";
import { printRenderFailure } from "./render-failure";

const USAGE = {
  fr: "pacte report RAPPORT --contract CONTRAT [--format pdf,docx] [--out DOSSIER] [--force] [--no-pdfa] [--low-memory]\n        pacte report --template CONTRAT [--year AAAA] [--out FICHIER] [--force]",
  en: "pacte report REPORT --contract CONTRACT [--format pdf,docx] [--out FOLDER] [--force] [--no-pdfa] [--low-memory]\n       pacte report --template CONTRACT [--year YYYY] [--out FILE] [--force]",
};

/**
 * `pacte report RAPPORT --contract CONTRAT`: checks a year's execution report against its signed
 * contract (read and checked as `pacte render` reads it) and prints every issue of both files,
 * each line starting with `file:line:col`; on any error, exit 1 and nothing written. Otherwise it
 * prints the settlement — the year, the balance to pay (« Solde à verser »), the money to recover
 * (« À reverser »), what is carried over if any — and writes the report as PDF and DOCX,
 * `<référence>-rapport-execution-<année>.pdf|.docx`, as `render` writes (checked before
 * rendering, never replaced without `--force`, rendered on a worker thread, written atomically).
 *
 * `pacte report --template CONTRAT [--year AAAA]` writes instead the report to fill in: every
 * action the contract funds that year (its first year by default) with its funders and
 * indicators, commented in French, into `rapport-<année>.yaml` or `--out` (`-` prints it); never
 * replaces a file without `--force`.
 *
 * @example
 * await runCli(["report", "rapport-2024.yaml", "--contract", "contrat.yaml", "--out", "sortie"], io) //=> 0
 * await runCli(["report", "--template", "contrat.yaml", "--year", "2025"], io) //=> 0, writes rapport-2025.yaml
 */
export const reportCommand = defineCommand({
  name: "report",
  summary: COMMAND_SUMMARIES.report,
  usage: USAGE,
  description: {
    fr: "Le rapport d’une année (YAML ou JSON, montants en euros) est vérifié contre le contrat signé ; chaque problème est affiché « fichier:ligne:colonne: gravité code (chemin) : message ». S’il est valide, le solde est affiché et le rapport écrit (par exemple CLS-23-2024-001-rapport-execution-2024.pdf). --template écrit le rapport à compléter, prérempli d’après le contrat.",
    en: "A year's report (YAML or JSON, amounts in euros) is checked against the signed contract; each problem is printed “file:line:column: severity code (path): message”. When it is valid, the settlement is printed and the report written (for example CLS-23-2024-001-rapport-execution-2024.pdf). --template writes the report to fill in, prefilled from the contract.",
  },
  options: {
    contract: textOption({ fr: "CONTRAT", en: "CONTRACT" }, { fr: "le contrat signé dont le rapport relate une année (YAML ou JSON)", en: "the signed contract whose year the report relates (YAML or JSON)" }, "c"),
    template: textOption({ fr: "CONTRAT", en: "CONTRACT" }, { fr: "écrit le rapport à compléter d’après ce contrat, au lieu de vérifier un rapport", en: "writes the report to fill in from this contract, instead of checking a report" }, "t"),
    year: integerOption({ fr: "AAAA", en: "YYYY" }, { fr: "année du rapport à compléter, avec --template (la première du contrat par défaut)", en: "year of the report to fill in, with --template (the contract's first by default)" }, { min: 1900 }),
    out: textOption(
      { fr: "DOSSIER|FICHIER", en: "FOLDER|FILE" },
      {
        fr: "dossier de sortie (dossier courant par défaut) ; avec --template, le fichier à écrire (rapport-AAAA.yaml par défaut ; « - » pour la sortie standard)",
        en: "output folder (the working folder by default); with --template, the file to write (rapport-YYYY.yaml by default; “-” for the standard output)",
      },
      "o",
    ),
    format: FORMAT_OPTION,
    force: FORCE_OPTION,
    "no-pdfa": NO_PDFA_OPTION,
    "low-memory": LOW_MEMORY_OPTION,
    "max-size": MAX_SIZE_OPTION,
  },
  positionals: { min: 0, max: 1, name: { fr: "un rapport d’exécution (YAML ou JSON) et --contract CONTRAT", en: "an execution report (YAML or JSON) and --contract CONTRACT" } },
  example: "pacte report rapport-2024.yaml --contract contrat.yaml --out sortie/\npacte report --template contrat.yaml --year 2024",
  async run(ctx) {
    const say = sayer(ctx.lang);
    const [{ loadContract }, { formatIssuesText }] = await Promise.all([import("../input/load-contract"), import("../output/format-issues")]);
    const options = { lang: ctx.lang, maxSize: ctx.values["max-size"] };
    const template = ctx.values.template;
    const reportFile = ctx.positionals[0];

    if (template !== undefined) {
      if (reportFile !== undefined || ctx.values.contract !== undefined) {
        throw new UsageError({ fr: "--template écrit un rapport à compléter : ne donnez ni RAPPORT ni --contract", en: "--template writes a report to fill in: give neither REPORT nor --contract" });
      }
      const r = await loadContract(ctx, template, options);
      if (r.issues.length > 0) ctx.stderr.write(`${formatIssuesText(template, r.issues, ctx.lang, ctx.style.stderr)}\n`);
      if (r.contract === undefined) return 1;
      const contract = r.contract;
      const year = ctx.values.year ?? contract.years[0] ?? 0;
      if (!contract.years.includes(year)) {
        throw new UsageError({
          fr: `--year ${year} n’est pas une année du contrat ${contract.reference} : ${contract.years.join(", ")}`,
          en: `--year ${year} is not a year of contract ${contract.reference}: ${contract.years.join(", ")}`,
        });
      }
      const [{ executionTemplateYaml }, { writeOneFile, shownPath }] = await Promise.all([import("../output/execution-template-yaml"), import("../output/write-outputs")]);
      const out = ctx.values.out ?? `rapport-${year}.yaml`;
      const shownOut = out === "-" ? `rapport-${year}.yaml` : shownPath(ctx.resolve(out), ctx.cwd);
      const text = executionTemplateYaml(contract, year, { report: shownOut, contract: template });
      if (out === "-") {
        ctx.stdout.write(text);
        return 0;
      }
      const shown = await writeOneFile(ctx, ctx.resolve(out), new TextEncoder().encode(text), { force: ctx.values.force });
      const n = contract.actions.filter((a) => a.funding[String(year)] !== undefined).length;
      ctx.stdout.write(
        say(
          `écrit ${shown} (rapport ${year} du contrat ${contract.reference}, ${n} action${n > 1 ? "s" : ""})\nÉtape suivante : complétez les montants, les statuts et les indicateurs, puis pacte report ${shown} --contract ${template}\n`,
          `wrote ${shown} (report ${year} of contract ${contract.reference}, ${n} action${n === 1 ? "" : "s"})\nNext step: fill in the amounts, statuses and indicators, then pacte report ${shown} --contract ${template}\n`,
        ),
      );
      return 0;
    }

    const contractFile = ctx.values.contract;
    if (reportFile === undefined) throw new UsageError({ fr: "« pacte report » attend un rapport d’exécution (YAML ou JSON), ou --template CONTRAT", en: "“pacte report” expects an execution report (YAML or JSON), or --template CONTRACT" });
    if (contractFile === undefined) throw new UsageError({ fr: "--contract CONTRAT est obligatoire : le contrat signé dont le rapport relate une année", en: "--contract CONTRACT is required: the signed contract whose year the report relates" });
    if (ctx.values.year !== undefined) throw new UsageError({ fr: "--year choisit l’année d’un rapport à compléter : avec --template", en: "--year chooses the year of a report to fill in: with --template" });
    const loaded = await loadContract(ctx, contractFile, options);
    if (loaded.issues.length > 0) ctx.stderr.write(`${formatIssuesText(contractFile, loaded.issues, ctx.lang, ctx.style.stderr)}\n`);
    if (loaded.contract === undefined) return 1;
    const contract = loaded.contract;
    const { loadExecution } = await import("../input/load-execution");
    const checked = await loadExecution(ctx, reportFile, contract, options);
    if (checked.issues.length > 0) ctx.stderr.write(`${formatIssuesText(reportFile, checked.issues, ctx.lang, ctx.style.stderr)}\n`);
    if (checked.execution === undefined) return 1;
    const execution = checked.execution;

    const [{ settleExecution }, { settlementText }, { outputBaseName }, { openOutputFolder }] = await Promise.all([
      import("@pacte/execution"),
      import("../output/settlement-text"),
      import("../output/output-name"),
      import("../output/write-outputs"),
    ]);
    const settlement = settleExecution(execution, contract);
    const base = `${outputBaseName(contract.reference)}-rapport-execution-${execution.year}`;
    const formats = ctx.values.format;
    const folder = await openOutputFolder(ctx, ctx.resolve(ctx.values.out ?? "."), { names: formats.map((f) => `${base}.${f}`), force: ctx.values.force });
    const rendered = await ctx.renderer({ kind: "execution-report", execution, contract, settlement }, base, { formats, pdfa: !ctx.values["no-pdfa"], lang: ctx.lang });
    if (!rendered.ok) {
      await printRenderFailure(ctx, reportFile, rendered.issues);
      return 1;
    }
    ctx.stdout.write(settlementText(settlement, contract.collectivite.name, ctx.lang));
    for (const line of await folder.write(rendered.files, { lang: ctx.lang })) ctx.stdout.write(`${line}\n`);
    return 0;
  },
});
