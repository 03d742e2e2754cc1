import { UsageError } from "../cli-error";
import { flagOption, isoDateOption } from "../options/option-kinds";
import { NO_PDFA_OPTION, FORCE_OPTION, FORMAT_OPTION, MAX_SIZE_OPTION, outOption, LOW_MEMORY_OPTION } from "../options/shared-options";
import { COMMAND_SUMMARIES } from "./command-summaries";
import { defineCommand } from "./command-spec";
import { printRenderFailure } from "./render-failure";

/**
 * `pacte render FICHIER`: validates a contract, composes it and writes it as PDF (tagged, PDF/A-2a unless
 * `--no-pdfa`) and DOCX, named after its reference, into `--out` (the working folder by default,
 * created when the first file is written). The version to sign refuses a template's waiting
 * texts (« Prénom Nom », « à compléter »), one `contract.placeholder` error each; `--draft`
 * renders a *projet* instead, « PROJET » on every page of both formats and « Projet du … » in
 * the footer with `--draft-date` (no clock is read). Refuses to replace a file without `--force`, before
 * rendering anything; renders on a worker thread, so Ctrl-C stops it at once; each file is
 * written to a temporary file then renamed, so an interrupted run leaves no half file. Exit 0, 1
 * (invalid contract), 2 (usage, existing file, I/O).
 *
 * @example
 * await runCli(["render", "contrat.yaml", "--out", "sortie"], io) //=> 0
 */
export const renderCommand = defineCommand({
  name: "render",
  summary: COMMAND_SUMMARIES.render,
  usage: {
    fr: "pacte render FICHIER [--format pdf,docx] [--out DOSSIER] [--force] [--no-pdfa] [--low-memory] [--draft [--draft-date AAAA-MM-JJ]]",
    en: "pacte render FILE [--format pdf,docx] [--out FOLDER] [--force] [--no-pdfa] [--low-memory] [--draft [--draft-date YYYY-MM-DD]]",
  },
  description: {
    fr: "Les fichiers portent le nom de la référence du contrat (par exemple CLS-23-2024-001.pdf). La version à signer refuse les textes d’attente du modèle (« Prénom Nom », « à compléter ») ; --draft produit un projet, marqué « PROJET » sur chaque page.",
    en: "The files are named after the contract's reference (for example CLS-23-2024-001.pdf). The version to sign refuses the template's waiting texts (“Prénom Nom”, “à compléter”); --draft writes a draft, marked “PROJET” on every page.",
  },
  options: {
    format: FORMAT_OPTION,
    out: outOption("folder", { fr: "dossier de sortie (dossier courant par défaut ; créé au besoin)", en: "output folder (the working folder by default; created if needed)" }),
    force: FORCE_OPTION,
    "no-pdfa": NO_PDFA_OPTION,
    "low-memory": LOW_MEMORY_OPTION,
    "max-size": MAX_SIZE_OPTION,
    draft: flagOption({ fr: "produit un projet : « PROJET » sur chaque page, textes d’attente admis", en: "writes a draft: “PROJET” on every page, waiting texts allowed" }),
    "draft-date": isoDateOption({ fr: "date du projet, dans le pied de page (« Projet du … ») ; avec --draft", en: "date of the draft, in the footer (“Projet du …”); with --draft" }),
  },
  positionals: { min: 1, max: 1, name: { fr: "un fichier de contrat (YAML ou JSON)", en: "a contract file (YAML or JSON)" } },
  example: "pacte render contrat.yaml --out sortie/",
  async run(ctx) {
    const [{ loadContract }, { formatIssuesText }, { outputBaseName }, { openOutputFolder }] = await Promise.all([
      import("../input/load-contract"),
      import("../output/format-issues"),
      import("../output/output-name"),
      import("../output/write-outputs"),
    ]);
    const file = ctx.positionals[0] ?? "";
    const draftDate = ctx.values["draft-date"];
    if (draftDate !== undefined && !ctx.values.draft) {
      throw new UsageError({ fr: "--draft-date date un projet : ajoutez --draft", en: "--draft-date dates a draft: add --draft" });
    }
    const r = await loadContract(ctx, file, { lang: ctx.lang, maxSize: ctx.values["max-size"] });
    if (r.issues.length > 0) ctx.stderr.write(`${formatIssuesText(file, r.issues, ctx.lang, ctx.style.stderr)}\n`);
    if (r.contract === undefined) return 1;
    const base = outputBaseName(r.contract.reference);
    const formats = ctx.values.format;
    const folder = await openOutputFolder(ctx, ctx.resolve(ctx.values.out ?? "."), { names: formats.map((f) => `${base}.${f}`), force: ctx.values.force });
    const rendered = await ctx.renderer({ kind: "contract", contract: r.contract, lang: ctx.lang, ...(ctx.values.draft ? { draft: { draft: true, draftDate } } : {}) }, base, { formats, pdfa: !ctx.values["no-pdfa"], lang: ctx.lang });
    if (!rendered.ok) {
      await printRenderFailure(ctx, file, rendered.issues);
      if (rendered.issues.some((i) => i.code === "contract.placeholder")) {
        ctx.stderr.write(ctx.lang === "fr" ? `Pour un projet qui garde ces textes d’attente : pacte render ${file} --draft\n` : `For a draft that keeps these waiting texts: pacte render ${file} --draft\n`);
      }
      return 1;
    }
    for (const line of await folder.write(rendered.files, { lang: ctx.lang })) ctx.stdout.write(`${line}\n`);
    return 0;
  },
});
