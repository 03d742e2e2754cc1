import { sayer } from "../localized";
import { FORCE_OPTION, outOption } from "../options/shared-options";
import { COMMAND_SUMMARIES } from "./command-summaries";
import { defineCommand } from "./command-spec";

/**
 * `pacte schema`: the JSON Schema (draft 2020-12) of a contract's input, on the standard output
 * or into `--out`, for editors that complete and check YAML and JSON.
 *
 * @example
 * await runCli(["schema", "--out", "contrat.schema.json"], io) //=> 0
 */
export const schemaCommand = defineCommand({
  name: "schema",
  summary: COMMAND_SUMMARIES.schema,
  usage: { fr: "pacte schema [--out FICHIER] [--force]", en: "pacte schema [--out FILE] [--force]" },
  description: {
    fr: "Dans VS Code (extension YAML), ajoutez en tête du fichier : # yaml-language-server: $schema=contrat.schema.json",
    en: "In VS Code (YAML extension), add at the top of the file: # yaml-language-server: $schema=contrat.schema.json",
  },
  options: {
    out: outOption("file", { fr: "fichier à écrire (sortie standard par défaut)", en: "file to write (standard output by default)" }),
    force: FORCE_OPTION,
  },
  positionals: { min: 0, max: 0, name: { fr: "aucun argument", en: "no argument" } },
  example: "pacte schema --out contrat.schema.json",
  async run(ctx) {
    const [{ contractInputJsonSchema }, { writeOneFile }] = await Promise.all([import("@pacte/contract"), import("../output/write-outputs")]);
    const text = `${JSON.stringify(contractInputJsonSchema(), null, 2)}\n`;
    const out = ctx.values.out;
    if (out === undefined) {
      ctx.stdout.write(text);
      return 0;
    }
    const shown = await writeOneFile(ctx, ctx.resolve(out), new TextEncoder().encode(text), { force: ctx.values.force });
    ctx.stdout.write(`${sayer(ctx.lang)("écrit", "wrote")} ${shown}\n`);
    return 0;
  },
});
