import { defineIssueCatalog, show, type Issue, type IssueCatalog, type IssuePath, type Lang, type MessageFn } from "@pacte/issues";
import { cellAddress, columnLetter, type SheetPosition } from "./sheet-table";

/**
 * The codes of the problems of a spreadsheet read into contract data (`pacte import`, or a team's
 * own sheet read with {@link readSheetRecords}): the file (`sheet.unreadable`, `sheet.encoding`,
 * `sheet.too_large`, `sheet.csv_syntax`), its header row (`sheet.empty`, `sheet.missing_column`,
 * `sheet.duplicate_column`, `sheet.unknown_column`), and its cells (`sheet.missing_value`,
 * `sheet.amount`, `sheet.choice`, `sheet.action_id`, `sheet.duplicate_action`, `sheet.other_funder_name`,
 * `sheet.other_funder_unused`, `sheet.no_rows`). `sheet.unknown_column` and
 * `sheet.other_funder_unused` are warnings; the others are errors.
 *
 * @example
 * SHEET_ISSUE_CODES.includes("sheet.amount") //=> true
 */
export const SHEET_ISSUE_CODES = Object.freeze([
  "sheet.unreadable",
  "sheet.encoding",
  "sheet.too_large",
  "sheet.csv_syntax",
  "sheet.empty",
  "sheet.missing_column",
  "sheet.duplicate_column",
  "sheet.unknown_column",
  "sheet.missing_value",
  "sheet.amount",
  "sheet.choice",
  "sheet.action_id",
  "sheet.duplicate_action",
  "sheet.other_funder_name",
  "sheet.other_funder_unused",
  "sheet.no_rows",
] as const);

/** One of {@link SHEET_ISSUE_CODES}. */
export type SheetIssueCode = (typeof SHEET_ISSUE_CODES)[number];

type Params = Record<string, unknown>;

const s = show;
/** What was written, as a message quotes it: at most 60 characters. */
const written = (v: unknown): string => {
  const text = s(v);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};
const quotedFr = (v: unknown): string => (Array.isArray(v) ? v : [v]).map((x) => `« ${s(x)} »`).reduce((acc, x, i, all) => (i === 0 ? x : i === all.length - 1 ? `${acc} ou ${x}` : `${acc}, ${x}`), "");
const quotedEn = (v: unknown): string => (Array.isArray(v) ? v : [v]).map((x) => `"${s(x)}"`).reduce((acc, x, i, all) => (i === 0 ? x : i === all.length - 1 ? `${acc} or ${x}` : `${acc}, ${x}`), "");
const octets = (n: unknown): string => (typeof n === "number" ? `${Math.ceil(n / (1024 * 1024))}` : s(n));

