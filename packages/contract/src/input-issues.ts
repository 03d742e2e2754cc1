import { formatEuros, formatNumber } from "@pacte/document";
import { defineIssueCatalog, show, type Issue, type IssueCatalog, type Lang, type MessageFn } from "@pacte/issues";

/**
 * The codes of the problems of an input as written, before its meaning is checked: the text it
 * was read from (`input.syntax`, refused YAML features), its keys (`input.unknown_key`,
 * `input.forbidden_key`, `input.too_deep`), its format (`input.format`: an unknown `format`;
 * `input.amount_text`: an amount written as a text without `format: 2`;
 * `input.format_current` and `input.migration_alias`: a text `migrateContractText` does not
 * rewrite), the limits it must keep to (`limit.*`, see `CONTRACT_LIMITS`) and the characters a
 * text may not hold (`text.invisible_character`). `input.yaml_warning` is a warning; the others
 * are errors.
 *
 * @example
 * INPUT_ISSUE_CODES.includes("limit.actions") //=> true
 */
export const INPUT_ISSUE_CODES = Object.freeze([
  "input.syntax",
  "input.yaml_tag",
  "input.yaml_warning",
  "input.alias_limit",
  "input.not_object",
  "input.forbidden_key",
  "input.too_deep",
  "input.unknown_key",
  "input.format",
  "input.amount_text",
  "input.format_current",
  "input.migration_alias",
  "limit.input_size",
  "limit.text_length",
  "limit.actions",
  "limit.indicators",
  "limit.items",
  "limit.years",
  "limit.amount",
  "limit.amount_total",
  "text.invisible_character",
] as const);

/** One of {@link INPUT_ISSUE_CODES}. */
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

const s = show;
const end = (v: unknown): string => (/[.?!…]$/.test(s(v)) ? s(v) : `${s(v)}.`);
const at = (p: Record<string, unknown>, lang: Lang): string =>
  typeof p.line === "number" ? (lang === "fr" ? ` (ligne ${p.line}, colonne ${s(p.column)})` : ` (line ${p.line}, column ${s(p.column)})`) : "";
/** A count, the French or English way: « 1 048 576 », "1,048,576". */
const n = (v: unknown, lang: Lang): string =>
  typeof v !== "number" || !Number.isSafeInteger(v) ? s(v) : lang === "fr" ? formatNumber(v) : v.toLocaleString("en-GB");
/** An amount in cents, in euros; beyond what can be counted exactly, « more than » that. */
const eur = (v: unknown, lang: Lang): string => {
  if (typeof v !== "number" || !Number.isInteger(v)) return s(v);
  if (Number.isSafeInteger(v)) return formatEuros(v);
  return `${lang === "fr" ? "plus de" : "more than"} ${formatEuros(Number.MAX_SAFE_INTEGER)}`;
};
const plural = (v: unknown, one: string, many: string): string => (typeof v === "number" && v > 1 ? many : one);

