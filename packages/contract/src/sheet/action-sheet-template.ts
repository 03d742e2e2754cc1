import { getAxis, type Cents } from "@pacte/model";
import { initDates } from "../init/init-contract-input";
import { yearsBetween } from "../internal/period";
import { CONTRACT_LIMITS } from "../limits";
import type { Profile } from "../profile";
import { ACTION_SHEET_COLUMNS, ACTION_SHEET_NAME, NATURE_CHOICES, PART_CHOICES, REINFORCEMENT_CHOICES } from "./action-sheet-columns";
import type { Spreadsheet, SpreadsheetCell, SpreadsheetColumn, SpreadsheetSheet } from "./spreadsheet";

/**
 * The name of the instructions sheet of a template of actions.
 *
 * @example
 * ACTION_SHEET_INSTRUCTIONS_NAME //=> "Mode d’emploi"
 */
export const ACTION_SHEET_INSTRUCTIONS_NAME = "Mode d’emploi";

/** The width of each column of the template, in characters, by key. */
const WIDTHS: Readonly<Record<string, number>> = Object.freeze({
  axis: 6,
  part: 12,
  socle: 24,
  id: 12,
  title: 48,
  description: 40,
  carrier: 28,
  publics: 32,
  territory: 24,
  nature: 12,
  reinforcement: 18,
  otherName: 24,
  state: 15,
  collectivite: 15,
  others: 15,
});

const label = (key: string): string => ACTION_SHEET_COLUMNS.find((c) => c.key === key)?.labels[0] ?? key;
const text = (t: string, style?: "title" | "header" | "bold" | "note"): SpreadsheetCell => (style === undefined ? { kind: "text", text: t } : { kind: "text", text: t, style });
const EMPTY: SpreadsheetCell = { kind: "empty" };

/** The years of a template: the profile's period, or its first year when later years are set by avenant. */
function templateYears(profile: Profile): number[] {
  const years = yearsBetween(profile.period.start, profile.period.end);
  return profile.financing.laterYearsByAmendment ? years.slice(0, 1) : years;
}

/** The funding rule, as the instructions state it. */
function ruleText(rule: Profile["financing"]["rule"]): string | undefined {
  switch (rule) {
    case "parity":
      return "Règle du profil : chaque année, la part de l’État est égale à celle de la collectivité, action par action (cofinancement à parts égales).";
    case "at-least":
      return "Règle du profil : chaque année, la collectivité apporte au moins autant que l’État.";
    case "none":
      return undefined;
  }
}

