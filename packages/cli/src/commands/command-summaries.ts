import type { Localized } from "../localized";

/**
 * The sub-commands of `pacte` by name, in the order the help lists them, with the line that sums
 * each one up: what `pacte --help` prints, and each command's `summary`. A module of its own,
 * with no other import, so that `pacte --help` loads it and not the commands.
 *
 * @example
 * Object.keys(COMMAND_SUMMARIES)[1] //=> "validate"
 * COMMAND_SUMMARIES.render.en //=> "writes a contract as PDF and DOCX"
 */
export const COMMAND_SUMMARIES = Object.freeze({
  init: {
    fr: "écrit un modèle de contrat en YAML, commenté et déjà valide (ou, avec --sheet, le tableur de ses actions)",
    en: "writes a contract template in YAML, commented and already valid (or, with --sheet, the spreadsheet of its actions)",
  },
  validate: { fr: "vérifie des contrats et liste chaque problème", en: "checks contracts and lists every problem" },
  render: { fr: "écrit un contrat en PDF et en DOCX", en: "writes a contract as PDF and DOCX" },
  batch: { fr: "rend de nombreux contrats en parallèle", en: "renders many contracts in parallel" },
  amend: { fr: "écrit l’avenant entre deux versions d’un contrat et le contrat consolidé", en: "writes the amendment between two versions of a contract, and the consolidated contract" },
  report: { fr: "vérifie un rapport d’exécution, calcule le solde et l’écrit en PDF et en DOCX", en: "checks an execution report, settles it and writes it as PDF and DOCX" },
  consolidate: { fr: "consolide les rapports d’exécution de plusieurs contrats : PDF, DOCX, CSV et XLSX", en: "consolidates the execution reports of many contracts: PDF, DOCX, CSV and XLSX" },
  calendar: { fr: "écrit les échéances d’un contrat au format iCalendar (.ics)", en: "writes a contract's deadlines as iCalendar (.ics)" },
  import: { fr: "lit les actions et leurs montants dans un tableur (XLSX ou CSV)", en: "reads actions and their amounts from a spreadsheet (XLSX or CSV)" },
  export: { fr: "écrit l’annexe financière et l’échéancier en tableur (XLSX ou CSV)", en: "writes the financial annex and the payment schedule as a spreadsheet (XLSX or CSV)" },
  schema: { fr: "écrit le schéma JSON de l’entrée d’un contrat", en: "writes the JSON Schema of a contract input" },
  migrate: { fr: "convertit un contrat au format 2 (montants en euros)", en: "converts a contract to format 2 (amounts in euros)" },
  collectivites: { fr: "cherche une collectivité ou une métropole dans les données de référence", en: "searches the reference data for a collectivity or a métropole" },
} as const satisfies Record<string, Localized>);

/**
 * The name of a sub-command of `pacte`.
 *
 * @example
 * const name: CommandName = "validate";
 */
export type CommandName = keyof typeof COMMAND_SUMMARIES;
