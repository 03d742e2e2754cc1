import { amendmentToDocument, consolidatedContractToDocument, createAmendment } from "@pacte/contract";
import { UsageError } from "../cli-error";
import type { CommandSpec } from "../command-spec";
import { formatIssuesText } from "../format-issues";
import { loadContract } from "../load-contract";
import { dateOption, formatOption, integerOption, langOption, maxSizeOption, stringListOption, stringOption } from "../option-values";
import { outputBaseName } from "../output-name";
import { renderDocumentFiles, renderErrorIssues, type RenderedFile } from "../render-files";
import { prepareOutputs, writeOutputs } from "../write-outputs";
import { printRenderFailure } from "./render-failure";

const USAGE = "pacte amend BASE REVISE --number N [--date AAAA-MM-JJ] [--reason TEXTE]… [--out DOSSIER] [--force]";

/**
 * `pacte amend BASE REVISE --number N`: from a contract and its revised version, writes the
 * *avenant* (only what changes, article by article) and the consolidated contract, each as PDF
 * and DOCX: `<référence>-avenant-N.pdf`, `<référence>-consolide-avenant-N.pdf`… The avenant's
 * date is `--date`, or else the revised version's signature date when it differs from the
 * base's. Exit 1 when a version is invalid or the avenant cannot be made (another reference…).
 *
 * @example
 * await runCli(["amend", "contrat.yaml", "contrat-2025.yaml", "--number", "1", "--date", "2025-03-14"], io) //=> 0
 */
export const amendCommand: CommandSpec = {
  name: "amend",
  summary: "écrit l’avenant entre deux versions d’un contrat et le contrat consolidé",
  usage: USAGE,
  description:
    "BASE est le contrat signé, REVISE sa nouvelle version (même référence, même profil). Sont écrits l’avenant et le contrat consolidé, en PDF et en DOCX.",
  options: {
    number: { type: "string", short: "n", value: "N", help: "numéro de l’avenant (1 pour le premier) — obligatoire" },
    date: { type: "string", value: "AAAA-MM-JJ", help: "date de l’avenant (par défaut la date de signature de la version révisée)" },
    reason: { type: "string", multiple: true, value: "TEXTE", help: "motif de l’avenant (répétable)" },
    place: { type: "string", value: "LIEU", help: "lieu de signature (celui du contrat par défaut)" },
    out: { type: "string", short: "o", value: "DOSSIER", help: "dossier de sortie (dossier courant par défaut)" },
    format: { type: "string", value: "LISTE", help: "formats : pdf, docx (les deux par défaut)" },
    force: { type: "boolean", short: "f", help: "remplace les fichiers existants" },
    "no-pdfa": { type: "boolean", help: "PDF simple plutôt que PDF/A-2b" },
    lang: { type: "string", value: "fr|en", help: "langue des messages (fr par défaut)" },
    "max-size": { type: "string", value: "TAILLE", help: "taille maximale d’un fichier d’entrée (5M par défaut)" },
  },
  positionals: { min: 2, max: 2, name: "deux fichiers : le contrat de base et sa version révisée" },
  example:
    'pacte amend contrat.yaml contrat-2025.yaml --number 1 --date 2025-03-14 --reason "Redéploiement de crédits" --out avenants/',
  async run(ctx) {
    const lang = langOption(ctx.values, USAGE);
    const maxSize = maxSizeOption(ctx.values, USAGE);
    const formats = formatOption(ctx.values, USAGE);
    const force = ctx.values.force === true;
    const number = integerOption(ctx.values, "number", USAGE);
    if (number === undefined) throw new UsageError("--number est obligatoire (1 pour le premier avenant)", USAGE);
    const [baseFile = "", revisedFile = ""] = ctx.positionals;
    const base = await loadContract(ctx, baseFile, { lang, maxSize });
    const revised = await loadContract(ctx, revisedFile, { lang, maxSize });
    if (base.contract === undefined || revised.contract === undefined) {
      for (const [file, r] of [[baseFile, base], [revisedFile, revised]] as const) {
        if (r.issues.length > 0) ctx.stderr.write(`${formatIssuesText(file, r.issues, lang)}\n`);
      }
      return 1;
    }
    let date = dateOption(ctx.values, "date", USAGE);
    if (date === undefined) {
      if (revised.contract.signature.date === base.contract.signature.date) {
        throw new UsageError("précisez la date de l’avenant avec --date AAAA-MM-JJ (les deux versions ont la même date de signature)", USAGE);
      }
      date = revised.contract.signature.date;
    }
    const place = stringOption(ctx.values, "place");
    const terms = { number, date, reasons: stringListOption(ctx.values, "reason"), ...(place !== undefined ? { place } : {}) };
    const made = createAmendment(base.contract, revised.contract, terms, { lang });
    if (!made.success) {
      ctx.stderr.write(`${formatIssuesText(`avenant n° ${number}`, [...made.issues, ...made.warnings], lang)}\n`);
      return 1;
    }
    if (made.warnings.length > 0) ctx.stderr.write(`${formatIssuesText(`avenant n° ${number}`, made.warnings, lang)}\n`);
    const amendment = made.data;
    const ref = outputBaseName(amendment.base.reference);
    const names = { avenant: `${ref}-avenant-${number}`, consolide: `${ref}-consolide-avenant-${number}` };
    const dir = ctx.resolve(stringOption(ctx.values, "out") ?? ".");
    await prepareOutputs(ctx, dir, [names.avenant, names.consolide].flatMap((n) => formats.map((f) => `${n}.${f}`)), force);
    let files: RenderedFile[];
    try {
      const pdfa = ctx.values["no-pdfa"] !== true;
      files = [
        ...(await renderDocumentFiles(amendmentToDocument(amendment), names.avenant, { formats, pdfa, lang })),
        ...(await renderDocumentFiles(consolidatedContractToDocument(amendment.revised, [amendment], { lang }), names.consolide, { formats, pdfa, lang })),
      ];
    } catch (e) {
      const issues = renderErrorIssues(e);
      if (issues === undefined) throw e;
      printRenderFailure(ctx, revisedFile, issues);
      return 1;
    }
    const n = amendment.changes.length;
    ctx.stdout.write(`Avenant n° ${number} du ${date} : ${n} modification${n > 1 ? "s" : ""}.\n`);
    for (const line of await writeOutputs(ctx, dir, files, { force })) ctx.stdout.write(`${line}\n`);
    return 0;
  },
};
