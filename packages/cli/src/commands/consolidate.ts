import { UsageError } from "../cli-error";
import { FORCE_OPTION, MAX_SIZE_OPTION, NO_PDFA_OPTION, outOption, LOW_MEMORY_OPTION } from "../options/shared-options";
import { COMMAND_SUMMARIES } from "./command-summaries";
import { defineCommand } from "./command-spec";
import { printRenderFailure } from "./render-failure";

/**
 * `pacte consolidate DOSSIER --out DOSSIER`: the national consolidation of execution reports.
 * Reads the contracts and their yearly reports from the folders and files given (a file whose
 * top level names a `contract:` is a report, any other a contract: see
 * `loadConsolidationInputs`), checks each one — the contracts as `pacte validate` does, each
 * report against the contract it names — and prints every issue, each line starting with
 * `file:line:col`; on any error, exit 1 and nothing written. Otherwise it prints the totals and
 * writes the consolidation as PDF, DOCX, CSV and XLSX, `consolidation-<années>.*`, dated by the
 * latest report (no clock is read), each file checked before anything is rendered, never replaced
 * without `--force`, and written atomically.
 *
 * @example
 * await runCli(["consolidate", "entrees/", "--out", "bilan/"], io) //=> 0, writes bilan/consolidation-2024.pdf, .docx, .csv, .xlsx
 */
export const consolidateCommand = defineCommand({
  name: "consolidate",
  summary: COMMAND_SUMMARIES.consolidate,
  usage: { fr: "pacte consolidate DOSSIER|FICHIERS… --out DOSSIER [--force] [--no-pdfa] [--low-memory] [--max-size TAILLE]", en: "pacte consolidate FOLDER|FILES… --out FOLDER [--force] [--no-pdfa] [--low-memory] [--max-size SIZE]" },
  description: {
    fr: "Les contrats et leurs rapports d’exécution sont dans le dossier (ses fichiers .yaml, .yml et .json) : un fichier qui nomme en tête son contrat (contract: CLS-…) est un rapport, tout autre un contrat. Chaque rapport est vérifié contre le contrat qu’il nomme ; chaque problème est affiché « fichier:ligne:colonne: gravité code (chemin) : message ». Sans erreur, sont écrits consolidation-AAAA[-AAAA].pdf, .docx, .csv et .xlsx.",
    en: "The contracts and their execution reports are in the folder (its .yaml, .yml and .json files): a file whose top level names its contract (contract: CLS-…) is a report, any other a contract. Each report is checked against the contract it names; each problem is printed “file:line:column: severity code (path): message”. Without errors, consolidation-YYYY[-YYYY].pdf, .docx, .csv and .xlsx are written.",
  },
  options: {
    out: outOption("folder", { fr: "dossier de sortie (obligatoire ; créé au besoin)", en: "output folder (required; created if needed)" }),
    force: FORCE_OPTION,
    "no-pdfa": NO_PDFA_OPTION,
    "low-memory": LOW_MEMORY_OPTION,
    "max-size": MAX_SIZE_OPTION,
  },
  positionals: { min: 1, max: Infinity, name: { fr: "un dossier de contrats et de rapports d’exécution", en: "a folder of contracts and execution reports" } },
  example: "pacte consolidate entrees/ --out bilan/",
  async run(ctx) {
    const out = ctx.values.out;
    if (out === undefined) throw new UsageError({ fr: "--out DOSSIER est obligatoire", en: "--out FOLDER is required" });
    const [{ loadConsolidationInputs }, { formatIssuesText }] = await Promise.all([import("../input/load-consolidation-inputs"), import("../output/format-issues")]);
    const inputs = await loadConsolidationInputs(ctx, ctx.positionals, { lang: ctx.lang, maxSize: ctx.values["max-size"] });
    const blocks = inputs.files.filter((f) => f.issues.length > 0).map((f) => formatIssuesText(f.shown, f.issues, ctx.lang, ctx.style.stderr));
    if (blocks.length > 0) ctx.stderr.write(`${blocks.join("\n")}\n`);
    if (inputs.files.some((f) => f.issues.some((i) => i.severity === "error"))) return 1;
    if (inputs.reports.length === 0) {
      const where = ctx.positionals.join(", ");
      throw new UsageError({
        fr: `aucun rapport d’exécution dans ${where} (un rapport nomme en tête son contrat : contract: CLS-…)`,
        en: `no execution report in ${where} (a report names its contract at the top: contract: CLS-…)`,
      });
    }

    const [{ consolidate, consolidationToCsv, consolidationToXlsx }, { consolidationText }, { openOutputFolder }] = await Promise.all([
      import("@pacte/execution"),
      import("../output/consolidation-text"),
      import("../output/write-outputs"),
    ]);
    const made = consolidate(inputs.contracts, inputs.reports, { lang: ctx.lang });
    if (!made.success) {
      // The inputs' own checks catch what consolidate refuses; this is the library's last word.
      ctx.stderr.write(`${formatIssuesText("consolidation", [...made.issues, ...made.warnings], ctx.lang, ctx.style.stderr)}\n`);
      return 1;
    }
    const c = made.data;
    const first = c.years[0];
    const last = c.years.at(-1);
    const base = first === last ? `consolidation-${first}` : `consolidation-${first}-${last}`;
    const formats = ["pdf", "docx"] as const;
    const folder = await openOutputFolder(ctx, ctx.resolve(out), { names: [...formats, "csv", "xlsx"].map((f) => `${base}.${f}`), force: ctx.values.force });
    // The document's date is the latest report's: the same inputs give the same bytes.
    const createdAt = inputs.reports.map((r) => r.date).sort().at(-1) ?? `${last}-12-31`;
    const rendered = await ctx.renderer({ kind: "consolidation", consolidation: c, createdAt }, base, { formats, pdfa: !ctx.values["no-pdfa"], lang: ctx.lang });
    if (!rendered.ok) {
      await printRenderFailure(ctx, "consolidation", rendered.issues);
      return 1;
    }
    const tables = [
      { name: `${base}.csv`, bytes: new TextEncoder().encode(consolidationToCsv(c)) },
      { name: `${base}.xlsx`, bytes: consolidationToXlsx(c) },
    ];
    ctx.stdout.write(consolidationText(c, ctx.lang));
    for (const line of await folder.write([...rendered.files, ...tables], { lang: ctx.lang })) ctx.stdout.write(`${line}\n`);
    return 0;
  },
});
