import { countOf, sayer } from "../localized";
import { FORCE_OPTION, MAX_SIZE_OPTION, outOption } from "../options/shared-options";
import { COMMAND_SUMMARIES } from "./command-summaries";
import { defineCommand } from "./command-spec";

/**
 * `pacte migrate FICHIER`: rewrites a contract input written with amounts in cents (no `format`
 * key) into format 2 (`format: 2`, amounts in euros: `4000000` becomes `40 000 €`), keeping its
 * comments, key order and layout (`migrateContractText` of `@pacte/contract`). Replaces the file
 * itself, or writes `--out` (never an existing file without `--force`). Refuses, with exit 1, a
 * file already in format 2 and one whose amounts cannot be converted; names the lines whose
 * comments still speak of cents.
 *
 * @example
 * await runCli(["migrate", "contrat.yaml"], io) //=> 0, contrat.yaml now in euros
 */
export const migrateCommand = defineCommand({
  name: "migrate",
  summary: COMMAND_SUMMARIES.migrate,
  usage: { fr: "pacte migrate FICHIER [--out FICHIER] [--force]", en: "pacte migrate FILE [--out FILE] [--force]" },
  description: {
    fr: "Ajoute « format: 2 » et écrit chaque montant en euros (4000000 devient 40 000 €) ; les commentaires, l’ordre des clés et la mise en page restent. Sans --out, le fichier lui-même est remplacé. Un fichier déjà au format 2 n’est pas modifié.",
    en: "Adds “format: 2” and writes each amount in euros (4000000 becomes 40 000 €); comments, key order and layout stay. Without --out, the file itself is replaced. A file already in format 2 is left as it is.",
  },
  options: {
    out: outOption("file", { fr: "fichier à écrire (le fichier converti lui-même par défaut)", en: "file to write (the converted file itself by default)" }),
    force: FORCE_OPTION,
    "max-size": MAX_SIZE_OPTION,
  },
  positionals: { min: 1, max: 1, name: { fr: "un fichier de contrat (YAML ou JSON)", en: "a contract file (YAML or JSON)" } },
  example: "pacte migrate contrat.yaml\npacte migrate contrat.yaml --out contrat-euros.yaml",
  async run(ctx) {
    const say = sayer(ctx.lang);
    const [{ readInputFile }, { formatIssuesText }, { writeOneFile }, { contractTextFormatOf, migrateContractText }] = await Promise.all([
      import("../input/read-input"),
      import("../output/format-issues"),
      import("../output/write-outputs"),
      import("@pacte/contract"),
    ]);
    const file = ctx.positionals[0] ?? "";
    const maxSize = ctx.values["max-size"];
    const read = await readInputFile(ctx.fs, ctx.resolve(file), { shown: file, maxSize, lang: ctx.lang });
    const r = read.text === undefined ? undefined : migrateContractText(read.text, { format: contractTextFormatOf(file), lang: ctx.lang, maxBytes: maxSize });
    if (r !== undefined && !r.success && r.issues.length === 1 && r.issues[0]?.code === "input.format_current") {
      ctx.stderr.write(
        say(
          `pacte migrate : « ${file} » est déjà au format 2 (montants en euros) ; il n’est pas modifié.\n`,
          `pacte migrate: “${file}” is already in format 2 (amounts in euros); it is left as it is.\n`,
        ),
      );
      return 1;
    }
    if (r === undefined || !r.success) {
      ctx.stderr.write(`${formatIssuesText(file, r?.issues ?? read.issues, ctx.lang, ctx.style.stderr)}\n`);
      return 1;
    }
    const out = ctx.values.out;
    const target = ctx.resolve(out ?? file);
    // The file itself is replaced on purpose; another one only with --force.
    const shown = await writeOneFile(ctx, target, new TextEncoder().encode(r.data.text), { force: out === undefined || ctx.values.force });
    const amounts = countOf(r.data.amounts, { fr: ["montant", "montants"], en: ["amount", "amounts"] }, ctx.lang);
    const lines = r.data.centsCommentLines;
    ctx.stdout.write(say(`écrit ${shown} (format 2 : ${amounts} en euros)\n`, `wrote ${shown} (format 2: ${amounts} in euros)\n`));
    if (lines.length > 0) {
      const which = lines.join(", ");
      ctx.stdout.write(
        say(
          `Relisez les commentaires ${lines.length > 1 ? "des lignes" : "de la ligne"} ${which} : ils parlent encore de centimes.\n`,
          `Reread the comment${lines.length > 1 ? "s of lines" : " of line"} ${which}: ${lines.length > 1 ? "they still speak" : "it still speaks"} of cents.\n`,
        ),
      );
    }
    ctx.stdout.write(say(`Vérifiez : pacte validate ${shown}\n`, `Check it: pacte validate ${shown}\n`));
    return 0;
  },
});
