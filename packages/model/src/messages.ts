import { defineIssueCatalog, show, type IssueCatalog, type Lang, type MessageFn } from "@pacte/issues";

type Params = Record<string, unknown>;

const s = show;

/**
 * The closed set of issue codes that `@pacte/model` produces, with their French and English
 * wording. Schema-level problems that zod finds itself (a string where a number was expected…)
 * carry the code `schema.<zod code>` and zod's own localised message.
 *
 * @example
 * MODEL_ISSUE_CODES.includes("siren.checksum") //=> true
 */
export const MODEL_ISSUE_CODES = Object.freeze([
  "siren.format",
  "siren.checksum",
  "siret.format",
  "siret.checksum",
  "siret.siren_mismatch",
  "insee.departement",
  "insee.collectivite",
  "insee.commune",
  "money.format",
  "money.ambiguous",
  "money.too_many_decimals",
  "money.negative",
  "money.not_integer_cents",
  "money.unsafe",
  "money.weights",
  "date.format",
  "date.month_day",
  "period.order",
  "period.year",
  "period.format",
  "territory.unknown_departement",
  "territory.unknown_collectivite",
  "territory.unknown_metropole",
  "territory.not_in_force",
  "pacte.part_order",
  "pacte.part_duplicate",
] as const);

/** One of {@link MODEL_ISSUE_CODES}. */
export type ModelIssueCode = (typeof MODEL_ISSUE_CODES)[number];

const fr: Record<ModelIssueCode, MessageFn> = {
  "siren.format": (p) => `SIREN invalide : 9 chiffres attendus, « ${s(p.received)} » reçu.`,
  "siren.checksum": (p) =>
    `SIREN invalide : la clé de contrôle (Luhn) de « ${s(p.received)} » ne correspond pas ; vérifiez les 9 chiffres.`,
  "siret.format": (p) => `SIRET invalide : 14 chiffres attendus (SIREN + NIC), « ${s(p.received)} » reçu.`,
  "siret.checksum": (p) =>
    p.rule === "la-poste"
      ? `SIRET invalide : pour La Poste, la somme des chiffres de « ${s(p.received)} » doit être un multiple de 5.`
      : `SIRET invalide : la clé de contrôle (Luhn) de « ${s(p.received)} » ne correspond pas ; vérifiez les 14 chiffres.`,
  "siret.siren_mismatch": (p) =>
    `Le SIRET « ${s(p.received)} » n’appartient pas au SIREN « ${s(p.expected)} » : ses 9 premiers chiffres doivent être ceux du SIREN.`,
  "insee.departement": (p) =>
    `Code de département invalide : « ${s(p.received)} » reçu ; attendu 01 à 95, 2A, 2B ou 971 à 976 (sans 975).`,
  "insee.collectivite": (p) =>
    `Code de collectivité invalide : « ${s(p.received)} » reçu ; attendu par exemple 23D, 20R, 6AE, 69M ou 75C.`,
  "insee.commune": (p) =>
    `Code commune INSEE invalide : « ${s(p.received)} » reçu ; attendu 5 caractères (par exemple 23096, 2A004, 97411).`,
  "money.format": (p) =>
    `Montant illisible : « ${s(p.received)} » ; attendu un montant en euros comme « 1 234,56 », « 1234.56 » ou « 1 234,56 € ».`,
  "money.ambiguous": (p) =>
    `Montant ambigu : « ${s(p.received)} » peut se lire de plusieurs façons ; écrivez-le sans séparateur de milliers (« 1234,56 ») ou avec des espaces (« 1 234,56 »).`,
  "money.too_many_decimals": (p) =>
    `Montant invalide : « ${s(p.received)} » a plus de deux décimales ; les montants s’expriment au centime près.`,
  "money.negative": (p) => `Montant négatif refusé : « ${s(p.received)} » ; un montant positif ou nul est attendu.`,
  "money.not_integer_cents": (p) =>
    `Montant invalide : ${s(p.received)} n’est pas un nombre entier de centimes ; les montants sont des entiers en centimes (100 000 € = 10000000).`,
  "money.unsafe": (p) =>
    `Montant trop grand : « ${s(p.received)} » dépasse ce qui peut être compté exactement (${s(p.max)} centimes au plus).`,
  "money.weights": () =>
    `Clé de répartition invalide : des poids positifs ou nuls sont attendus, dont au moins un strictement positif.`,
  "date.format": (p) => `Date invalide : « ${s(p.received)} » ; une date réelle au format AAAA-MM-JJ est attendue (par exemple 2024-01-01).`,
  "date.month_day": (p) =>
    `Jour de l’année invalide : « ${s(p.received)} » ; un jour qui existe, au format MM-JJ, est attendu (par exemple 03-31 ou 06-30).`,
  "period.order": (p) => `Période invalide : le début (${s(p.start)}) est après la fin (${s(p.end)}).`,
  "period.year": (p) => `Année invalide : « ${s(p.received)} » ; une année civile entre 1900 et 2200 est attendue.`,
  "period.format": (p) =>
    `Période illisible : « ${s(p.received)} » ; attendu deux années comme « 2024–2027 », « 2024-2027 » ou « 2024 à 2027 ».`,
  "territory.unknown_departement": (p) =>
    `Département inconnu : « ${s(p.received)} » ne figure pas dans le code officiel géographique${p.asOf ? ` au ${s(p.asOf)}` : ""}.${
      p.suggestion ? ` Vouliez-vous dire « ${s(p.suggestion)} »${p.suggestionName ? ` (${s(p.suggestionName)})` : ""} ?` : ""
    }`,
  "territory.unknown_collectivite": (p) =>
    `Collectivité inconnue : « ${s(p.received)} » n’est ni le code (23D, 6AE…) ni le SIREN d’une collectivité à compétences départementales.${
      p.suggestion ? ` Vouliez-vous dire « ${s(p.suggestion)} »${p.suggestionName ? ` (${s(p.suggestionName)})` : ""} ?` : ""
    }`,
  "territory.unknown_metropole": (p) =>
    `Métropole inconnue : « ${s(p.received)} » n’est le SIREN d’aucune des 22 métropoles.${
      p.suggestion ? ` Vouliez-vous dire « ${s(p.suggestion)} »${p.suggestionName ? ` (${s(p.suggestionName)})` : ""} ?` : ""
    }`,
  "territory.not_in_force": (p) =>
    `La collectivité « ${s(p.received)} » n’était pas en vigueur au ${s(p.asOf)} (${
      p.validFrom && p.validTo
        ? `en vigueur du ${s(p.validFrom)} au ${s(p.validTo)}`
        : p.validFrom
          ? `en vigueur depuis le ${s(p.validFrom)}`
          : `en vigueur jusqu’au ${s(p.validTo)}`
    }).${p.instead ? ` À cette date : ${s(p.instead)}.` : ""}`,
  "pacte.part_order": (p) =>
    `Partie du document de référence mal numérotée : la partie n° ${s(p.expected)} était attendue à cette place, n° ${s(p.received)} reçue ; numérotez les parties 1, 2, 3… dans l’ordre.`,
  "pacte.part_duplicate": (p) =>
    `Partie du document de référence en double : l’identifiant « ${s(p.received)} » est déjà utilisé par une autre partie ; donnez à chaque partie un identifiant distinct.`,
};