/** « 1, 3 ou 4 ». */
const orList = (items: readonly string[]): string => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ou ${items[items.length - 1]}`);

function instructions(profile: Profile, years: readonly number[], keys: readonly string[]): SpreadsheetSheet {
  const axes = [...new Set([...profile.axes.allowed, ...profile.axes.optionalWithOption.map((o) => o.axis)])].sort((a, b) => a - b);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const lines: (string | undefined)[] = [
    `Profil ${profile.id} : ${profile.label}. ${years.length > 1 ? `Années ${first} à ${last}.` : `Année ${first}${profile.financing.laterYearsByAmendment ? " (les années suivantes sont fixées par avenant)" : ""}.`}`,
    `Une ligne par action, dans la feuille « ${ACTION_SHEET_NAME} ». Les lignes d’exemple sont à remplacer. Gardez les en-têtes tels quels ; une colonne facultative peut être retirée, une colonne inconnue est ignorée.`,
    `${label("id")} (obligatoire) : unique, fait de lettres, de chiffres, de « . », « _ » ou « - », par exemple A1.1.`,
    keys.includes("axis")
      ? `${label("axis")} (obligatoire) : ${orList(profile.axes.allowed.map(String))}${profile.axes.optionalWithOption.map((o) => ` ; ${o.axis} avec l’option ${o.option}`).join("")}. ${axes.map((a) => `${a} : ${getAxis(a)?.wording ?? ""}`).join(" ; ")}.`
      : undefined,
    keys.includes("part")
      ? `${label("part")} (obligatoire) : ${orList(PART_CHOICES.words.map((w) => `« ${w} »`))} ; ${label("socle")} (pour le socle) : ${orList((profile.parts?.socle ?? []).map((c) => c.id))}.`
      : undefined,
    `${label("title")} (obligatoire). ${label("description")}, ${label("carrier")}, ${label("territory")} : facultatifs. ${label("publics")} : plusieurs publics séparés par « ; ».`,
    `${label("nature")} (obligatoire) : ${orList(NATURE_CHOICES.words.map((w) => `« ${w} »`))}. ${label("reinforcement")} (pour une action renforcée) : ${orList(REINFORCEMENT_CHOICES.words.map((w) => `« ${w} »`))}.`,
    `Montants en euros, pour chaque année : ${label("state")}, ${label("collectivite")}, ${label("others")}. Tapez 50000, 50 000, 50 000,00 € ou 1 234,56 : au plus deux décimales. Une cellule vide vaut 0 ; une année sans aucun montant n’est pas financée.`,
    ruleText(profile.financing.rule),
    `${label("otherName")} : le nom du partenaire (CAF, ARS, commune…) dont les montants sont dans « ${label("others")} ». Pour un deuxième partenaire de la même action, ajoutez une ligne avec le même ${label("id")}, le nom de ce partenaire et ses montants, sans rien d’autre.`,
    "Ensuite : pacte import actions.xlsx --into contrat.yaml reporte les actions et leurs montants dans le contrat (ce qu’une cellule vide ou une colonne absente laisse de côté — indicateurs, objectifs, territoire… — y est gardé, action par action), puis pacte validate contrat.yaml.",
  ];
  return {
    name: ACTION_SHEET_INSTRUCTIONS_NAME,
    columns: [{ width: 120 }],
    rows: [[text(`Actions et financements — ${profile.names.title}`, "title")], [EMPTY], ...lines.filter((l) => l !== undefined).map((l) => [text(l)])],
  };
}

/**
 * The spreadsheet a person fills in with a contract's actions and their money (`pacte init
 * --sheet`): a sheet `Actions` with the profile's columns (`Axe`, or `Partie` and `Engagement du
 * socle` for a profile with parts; `Code action`, `Intitulé`, `Description`, `Porteur`,
 * `Publics`, `Territoire`, `Nature`, `Renforcement`, `Autre financeur`, then `État`,
 * `Collectivité` and `Autres financeurs` for each year of the period, amounts in euros), the
 * profile's example actions already filled in, the closed lists to pick from (axes, nature…),
 * and a sheet `Mode d’emploi` that says how to fill it. Dated from the profile (`initDates`),
 * never the clock. What `sheetToActions` reads back.
 *
 * @example
 * const t = actionSheetTemplate(CLS_DEPARTEMENT_2024);
 * t.sheets[0]?.rows[0]?.map((c) => (c.kind === "text" ? c.text : "")).slice(0, 3) //=> ["Axe", "Code action", "Intitulé"]
 */
export function actionSheetTemplate(profile: Profile): Spreadsheet {
  const years = templateYears(profile);
  const withParts = profile.parts !== undefined;
  const leading = withParts ? ["part", "socle"] : ["axis"];
  const keys = [...leading, "id", "title", "description", "carrier", "publics", "territory", "nature", "reinforcement", "otherName"];
  const yearly = ["state", "collectivite", "others"] as const;
  const columns: SpreadsheetColumn[] = [
    ...keys.map((k): SpreadsheetColumn => (k === "id" ? { width: WIDTHS[k] ?? 12, format: "text" } : { width: WIDTHS[k] ?? 12 })),
    ...years.flatMap(() => yearly.map((k): SpreadsheetColumn => ({ width: WIDTHS[k] ?? 15, format: "amount" }))),
  ];
  const header: SpreadsheetCell[] = [...keys.map((k) => text(label(k), "header")), ...years.flatMap((y) => yearly.map((k) => text(`${label(k)} ${y}`, "header")))];
  const perGroup = new Map<string, number>();
  const funding = profile.init.yearlyFunding;
  const examples = profile.init.actions.map((example): SpreadsheetCell[] => {
    const group = example.axis !== undefined ? `A${example.axis}` : example.part === "socle" ? "S" : "I";
    const n = (perGroup.get(group) ?? 0) + 1;
    perGroup.set(group, n);
    const values: Readonly<Record<string, SpreadsheetCell>> = {
      axis: example.axis !== undefined ? { kind: "number", value: example.axis } : EMPTY,
      part: example.part !== undefined ? text(example.part === "socle" ? "socle" : "initiative") : EMPTY,
      socle: example.socle !== undefined ? text(example.socle) : EMPTY,
      id: text(example.axis !== undefined ? `${group}.${n}` : `${group}${n}`),
      title: text(example.title),
      publics: text(example.publics),
      nature: text(NATURE_CHOICES.words[0] ?? "nouvelle"),
    };
    const amount = (cents: Cents): SpreadsheetCell => ({ kind: "amount", cents });
    return [...keys.map((k) => values[k] ?? EMPTY), ...years.flatMap(() => [amount(funding.state), amount(funding.collectivite), EMPTY])];
  });
  const lastRow = CONTRACT_LIMITS.actions + 1;
  const listOf = (key: string, words: readonly string[]) => ({ column: keys.indexOf(key) + 1, fromRow: 2, toRow: lastRow, words: [...words] });
  const axes = [...new Set([...profile.axes.allowed, ...profile.axes.optionalWithOption.map((o) => o.axis)])].sort((a, b) => a - b);
  const lists = [
    ...(withParts ? [listOf("part", PART_CHOICES.words), ...((profile.parts?.socle.length ?? 0) > 0 ? [listOf("socle", profile.parts?.socle.map((c) => c.id) ?? [])] : [])] : [listOf("axis", axes.map(String))]),
    listOf("nature", NATURE_CHOICES.words),
    listOf("reinforcement", REINFORCEMENT_CHOICES.words),
  ];
  return {
    title: `Actions et financements — ${profile.names.title}`,
    createdAt: initDates(profile).signature,
    sheets: [{ name: ACTION_SHEET_NAME, columns, rows: [header, ...examples], frozenRows: 1, lists }, instructions(profile, years, keys)],
  };
}