const fr: Record<InputIssueCode, MessageFn> = {
  "input.syntax": (p) =>
    `Erreur de syntaxe ${p.format === "json" ? "JSON" : "YAML"} ligne ${s(p.line)}, colonne ${s(p.column)} : ${end(p.detail)}`,
  "input.yaml_tag": (p) =>
    `Étiquette YAML refusée : « ${s(p.tag)} »${at(p, "fr")} ; les étiquettes (!… et !!…) ne sont pas admises, écrivez la valeur simplement.`,
  "input.yaml_warning": (p) => `Avertissement YAML${at(p, "fr")} : ${end(p.detail)}`,
  "input.alias_limit": (p) =>
    `Trop d’alias YAML (*ancre) à développer : plus de ${s(p.max)} ; le texte est refusé pour éviter une explosion de mémoire.`,
  "input.not_object": (p) =>
    p.received === "empty"
      ? `Le texte est vide : un contrat (clés reference, profile, state, collectivite, signature, actions…) est attendu ; « pacte init » en écrit un modèle.`
      : `Un contrat (un objet aux clés reference, profile, state…) est attendu à la racine ; ${p.received === "array" ? "une liste" : `une valeur de type ${s(p.received)}`} reçue.`,
  "input.forbidden_key": (p) => `Clé interdite : « ${s(p.key)} » ; ce nom est réservé par JavaScript et la valeur est ignorée.`,
  "input.too_deep": (p) => `Imbrication trop profonde (plus de ${s(p.max)} niveaux) ; l’entrée est refusée.`,
  "input.unknown_key": (p) =>
    `Clé inconnue : « ${s(p.key)} »${p.suggestion ? ` ; vouliez-vous dire « ${s(p.suggestion)} » ?` : "."}${
      Array.isArray(p.allowed) && p.allowed.length > 0 ? ` Clés admises ici : ${p.allowed.join(", ")}.` : ""
    }`,
  "input.format": (p) =>
    `Format d’entrée inconnu : « ${s(p.received)} » ; écrivez « format: 2 » (montants en euros) ou retirez la clé format (montants en centimes entiers).`,
  "input.amount_text": (p) =>
    `Montant écrit comme un texte : « ${s(p.received)} » ; sans « format: 2 » en tête du fichier, un montant est un nombre entier de centimes (100 000 € = 10000000). Ajoutez « format: 2 » pour écrire tous les montants en euros (« pacte migrate » convertit un fichier existant).`,
  "input.format_current": () =>
    `Le texte est déjà au format 2 (montants en euros) : il n’y a rien à convertir, il est laissé tel quel.`,
  "input.migration_alias": (p) =>
    `Montant partagé par une ancre YAML (&…, *…)${at(p, "fr")} : il ne peut pas être converti sans changer aussi les autres valeurs qui la partagent. Écrivez ce montant en clair à chaque endroit, puis relancez la conversion.`,
  "limit.input_size": (p) =>
    `Texte trop volumineux : ${n(p.size, "fr")} octets reçus pour ${n(p.max, "fr")} au plus ; découpez-le, ou relevez la limite si le contrat est légitime.`,
  "limit.text_length": (p) => `Texte trop long : ${n(p.length, "fr")} caractères reçus pour ${n(p.max, "fr")} au plus ; abrégez-le.`,
  "limit.actions": (p) => `Trop d’actions : ${n(p.count, "fr")} reçues pour ${n(p.max, "fr")} au plus dans un contrat.`,
  "limit.indicators": (p) => `Trop d’indicateurs pour une action : ${n(p.count, "fr")} reçus pour ${n(p.max, "fr")} au plus.`,
  "limit.items": (p) => `Liste trop longue : ${n(p.count, "fr")} éléments reçus pour ${n(p.max, "fr")} au plus.`,
  "limit.years": (p) =>
    `Trop d’années : ${n(p.count, "fr")} ${plural(p.count, "reçue", "reçues")} pour ${n(p.max, "fr")} au plus${p.kind === "period" ? " dans la période d’un contrat" : " financées ou visées par une action"}.`,
  "limit.amount": (p) =>
    `Montant trop élevé : ${eur(p.received, "fr")} reçu pour ${eur(p.max, "fr")} au plus${p.unit === "euros" ? "." : " ; sans « format: 2 », les montants s’écrivent en centimes (100 000 € = 10000000)."}`,
  "limit.amount_total": (p) =>
    `La somme des montants du contrat, tous financeurs et toutes années confondus, atteint ${eur(p.total, "fr")}, au-delà de ${eur(p.max, "fr")} ; vérifiez les montants${p.unit === "euros" ? "." : " (sans « format: 2 », ils s’écrivent en centimes)."}`,
  "text.invisible_character": (p) =>
    `Caractère invisible refusé : ${s(p.character)} (${s(p.name)}) en position ${s(p.position)} ; il peut changer l’affichage du texte (sens de lecture, ordre des chiffres) sans se voir. Retirez-le.`,
};

