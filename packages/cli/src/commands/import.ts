import { FORCE_OPTION, MAX_SIZE_OPTION, outOption } from "../options/shared-options";
import { textOption } from "../options/option-kinds";
import { COMMAND_SUMMARIES } from "./command-summaries";
import { defineCommand } from "./command-spec";

/**
 * `pacte import TABLEUR`: reads a sheet of actions (XLSX or CSV, as `pacte init --sheet` lays it
 * out) into a contract's actions and yearly funding. With `--into contrat.yaml`, they replace the
 * contract's actions (what its empty cells leave out kept, by code) and the contract is written back
 * (or to `--out`); without it, the actions are written alone, to `--out` or the standard output.
 * Every problem of the sheet is printed at its cell (`actions.xlsx:Actions!K7`) and nothing is
 * written: exit 1.
 *
 * @example
 * await runCli(["import", "actions.xlsx", "--into", "contrat.yaml"], io) //=> 0
 */
export const importCommand = defineCommand({
  name: "import",
  summary: COMMAND_SUMMARIES.import,
  usage: {
    fr: "pacte import TABLEUR.xlsx|TABLEUR.csv [--into CONTRAT.yaml] [--out FICHIER] [--force]",
    en: "pacte import SHEET.xlsx|SHEET.csv [--into CONTRACT.yaml] [--out FILE] [--force]",
  },
  description: {
    fr: "Le tableur a une ligne par action et, par année, les colonnes « État », « Collectivité » et « Autres financeurs » en euros (modèle : pacte init --sheet). Avec --into, ses actions remplacent celles du contrat (ce que ses cellules vides laissent — indicateurs, objectifs, territoire… — est gardé) ; sinon elles sont écrites seules. CSV : séparé par « ; » (ou « , »), en UTF-8. Chaque problème est affiché à sa cellule (actions.xlsx:Actions!K7) et rien n’est écrit.",
    en: "The sheet has one row per action and, per year, the columns “État”, “Collectivité” and “Autres financeurs” in euros (template: pacte init --sheet). With --into, its actions replace the contract's (what its empty cells leave out — indicators, objectives, territory… — is kept); otherwise they are written alone. CSV: separated by “;” (or “,”), in UTF-8. Each problem is printed at its cell (actions.xlsx:Actions!K7) and nothing is written.",
  },
  options: {
    into: textOption({ fr: "CONTRAT", en: "CONTRACT" }, { fr: "contrat (YAML ou JSON) dont les actions sont remplacées ; réécrit sur place sans --out", en: "contract (YAML or JSON) whose actions are replaced; written back in place without --out" }, "i"),
    out: outOption("file", { fr: "fichier à écrire (sans --into : sortie standard par défaut)", en: "file to write (without --into: the standard output by default)" }),
    force: FORCE_OPTION,
    "max-size": MAX_SIZE_OPTION,
  },
  positionals: { min: 1, max: 1, name: { fr: "un tableur (.xlsx ou .csv)", en: "a spreadsheet (.xlsx or .csv)" } },
  example: "pacte import actions.xlsx --into contrat.yaml\npacte import actions.csv --out actions.yaml",
  async run(ctx) {
    const { importSheet } = await import("../sheet/import-sheet");
    return importSheet(ctx, {
      sheet: ctx.positionals[0] ?? "",
      into: ctx.values.into,
      out: ctx.values.out,
      force: ctx.values.force,
      maxSize: ctx.values["max-size"],
    });
  },
});
