import { CliIoError } from "../cli-error";
import { countOf, sayer } from "../localized";
import { flagOption } from "../options/option-kinds";
import { MAX_SIZE_OPTION } from "../options/shared-options";
import { COMMAND_SUMMARIES } from "./command-summaries";
import { defineCommand } from "./command-spec";

/**
 * `pacte validate FICHIER…`: checks each contract input and prints every issue (errors and
 * warnings), each line starting with `file:line:col`, or with `--json` an array of
 * `{ file, valid, issues }` whose issues are the libraries' own `Issue`s (a file that cannot be
 * opened is there too, with `input.unreadable`). Exit 0 when every file is valid, 1 when one is
 * not, 2 when a file cannot be read.
 *
 * @example
 * await runCli(["validate", "contrat.yaml"], io) //=> 0
 */
export const validateCommand = defineCommand({
  name: "validate",
  summary: COMMAND_SUMMARIES.validate,
  usage: { fr: "pacte validate FICHIER… [--json] [--max-size TAILLE] [--lang fr|en]", en: "pacte validate FILE… [--json] [--max-size SIZE] [--lang fr|en]" },
  description: {
    fr: "Chaque problème est affiché « fichier:ligne:colonne: gravité code (chemin) : message » ; les avertissements ne rendent pas le fichier invalide.\nCode de sortie : 0 si tout est valide, 1 si un fichier est invalide, 2 si un fichier est illisible.",
    en: "Each problem is printed “file:line:column: severity code (path): message”; warnings do not make a file invalid.\nExit code: 0 when all are valid, 1 when a file is invalid, 2 when a file cannot be read.",
  },
  options: {
    json: flagOption({ fr: "sortie JSON pour les outils : [{ file, valid, issues }]", en: "JSON output for tools: [{ file, valid, issues }]" }),
    "max-size": MAX_SIZE_OPTION,
  },
  positionals: { min: 1, max: Infinity, name: { fr: "au moins un fichier", en: "at least one file" } },
  example: "pacte validate contrat.yaml\npacte validate contrats/*.yaml --json > problemes.json",
  async run(ctx) {
    const [{ loadContract }, { formatIssuesText, jsonFileReport }, { cliIssue }] = await Promise.all([
      import("../input/load-contract"),
      import("../output/format-issues"),
      import("../input/cli-issue"),
    ]);
    const say = sayer(ctx.lang);
    const reports: ReturnType<typeof jsonFileReport>[] = [];
    let invalid = 0;
    let unreadable = 0;
    const blocks: string[] = [];
    for (const file of ctx.positionals) {
      try {
        const r = await loadContract(ctx, file, { lang: ctx.lang, maxSize: ctx.values["max-size"] });
        if (r.contract === undefined) invalid++;
        if (ctx.values.json) reports.push(jsonFileReport(file, r.issues));
        else blocks.push(formatIssuesText(file, r.issues, ctx.lang, ctx.style.stdout));
      } catch (e) {
        if (!(e instanceof CliIoError)) throw e;
        unreadable++;
        if (ctx.values.json) reports.push(jsonFileReport(file, [cliIssue("input.unreadable", [], { errno: e.code }, ctx.lang)]));
        ctx.stderr.write(`pacte validate${say(" :", ":")} ${e.text(ctx.lang)}\n`);
      }
    }
    if (ctx.values.json) {
      ctx.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
    } else {
      if (blocks.length > 0) ctx.stdout.write(`${blocks.join("\n\n")}\n`);
      const n = ctx.positionals.length;
      if (n > 1) {
        const ok = n - invalid - unreadable;
        const parts = [
          countOf(ok, { fr: ["valide", "valides"], en: ["valid", "valid"] }, ctx.lang),
          countOf(invalid, { fr: ["invalide", "invalides"], en: ["invalid", "invalid"] }, ctx.lang),
          ...(unreadable > 0 ? [countOf(unreadable, { fr: ["illisible", "illisibles"], en: ["unreadable", "unreadable"] }, ctx.lang)] : []),
        ];
        ctx.stdout.write(`\n${countOf(n, { fr: ["fichier", "fichiers"], en: ["file", "files"] }, ctx.lang)}${say(" :", ":")} ${parts.join(", ")}.\n`);
      }
    }
    return unreadable > 0 ? 2 : invalid > 0 ? 1 : 0;
  },
});
