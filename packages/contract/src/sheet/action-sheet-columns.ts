import { deepFreeze } from "@pacte/issues";
import type { ReinforcementKind } from "../input";
import type { SheetColumnSpec } from "./sheet-records";

/**
 * The name of the sheet of actions in a workbook (`pacte init --sheet` writes it; `pacte import`
 * reads the sheet of that name, or else the first one).
 *
 * @example
 * ACTION_SHEET_NAME //=> "Actions"
 */
export const ACTION_SHEET_NAME = "Actions";

/**
 * The columns of a sheet of actions, in the order a template lays them out, with the headers
 * accepted for each (the first is the template's): one row per action, then one `État`,
 * `Collectivité` and `Autres financeurs` column per year, amounts in euros. Only `Code action`,
 * `Intitulé`, `Nature` and the `État` and `Collectivité` of each year are required.
 *
 * | key | header | goes to |
 * |---|---|---|
 * | `axis` | Axe | `axis` (1 to 4, or « Axe 3 – … ») |
 * | `part` | Partie | `part` (socle, initiative: CALPAE) |
 * | `socle` | Engagement du socle | `socle` |
 * | `id` | Code action | `id` |
 * | `title` | Intitulé | `title` |
 * | `description` | Description | `description` |
 * | `carrier` | Porteur | `carrier` |
 * | `publics` | Publics | `publics` (separated by « ; » or line breaks) |
 * | `partners` | Partenaires | `partners` (idem) |
 * | `territory` | Territoire | `territory` |
 * | `nature` | Nature | `nature` (nouvelle, renforcée) |
 * | `reinforcement` | Renforcement | `reinforcement.kind` (file active, nouveaux publics, nouvelles zones) |
 * | `reinforcementDetail` | Détail du renforcement | `reinforcement.detail` |
 * | `referentiel` | Référentiel | `referentiel` |
 * | `personalData` | Données personnelles | `personalData` (oui, non) |
 * | `otherName` | Autre financeur | the name of `funding[year].others` |
 * | `state` | État AAAA | `funding[AAAA].state` |
 * | `collectivite` | Collectivité AAAA | `funding[AAAA].collectivite` |
 * | `others` | Autres financeurs AAAA | `funding[AAAA].others[].amount` |
 *
 * @example
 * ACTION_SHEET_COLUMNS.find((c) => c.key === "id")?.labels[0] //=> "Code action"
 */
export const ACTION_SHEET_COLUMNS: readonly SheetColumnSpec[] = deepFreeze([
  { key: "axis", labels: ["Axe", "Axe du Pacte"] },
  { key: "part", labels: ["Partie", "Volet"] },
  { key: "socle", labels: ["Engagement du socle"] },
  { key: "id", labels: ["Code action", "Code", "Identifiant", "N° action"], required: true },
  { key: "title", labels: ["Intitulé", "Intitulé de l’action", "Titre"], required: true },
  { key: "description", labels: ["Description"] },
  { key: "carrier", labels: ["Porteur", "Porteur de l’action"] },
  { key: "publics", labels: ["Publics", "Public", "Publics cibles"] },
  { key: "partners", labels: ["Partenaires"] },
  { key: "territory", labels: ["Territoire"] },
  { key: "nature", labels: ["Nature"], required: true },
  { key: "reinforcement", labels: ["Renforcement", "Type de renforcement"] },
  { key: "reinforcementDetail", labels: ["Détail du renforcement"] },
  { key: "referentiel", labels: ["Référentiel"] },
  { key: "personalData", labels: ["Données personnelles"] },
  { key: "otherName", labels: ["Autre financeur", "Autres financeurs (nom)"] },
  { key: "state", labels: ["État", "Part de l’État"], perYear: true, required: true },
  { key: "collectivite", labels: ["Collectivité", "Département", "Métropole", "Part de la collectivité"], perYear: true, required: true },
  { key: "others", labels: ["Autres financeurs", "Autres partenaires"], perYear: true },
]);

/**
 * A closed list of a column: the words a template writes, and what each means.
 *
 * @example
 * const nature: SheetChoices<"new" | "reinforced"> = NATURE_CHOICES;
 */
export interface SheetChoices<T> {
  /** The values as a template and a message write them, in order. */
  readonly words: readonly string[];
  /** The value of a cell, compared without case, accents nor punctuation; `undefined` when none fits. */
  read(text: string): T | undefined;
}

const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

function choices<T>(table: readonly (readonly [T, string, ...string[]])[]): SheetChoices<T> {
  const map = new Map<string, T>();
  for (const [value, ...words] of table) for (const w of words) map.set(fold(w), value);
  return deepFreeze({ words: table.map((t) => t[1]), read: (text: string) => map.get(fold(text)) });
}

/**
 * The words of the `Nature` column: `nouvelle` (`new`) or `renforcée` (`reinforced`); also
 * `nouveau`, `renforcé`, `new`, `reinforced`, `N`, `R`.
 *
 * @example
 * NATURE_CHOICES.read("Renforcée") //=> "reinforced"
 * NATURE_CHOICES.words //=> ["nouvelle", "renforcée"]
 */
export const NATURE_CHOICES: SheetChoices<"new" | "reinforced"> = choices<"new" | "reinforced">([
  ["new", "nouvelle", "nouveau", "new", "n", "action nouvelle"],
  ["reinforced", "renforcée", "renforcé", "reinforced", "r", "action renforcée"],
]);

/**
 * The words of the `Renforcement` column: `file active` (`caseload`), `nouveaux publics`
 * (`publics`), `nouvelles zones` (`zones`), and a few other spellings.
 *
 * @example
 * REINFORCEMENT_CHOICES.read("nouveaux publics") //=> "publics"
 */
export const REINFORCEMENT_CHOICES: SheetChoices<ReinforcementKind> = choices<ReinforcementKind>([
  ["caseload", "file active", "file active plus importante", "caseload"],
  ["publics", "nouveaux publics", "nouveau public", "publics"],
  ["zones", "nouvelles zones", "nouvelles zones géographiques", "nouveaux territoires", "zones"],
]);

/**
 * The words of the `Partie` column (CALPAE): `socle` or `initiative`.
 *
 * @example
 * PART_CHOICES.read("Initiative locale") //=> "initiative"
 */
export const PART_CHOICES: SheetChoices<"socle" | "initiative"> = choices<"socle" | "initiative">([
  ["socle", "socle", "socle d’engagements communs", "socle commun"],
  ["initiative", "initiative", "initiative locale", "initiatives locales"],
]);

/**
 * The words of a yes-or-no column (`Données personnelles`): `oui` or `non` (also `vrai`,
 * `faux`, `x`).
 *
 * @example
 * YES_NO_CHOICES.read("Oui") //=> true
 */
export const YES_NO_CHOICES: SheetChoices<boolean> = choices<boolean>([
  [true, "oui", "vrai", "yes", "true", "x"],
  [false, "non", "faux", "no", "false"],
]);
