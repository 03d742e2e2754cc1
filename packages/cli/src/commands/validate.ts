import { CliIoError } from "../cli-error";
import type { CommandSpec } from "../command-spec";
import { formatIssuesText, toJsonIssues, type JsonIssue } from "../format-issues";
import { loadContract } from "../load-contract";
import { langOption, maxSizeOption } from "../option-values";

const USAGE = "pacte validate FICHIER… [--lang fr|en] [--json] [--max-size TAILLE]";

/**
 * `pacte validate FICHIER…`: checks each contract input and prints every issue (errors and
 * warnings) as `path  code  message`, or a JSON array with `--json`. Exit 0 when every file is
 * valid, 1 when one is not, 2 when a file cannot be read.
 *
 * @example
 * await runCli(["validate", "contrat.yaml"], io) //=> 0
 */
export const validateCommand: CommandSpec = {
  name: "validate",
  summary: "vérifie des contrats et liste chaque problème",
  usage: USAGE,
  description:
    "Chaque problème est affiché « chemin  code  message » ; les avertissements ne rendent pas le fichier invalide.\nCode de sortie : 0 si tout est valide, 1 si un fichier est invalide, 2 si un fichier est illisible.",
  options: {
    lang: { type: "string", value: "fr|en", help: "langue des messages (fr par défaut)" },
    json: { type: "boolean", help: "sortie JSON pour les outils : [{ file, path, code, severity, message, line, column }]" },
    "max-size": { type: "string", value: "TAILLE", help: "taille maximale d’un fichier (5M par défaut)" },
  },
  positionals: { min: 1, max: Infinity, name: "au moins un fichier" },
  example: "pacte validate contrat.yaml\npacte validate contrats/*.yaml --json > problemes.json",
  async run(ctx) {
    const lang = langOption(ctx.values, USAGE);
    const maxSize = maxSizeOption(ctx.values, USAGE);
    const json = ctx.values.json === true;
    const all: JsonIssue[] = [];
    let invalid = 0;
    let unreadable = 0;
    const blocks: string[] = [];
    for (const file of ctx.positionals) {
      try {
        const r = await loadContract(ctx, file, { lang, maxSize });
        if (r.contract === undefined) invalid++;
        if (json) all.push(...toJsonIssues(file, r.issues, lang));
        else blocks.push(formatIssuesText(file, r.issues, lang));
      } catch (e) {
        if (!(e instanceof CliIoError)) throw e;
        unreadable++;
        ctx.stderr.write(`pacte validate : ${e.message}\n`);
      }
    }
    if (json) {
      ctx.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    } else {
      if (blocks.length > 0) ctx.stdout.write(`${blocks.join("\n\n")}\n`);
      const n = ctx.positionals.length;
      if (n > 1) {
        const ok = n - invalid - unreadable;
        const parts = [`${ok} valide${ok > 1 ? "s" : ""}`, `${invalid} invalide${invalid > 1 ? "s" : ""}`];
        if (unreadable > 0) parts.push(`${unreadable} illisible${unreadable > 1 ? "s" : ""}`);
        ctx.stdout.write(lang === "fr" ? `\n${n} fichiers : ${parts.join(", ")}.\n` : `\n${n} files: ${ok} valid, ${invalid} invalid${unreadable > 0 ? `, ${unreadable} unreadable` : ""}.\n`);
      }
    }
    return unreadable > 0 ? 2 : invalid > 0 ? 1 : 0;
  },
};