const en: Record<ModelIssueCode, MessageFn> = {
  "siren.format": (p) => `Invalid SIREN: 9 digits expected, received "${s(p.received)}".`,
  "siren.checksum": (p) => `Invalid SIREN: the Luhn check digit of "${s(p.received)}" does not match; check the 9 digits.`,
  "siret.format": (p) => `Invalid SIRET: 14 digits expected (SIREN + NIC), received "${s(p.received)}".`,
  "siret.checksum": (p) =>
    p.rule === "la-poste"
      ? `Invalid SIRET: for La Poste, the digits of "${s(p.received)}" must add up to a multiple of 5.`
      : `Invalid SIRET: the Luhn check digit of "${s(p.received)}" does not match; check the 14 digits.`,
  "siret.siren_mismatch": (p) =>
    `SIRET "${s(p.received)}" does not belong to SIREN "${s(p.expected)}": its first 9 digits must be the SIREN.`,
  "insee.departement": (p) =>
    `Invalid département code: received "${s(p.received)}"; expected 01 to 95, 2A, 2B or 971 to 976 (not 975).`,
  "insee.collectivite": (p) =>
    `Invalid collectivity code: received "${s(p.received)}"; expected for instance 23D, 20R, 6AE, 69M or 75C.`,
  "insee.commune": (p) => `Invalid INSEE commune code: received "${s(p.received)}"; expected 5 characters (e.g. 23096, 2A004, 97411).`,
  "money.format": (p) => `Unreadable amount: "${s(p.received)}"; expected an amount in euros such as "1 234,56", "1234.56" or "1 234,56 €".`,
  "money.ambiguous": (p) =>
    `Ambiguous amount: "${s(p.received)}" can be read in more than one way; write it without thousands separators ("1234,56") or with spaces ("1 234,56").`,
  "money.too_many_decimals": (p) => `Invalid amount: "${s(p.received)}" has more than two decimals; amounts are to the cent.`,
  "money.negative": (p) => `Negative amount refused: "${s(p.received)}"; a positive or zero amount is expected.`,
  "money.not_integer_cents": (p) =>
    `Invalid amount: ${s(p.received)} is not a whole number of cents; amounts are integers in cents (€100,000 = 10000000).`,
  "money.unsafe": (p) => `Amount too large: "${s(p.received)}" exceeds what can be counted exactly (${s(p.max)} cents at most).`,
  "money.weights": () => `Invalid split weights: non-negative weights expected, at least one of them positive.`,
  "date.format": (p) => `Invalid date: "${s(p.received)}"; a real date formatted YYYY-MM-DD is expected (e.g. 2024-01-01).`,
  "date.month_day": (p) => `Invalid day of the year: "${s(p.received)}"; a day that exists, formatted MM-DD, is expected (e.g. 03-31 or 06-30).`,
  "period.order": (p) => `Invalid period: the start (${s(p.start)}) is after the end (${s(p.end)}).`,
  "period.year": (p) => `Invalid year: "${s(p.received)}"; a calendar year between 1900 and 2200 is expected.`,
  "period.format": (p) => `Unreadable period: "${s(p.received)}"; expected two years such as "2024–2027", "2024-2027" or "2024 à 2027".`,
  "territory.unknown_departement": (p) =>
    `Unknown département: "${s(p.received)}" is not in the official geographic code${p.asOf ? ` on ${s(p.asOf)}` : ""}.${
      p.suggestion ? ` Did you mean "${s(p.suggestion)}"${p.suggestionName ? ` (${s(p.suggestionName)})` : ""}?` : ""
    }`,
  "territory.unknown_collectivite": (p) =>
    `Unknown collectivity: "${s(p.received)}" is neither the code (23D, 6AE…) nor the SIREN of a collectivity with departmental powers.${
      p.suggestion ? ` Did you mean "${s(p.suggestion)}"${p.suggestionName ? ` (${s(p.suggestionName)})` : ""}?` : ""
    }`,
  "territory.unknown_metropole": (p) =>
    `Unknown métropole: "${s(p.received)}" is not the SIREN of any of the 22 métropoles.${
      p.suggestion ? ` Did you mean "${s(p.suggestion)}"${p.suggestionName ? ` (${s(p.suggestionName)})` : ""}?` : ""
    }`,
  "territory.not_in_force": (p) =>
    `The collectivity "${s(p.received)}" was not in force on ${s(p.asOf)} (${
      p.validFrom && p.validTo
        ? `in force from ${s(p.validFrom)} to ${s(p.validTo)}`
        : p.validFrom
          ? `in force since ${s(p.validFrom)}`
          : `in force until ${s(p.validTo)}`
    }).${p.instead ? ` On that date: ${s(p.instead)}.` : ""}`,
  "pacte.part_order": (p) =>
    `Reference document part out of order: part ${s(p.expected)} was expected here, received part ${s(p.received)}; number the parts 1, 2, 3… in order.`,
  "pacte.part_duplicate": (p) =>
    `Duplicate reference document part: the id "${s(p.received)}" is already used by another part; give each part its own id.`,
};

/**
 * The catalog of `@pacte/model`'s issue codes: their French and English messages and severities.
 *
 * @example
 * MODEL_ISSUES.issue("siren.format", ["siren"], { received: "12" }).message //=> "SIREN invalide : 9 chiffres attendus, « 12 » reçu."
 */
export const MODEL_ISSUES: IssueCatalog<Record<ModelIssueCode, MessageFn>> = Object.freeze(defineIssueCatalog({ fr, en }));

/**
 * The message for a model issue code, in French by default.
 *
 * @example
 * modelMessage("siren.format", { received: "123" }) //=> "SIREN invalide : 9 chiffres attendus, « 123 » reçu."
 */
export function modelMessage(code: ModelIssueCode, params: Params = {}, lang: Lang = "fr"): string {
  return MODEL_ISSUES.message(code, params, lang);
}
