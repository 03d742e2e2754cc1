import { contractInputJsonSchema } from "@pacte/contract";
import { writeFileAtomic } from "../atomic-write";
import type { CommandSpec } from "../command-spec";
import { stringOption } from "../option-values";
import { shownPath } from "../write-outputs";

const USAGE = "pacte schema [--out FICHIER] [--force]";

/**
 * `pacte schema`: the JSON Schema (draft 2020-12) of a contract's input, on the standard output
 * or into `--out`, for editors that complete and check YAML and JSON.
 *
 * @example
 * await runCli(["schema", "--out", "contrat.schema.json"], io) //=> 0
 */
export const schemaCommand: CommandSpec = {
  name: "schema",
  summary: "écrit le schéma JSON de l’entrée d’un contrat",
  usage: USAGE,
  description: "Dans VS Code (extension YAML), ajoutez en tête du fichier : # yaml-language-server: $schema=contrat.schema.json",
  options: {
    out: { type: "string", short: "o", value: "FICHIER", help: "fichier à écrire (sortie standard par défaut)" },
    force: { type: "boolean", short: "f", help: "remplace le fichier s’il existe" },
  },
  positionals: { min: 0, max: 0, name: "aucun argument" },
  example: "pacte schema --out contrat.schema.json",
  async run(ctx) {
    const text = `${JSON.stringify(contractInputJsonSchema(), null, 2)}\n`;
    const out = stringOption(ctx.values, "out");
    if (out === undefined) {
      ctx.stdout.write(text);
      return 0;
    }
    const target = ctx.resolve(out);
    await writeFileAtomic(ctx.fs, target, new TextEncoder().encode(text), { force: ctx.values.force === true, shown: shownPath(target, ctx.cwd) });
    ctx.stdout.write(`écrit ${shownPath(target, ctx.cwd)}\n`);
    return 0;
  },
};
