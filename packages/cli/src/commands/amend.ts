import { UsageError } from "../cli-error";
import { sayer } from "../localized";
import { integerOption, isoDateOption, textListOption, textOption } from "../options/option-kinds";
import { FORCE_OPTION, FORMAT_OPTION, MAX_SIZE_OPTION, NO_PDFA_OPTION, outOption, LOW_MEMORY_OPTION } from "../options/shared-options";
import type { RenderedFile } from "../output/render-files";
import { COMMAND_SUMMARIES } from "./command-summaries";
import { defineCommand } from "./command-spec";
import { printRenderFailure } from "./render-failure";

/**
 * `pacte amend BASE REVISE --number N`: from a contract and its revised version, writes the
 * *avenant* (only what changes, article by article) and the consolidated contract, each as PDF
 * and DOCX: `<référence>-avenant-N.pdf`, `<référence>-consolide-avenant-N.pdf`… The avenant's
 * date is `--date`, or else the revised version's signature date when it differs from the
 * base's; the summary prints it in words (« 14 mars 2025 »). Exit 1 when a version is invalid or
 * the avenant cannot be made (another reference…).
 *
 * @example
 * await runCli(["amend", "contrat.yaml", "contrat-2025.yaml", "--number", "1", "--date", "2025-03-14"], io) //=> 0
 */
export const amendCommand = defineCommand({
  name: "amend",
  summary: COMMAND_SUMMARIES.amend,
  usage: {
    fr: "pacte amend BASE REVISE --number N [--date AAAA-MM-JJ] [--reason TEXTE]… [--out DOSSIER] [--force]",
    en: "pacte amend BASE REVISED --number N [--date YYYY-MM-DD] [--reason TEXT]… [--out FOLDER] [--force]",
  },
  description: {
    fr: "BASE est le contrat signé, REVISE sa nouvelle version (même référence, même profil). Sont écrits l’avenant et le contrat consolidé, en PDF et en DOCX.",
    en: "BASE is the signed contract, REVISED its new version (same reference, same profile). The amendment and the consolidated contract are written, as PDF and DOCX.",
  },
  options: {
    number: integerOption({ fr: "N", en: "N" }, { fr: "numéro de l’avenant (1 pour le premier) — obligatoire", en: "number of the amendment (1 for the first) — required" }, { short: "n" }),
    date: isoDateOption({ fr: "date de l’avenant (par défaut la date de signature de la version révisée)", en: "date of the amendment (by default the revised version's signature date)" }),
    reason: textListOption({ fr: "TEXTE", en: "TEXT" }, { fr: "motif de l’avenant (répétable)", en: "reason for the amendment (repeatable)" }),
    place: textOption({ fr: "LIEU", en: "PLACE" }, { fr: "lieu de signature (celui du contrat par défaut)", en: "place of signature (the contract's by default)" }),
    out: outOption("folder", { fr: "dossier de sortie (dossier courant par défaut)", en: "output folder (the working folder by default)" }),
    format: FORMAT_OPTION,
    force: FORCE_OPTION,
    "no-pdfa": NO_PDFA_OPTION,
    "low-memory": LOW_MEMORY_OPTION,
    "max-size": MAX_SIZE_OPTION,
  },
  positionals: { min: 2, max: 2, name: { fr: "deux fichiers : le contrat de base et sa version révisée", en: "two files: the base contract and its revised version" } },
  example: 'pacte amend contrat.yaml contrat-2025.yaml --number 1 --date 2025-03-14 --reason "Redéploiement de crédits" --out avenants/',
  async run(ctx) {
    const say = sayer(ctx.lang);
    const number = ctx.values.number;
    if (number === undefined) throw new UsageError({ fr: "--number est obligatoire (1 pour le premier avenant)", en: "--number is required (1 for the first amendment)" });
    const [{ loadContract }, { formatIssuesText }, { outputBaseName }, { openOutputFolder }, { writtenDate }] = await Promise.all([
      import("../input/load-contract"),
      import("../output/format-issues"),
      import("../output/output-name"),
      import("../output/write-outputs"),
      import("../output/written-date"),
    ]);
    const [baseFile = "", revisedFile = ""] = ctx.positionals;
    const options = { lang: ctx.lang, maxSize: ctx.values["max-size"] };
    const base = await loadContract(ctx, baseFile, options);
    const revised = await loadContract(ctx, revisedFile, options);
    for (const [file, r] of [[baseFile, base], [revisedFile, revised]] as const) {
      if (r.issues.length > 0) ctx.stderr.write(`${formatIssuesText(file, r.issues, ctx.lang, ctx.style.stderr)}\n`);
    }
    if (base.contract === undefined || revised.contract === undefined) return 1;
    let date = ctx.values.date;
    if (date === undefined) {
      if (revised.contract.signature.date === base.contract.signature.date) {
        throw new UsageError({
          fr: "précisez la date de l’avenant avec --date AAAA-MM-JJ (les deux versions ont la même date de signature)",
          en: "give the amendment's date with --date YYYY-MM-DD (both versions have the same signature date)",
        });
      }
      date = revised.contract.signature.date;
    }
    const { createAmendment } = await import("@pacte/contract");
    const place = ctx.values.place;
    const terms = { number, date, reasons: [...ctx.values.reason], ...(place !== undefined ? { place } : {}) };
    const made = createAmendment(base.contract, revised.contract, terms, { lang: ctx.lang });
    const label = say(`avenant n° ${number}`, `amendment no. ${number}`);
    if (!made.success) {
      ctx.stderr.write(`${formatIssuesText(label, [...made.issues, ...made.warnings], ctx.lang, ctx.style.stderr)}\n`);
      return 1;
    }
    if (made.warnings.length > 0) ctx.stderr.write(`${formatIssuesText(label, made.warnings, ctx.lang, ctx.style.stderr)}\n`);
    const amendment = made.data;
    const ref = outputBaseName(amendment.base.reference);
    const names = { avenant: `${ref}-avenant-${number}`, consolide: `${ref}-consolide-avenant-${number}` };
    const formats = ctx.values.format;
    const folder = await openOutputFolder(ctx, ctx.resolve(ctx.values.out ?? "."), {
      names: [names.avenant, names.consolide].flatMap((n) => formats.map((f) => `${n}.${f}`)),
      force: ctx.values.force,
    });
    const renderOptions = { formats, pdfa: !ctx.values["no-pdfa"], lang: ctx.lang };
    const files: RenderedFile[] = [];
    for (const [source, name] of [
      [{ kind: "amendment", amendment }, names.avenant],
      [{ kind: "consolidated", amendment, lang: ctx.lang }, names.consolide],
    ] as const) {
      const rendered = await ctx.renderer(source, name, renderOptions);
      if (!rendered.ok) {
        await printRenderFailure(ctx, revisedFile, rendered.issues);
        return 1;
      }
      files.push(...rendered.files);
    }
    const n = amendment.changes.length;
    ctx.stdout.write(
      say(
        `Avenant n° ${number} du ${writtenDate(date, "fr")} : ${n} modification${n > 1 ? "s" : ""}.\n`,
        `Amendment no. ${number} of ${writtenDate(date, "en")}: ${n} change${n === 1 ? "" : "s"}.\n`,
      ),
    );
    for (const line of await folder.write(files, { lang: ctx.lang })) ctx.stdout.write(`${line}\n`);
    return 0;
  },
});