const fr: Record<SheetIssueCode, MessageFn> = {
  "sheet.unreadable": (p) =>
    p.format === "csv"
      ? `Le fichier CSV n’a pas pu être lu (${s(p.detail)}) ; enregistrez-le de nouveau depuis le tableur, au format CSV.`
      : `Le classeur n’a pas pu être lu comme un fichier XLSX (${s(p.detail)}) ; enregistrez-le depuis le tableur au format « Classeur Excel (.xlsx) ».`,
  "sheet.encoding": () =>
    "Le fichier CSV n’est pas en UTF-8 ; dans le tableur, enregistrez-le au format « CSV UTF-8 (délimité par des virgules) », ou enregistrez le classeur en .xlsx.",
  "sheet.too_large": (p) => `Le classeur décompressé dépasse ${octets(p.max)} Mo (${octets(p.size)} Mo annoncés) ; un tableau d’actions en est loin : vérifiez le fichier.`,
  "sheet.csv_syntax": (p) => `Ligne ${s(p.line)} illisible : ${s(p.detail)} ; vérifiez les guillemets de cette ligne (un texte qui contient « ; » s’écrit entre guillemets).`,
  "sheet.empty": (p) =>
    `Aucune ligne d’en-têtes trouvée${p.sheet !== undefined ? ` dans la feuille « ${s(p.sheet)} »` : ""} : la première ligne non vide doit nommer les colonnes (${s(p.expected)}…).`,
  "sheet.missing_column": (p) => `Colonne « ${s(p.label)} » absente de la ligne d’en-têtes ; ajoutez-la (elle est obligatoire).`,
  "sheet.duplicate_column": (p) => `Colonne « ${s(p.label)} » en double : elle est déjà en ${s(p.first)} ; gardez-en une seule.`,
  "sheet.unknown_column": (p) =>
    `Colonne « ${written(p.label)} » inconnue, ignorée${p.suggestion !== undefined ? ` ; vouliez-vous dire « ${s(p.suggestion)} » ?` : "."}`,
  "sheet.missing_value": (p) => `« ${s(p.label)} » est vide ; cette cellule est obligatoire sur chaque ligne d’action.`,
  "sheet.amount": (p) => {
    const at = `« ${s(p.label)} » : « ${written(p.received)} »`;
    switch (p.reason) {
      case "money.ambiguous":
        return `${at} peut se lire en milliers ou en décimales ; écrivez les milliers avec une espace (1 234) et les centimes après une virgule (1,23).`;
      case "money.negative":
        return `${at} est négatif ; un financement est un montant positif ou nul.`;
      case "money.too_many_decimals":
        return `${at} a plus de deux décimales ; arrondissez au centime (deux chiffres après la virgule).`;
      case "money.unsafe":
        return `${at} est trop grand pour être compté au centime près ; vérifiez le montant.`;
      default:
        return `${at} n’est pas un montant ; écrivez un montant en euros, par exemple 50 000, 50 000,00 € ou 1 234,56.`;
    }
  },
  "sheet.choice": (p) => `« ${s(p.label)} » : « ${written(p.received)} » n’est pas une valeur admise ; écrivez ${quotedFr(p.allowed)}.`,
  "sheet.action_id": (p) =>
    `« ${s(p.label)} » : « ${written(p.received)} » n’est pas un code d’action ; écrivez des lettres, des chiffres, « . », « _ » ou « - », sans espace ni accent, par exemple A1.2.`,
  "sheet.duplicate_action": (p) =>
    `Le code action « ${s(p.id)} » est déjà celui de la ligne ${s(p.firstRow)} ; une ligne de plus pour la même action ne peut porter qu’un autre financeur (« Autre financeur » et ses montants « Autres financeurs ») : videz ici ${s(p.label)}, ou donnez un autre code.`,
  "sheet.other_funder_name": (p) => `« ${s(p.label)} » porte un montant, mais « Autre financeur » est vide sur cette ligne ; écrivez le nom du financeur (CAF, ARS, commune…).`,
  "sheet.other_funder_unused": (p) => `« ${written(p.name)} » est nommé comme autre financeur, sans aucun montant « Autres financeurs » sur cette ligne ; il est ignoré.`,
  "sheet.no_rows": () => "Aucune action sous la ligne d’en-têtes : écrivez une action par ligne.",
};

const en: Record<SheetIssueCode, MessageFn> = {
  "sheet.unreadable": (p) =>
    p.format === "csv"
      ? `The CSV file could not be read (${s(p.detail)}); save it again from the spreadsheet as CSV.`
      : `The workbook could not be read as an XLSX file (${s(p.detail)}); save it from the spreadsheet as "Excel Workbook (.xlsx)".`,
  "sheet.encoding": () => `The CSV file is not UTF-8; in the spreadsheet, save it as "CSV UTF-8 (comma delimited)", or save the workbook as .xlsx.`,
  "sheet.too_large": (p) => `The unpacked workbook exceeds ${octets(p.max)} MB (${octets(p.size)} MB announced); a table of actions is far from that: check the file.`,
  "sheet.csv_syntax": (p) => `Line ${s(p.line)} cannot be read: ${s(p.detail)}; check the quotes of that line (a text holding ";" is written within quotes).`,
  "sheet.empty": (p) =>
    `No header row found${p.sheet !== undefined ? ` in the sheet "${s(p.sheet)}"` : ""}: the first row that is not empty must name the columns (${s(p.expected)}…).`,
  "sheet.missing_column": (p) => `Column "${s(p.label)}" is missing from the header row; add it (it is required).`,
  "sheet.duplicate_column": (p) => `Column "${s(p.label)}" appears twice: it is already at ${s(p.first)}; keep only one.`,
  "sheet.unknown_column": (p) => `Unknown column "${written(p.label)}", ignored${p.suggestion !== undefined ? `; did you mean "${s(p.suggestion)}"?` : "."}`,
  "sheet.missing_value": (p) => `"${s(p.label)}" is empty; this cell is required on every row of an action.`,
  "sheet.amount": (p) => {
    const at = `"${s(p.label)}": "${written(p.received)}"`;
    switch (p.reason) {
      case "money.ambiguous":
        return `${at} reads as thousands or as decimals; write thousands with a space (1 234) and cents after a comma (1,23).`;
      case "money.negative":
        return `${at} is negative; a funding is an amount of zero or more.`;
      case "money.too_many_decimals":
        return `${at} has more than two decimals; round it to the cent (two digits after the decimal mark).`;
      case "money.unsafe":
        return `${at} is too large to be counted to the cent; check the amount.`;
      default:
        return `${at} is not an amount; write an amount in euros, for example 50 000, 50 000,00 € or 1 234,56.`;
    }
  },
  "sheet.choice": (p) => `"${s(p.label)}": "${written(p.received)}" is not an allowed value; write ${quotedEn(p.allowed)}.`,
  "sheet.action_id": (p) =>
    `"${s(p.label)}": "${written(p.received)}" is not an action code; write letters, digits, ".", "_" or "-", without spaces or accents, for example A1.2.`,
  "sheet.duplicate_action": (p) =>
    `The action code "${s(p.id)}" is already the one of row ${s(p.firstRow)}; another row for the same action may only carry another funder ("Autre financeur" and its "Autres financeurs" amounts): empty ${s(p.label)} here, or give another code.`,
  "sheet.other_funder_name": (p) => `"${s(p.label)}" holds an amount, but "Autre financeur" is empty on this row; write the funder's name (CAF, ARS, a commune…).`,
  "sheet.other_funder_unused": (p) => `"${written(p.name)}" is named as another funder without any "Autres financeurs" amount on this row; it is ignored.`,
  "sheet.no_rows": () => "No action below the header row: write one action per row.",
};