const en: Record<InputIssueCode, MessageFn> = {
  "input.syntax": (p) => `${p.format === "json" ? "JSON" : "YAML"} syntax error at line ${s(p.line)}, column ${s(p.column)}: ${end(p.detail)}`,
  "input.yaml_tag": (p) => `YAML tag refused: "${s(p.tag)}"${at(p, "en")}; tags (!… and !!…) are not allowed, write the plain value.`,
  "input.yaml_warning": (p) => `YAML warning${at(p, "en")}: ${end(p.detail)}`,
  "input.alias_limit": (p) => `Too many YAML aliases (*anchor) to expand: more than ${s(p.max)}; the text is refused to avoid a memory blow-up.`,
  "input.not_object": (p) =>
    p.received === "empty"
      ? `The text is empty: a contract (keys reference, profile, state, collectivite, signature, actions…) is expected; "pacte init" writes a template.`
      : `A contract (an object with keys reference, profile, state…) is expected at the root; received ${p.received === "array" ? "a list" : `a ${s(p.received)} value`}.`,
  "input.forbidden_key": (p) => `Forbidden key: "${s(p.key)}"; this name is reserved by JavaScript and the value is ignored.`,
  "input.too_deep": (p) => `Nesting too deep (more than ${s(p.max)} levels); the input is refused.`,
  "input.unknown_key": (p) =>
    `Unknown key: "${s(p.key)}"${p.suggestion ? `; did you mean "${s(p.suggestion)}"?` : "."}${
      Array.isArray(p.allowed) && p.allowed.length > 0 ? ` Keys allowed here: ${p.allowed.join(", ")}.` : ""
    }`,
  "input.format": (p) =>
    `Unknown input format: "${s(p.received)}"; write "format: 2" (amounts in euros) or remove the format key (amounts in whole cents).`,
  "input.amount_text": (p) =>
    `Amount written as a text: "${s(p.received)}"; without "format: 2" at the top of the file, an amount is a whole number of cents (€100,000 = 10000000). Add "format: 2" to write every amount in euros ("pacte migrate" converts an existing file).`,
  "input.format_current": () => `The text is already in format 2 (amounts in euros): there is nothing to convert, it is left as it is.`,
  "input.migration_alias": (p) =>
    `Amount shared through a YAML anchor (&…, *…)${at(p, "en")}: it cannot be converted without also changing the other values that share it. Write the amount out in each place, then convert again.`,
  "limit.input_size": (p) => `Text too large: ${n(p.size, "en")} bytes received for at most ${n(p.max, "en")}; split it, or raise the limit if the contract is legitimate.`,
  "limit.text_length": (p) => `Text too long: ${n(p.length, "en")} characters received for at most ${n(p.max, "en")}; shorten it.`,
  "limit.actions": (p) => `Too many actions: ${n(p.count, "en")} received for at most ${n(p.max, "en")} in a contract.`,
  "limit.indicators": (p) => `Too many indicators for one action: ${n(p.count, "en")} received for at most ${n(p.max, "en")}.`,
  "limit.items": (p) => `List too long: ${n(p.count, "en")} items received for at most ${n(p.max, "en")}.`,
  "limit.years": (p) =>
    `Too many years: ${n(p.count, "en")} received for at most ${n(p.max, "en")}${p.kind === "period" ? " in a contract's period" : " funded or targeted by an action"}.`,
  "limit.amount": (p) =>
    `Amount too large: ${eur(p.received, "en")} received for at most ${eur(p.max, "en")}${p.unit === "euros" ? "." : `; without "format: 2", amounts are written in cents (€100,000 = 10000000).`}`,
  "limit.amount_total": (p) =>
    `The contract's amounts, all funders and years together, come to ${eur(p.total, "en")}, above ${eur(p.max, "en")}; check the amounts${p.unit === "euros" ? "." : ` (without "format: 2", they are written in cents).`}`,
  "text.invisible_character": (p) =>
    `Invisible character refused: ${s(p.character)} (${s(p.nameEn ?? p.name)}) at position ${s(p.position)}; it can change how the text shows (reading direction, order of digits) without being seen. Remove it.`,
};

/**
 * The catalog of the problems of an input as written (see {@link INPUT_ISSUE_CODES}): French and
 * English messages, and `input.yaml_warning` as the one warning.
 *
 * @example
 * INPUT_ISSUES.issue("input.unknown_key", ["preambul"], { key: "preambul", allowed: ["preambule"], suggestion: "preambule" }).message
 * //=> "Clé inconnue : « preambul » ; vouliez-vous dire « preambule » ? Clés admises ici : preambule."
 */
export const INPUT_ISSUES: IssueCatalog<Record<InputIssueCode, MessageFn>> = Object.freeze(defineIssueCatalog({
  fr,
  en,
  warnings: ["input.yaml_warning"],
}));

/**
 * `limit.amount` and `limit.amount_total` worded for amounts written in euros (a contract in
 * `format: 2`, a spreadsheet's cells): the message then says nothing of cents. Any other issue
 * is returned as it is.
 *
 * @example
 * inEurosIssue(INPUT_ISSUES.issue("limit.amount", ["actions", 0], { received: 2e13, max: 1e13 }), "fr").params.unit //=> "euros"
 */
export function inEurosIssue(issue: Issue, lang: Lang): Issue {
  if (issue.code !== "limit.amount" && issue.code !== "limit.amount_total") return issue;
  const worded = INPUT_ISSUES.issue(issue.code, issue.path, { ...issue.params, unit: "euros" }, { lang });
  return { ...issue, message: worded.message, params: worded.params };
}
