import { contractToDocument } from "@pacte/contract";
import type { CommandSpec } from "../command-spec";
import { formatIssuesText } from "../format-issues";
import { loadContract } from "../load-contract";
import { formatOption, langOption, maxSizeOption, stringOption } from "../option-values";
import { outputBaseName } from "../output-name";
import { renderDocumentFiles, renderErrorIssues } from "../render-files";
import { prepareOutputs, writeOutputs } from "../write-outputs";
import { printRenderFailure } from "./render-failure";

const USAGE = "pacte render FICHIER [--format pdf,docx] [--out DOSSIER] [--force] [--no-pdfa]";

/**
 * `pacte render FICHIER`: validates a contract, composes it and writes it as PDF (PDF/A-2b unless
 * `--no-pdfa`) and DOCX, named after its reference, into `--out` (the working folder by default).
 * Refuses to replace a file without `--force`; each file is written to a temporary file then
 * renamed, so an interrupted run leaves no half file. Exit 0, 1 (invalid contract), 2 (usage,
 * existing file, I/O).
 *
 * @example
 * await runCli(["render", "contrat.yaml", "--out", "sortie"], io) //=> 0
 */
export const renderCommand: CommandSpec = {
  name: "render",
  summary: "écrit un contrat en PDF et en DOCX",
  usage: USAGE,
  description: "Les fichiers portent le nom de la référence du contrat (par exemple CLS-23-2024-001.pdf).",
  options: {
    format: { type: "string", value: "LISTE", help: "formats, séparés par des virgules : pdf, docx (les deux par défaut)" },
    out: { type: "string", short: "o", value: "DOSSIER", help: "dossier de sortie (dossier courant par défaut ; créé au besoin)" },
    force: { type: "boolean", short: "f", help: "remplace les fichiers existants" },
    "no-pdfa": { type: "boolean", help: "PDF simple plutôt que PDF/A-2b" },
    lang: { type: "string", value: "fr|en", help: "langue des messages (fr par défaut)" },
    "max-size": { type: "string", value: "TAILLE", help: "taille maximale du fichier d’entrée (5M par défaut)" },
  },
  positionals: { min: 1, max: 1, name: "un fichier de contrat (YAML ou JSON)" },
  example: "pacte render contrat.yaml --out sortie/\n  écrit sortie/CLS-23-2024-001.pdf (31 pages, 245 Ko)\n  écrit sortie/CLS-23-2024-001.docx (38 Ko)",
  async run(ctx) {
    const lang = langOption(ctx.values, USAGE);
    const maxSize = maxSizeOption(ctx.values, USAGE);
    const formats = formatOption(ctx.values, USAGE);
    const force = ctx.values.force === true;
    const file = ctx.positionals[0] ?? "";
    const r = await loadContract(ctx, file, { lang, maxSize });
    if (r.contract === undefined) {
      ctx.stderr.write(`${formatIssuesText(file, r.issues, lang)}\n`);
      return 1;
    }
    if (r.issues.length > 0) ctx.stderr.write(`${formatIssuesText(file, r.issues, lang)}\n`);
    const dir = ctx.resolve(stringOption(ctx.values, "out") ?? ".");
    const base = outputBaseName(r.contract.reference);
    await prepareOutputs(ctx, dir, formats.map((f) => `${base}.${f}`), force);
    let files;
    try {
      files = await renderDocumentFiles(contractToDocument(r.contract, { lang }), base, { formats, pdfa: ctx.values["no-pdfa"] !== true, lang });
    } catch (e) {
      const issues = renderErrorIssues(e);
      if (issues === undefined) throw e;
      printRenderFailure(ctx, file, issues);
      return 1;
    }
    for (const line of await writeOutputs(ctx, dir, files, { force })) ctx.stdout.write(`${line}\n`);
    return 0;
  },
};