/**
 * The catalog of the problems of a spreadsheet (see {@link SHEET_ISSUE_CODES}), in French and
 * English.
 *
 * @example
 * SHEET_ISSUES.message("sheet.amount", { label: "État 2025", received: "12 O00", reason: "money.format" })
 * //=> "« État 2025 » : « 12 O00 » n’est pas un montant ; écrivez un montant en euros, par exemple 50 000, 50 000,00 € ou 1 234,56."
 */
export const SHEET_ISSUES: IssueCatalog<Record<SheetIssueCode, MessageFn>> = defineIssueCatalog({
  fr,
  en,
  warnings: ["sheet.unknown_column", "sheet.other_funder_unused"],
});

/**
 * An issue of a spreadsheet at a cell: its `location` is the cell's row (`line`) and column, and
 * its params name the cell as the spreadsheet does (`cell: "C7"`, `sheet: "Actions"`), so that a
 * message can point at `actions.xlsx:Actions!C7`. `path` is where the value goes in the contract
 * input (`actions[2].funding[2025].state`), `[]` for the header row.
 *
 * @example
 * sheetIssue("sheet.missing_value", { sheet: "Actions", row: 7, column: 2 }, { label: "Code action" }).params.cell //=> "B7"
 */
export function sheetIssue(
  code: SheetIssueCode,
  at: SheetPosition | undefined,
  params: Params = {},
  options: { readonly lang?: Lang | undefined; readonly path?: IssuePath | undefined } = {},
): Issue {
  const where = at === undefined ? {} : { ...(at.sheet !== undefined ? { sheet: at.sheet } : {}), cell: `${columnLetter(at.column)}${at.row}` };
  const issue = SHEET_ISSUES.issue(code, options.path ?? [], { ...params, ...where }, { lang: options.lang ?? "fr" });
  return at === undefined ? issue : { ...issue, location: { line: at.row, column: at.column } };
}

/**
 * Where a sheet issue is, as a spreadsheet names it (`Actions!C7`, `C7` for a CSV), or
 * `undefined` for an issue that is not at a cell (any issue whose params do not name one).
 *
 * @example
 * sheetIssueAddress(sheetIssue("sheet.no_rows", { sheet: "Actions", row: 1, column: 1 })) //=> "Actions!A1"
 */
export function sheetIssueAddress(issue: Pick<Issue, "params" | "location">): string | undefined {
  if (issue.location === undefined || typeof issue.params.cell !== "string") return undefined;
  const sheet = typeof issue.params.sheet === "string" ? issue.params.sheet : undefined;
  return cellAddress({ sheet, row: issue.location.line, column: issue.location.column });
}
