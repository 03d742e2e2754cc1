import { formatDate, formatEuros, formatNumber } from "@pacte/document";
import { defineIssueCatalog, show, showList, type Lang } from "@pacte/issues";

type Params = Readonly<Record<string, unknown>>;

const s = show;
const eur = (v: unknown): string => (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? formatEuros(v) : s(v));
const day = (v: unknown, lang: Lang): string => {
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return s(v);
  return lang === "fr" ? formatDate(v) : v;
};
const num = (v: unknown): string => (typeof v === "number" && Number.isFinite(v) ? formatNumber(v) : s(v));
const suggest = (p: Params, lang: Lang): string =>
  p.suggestion === undefined ? "" : lang === "fr" ? ` ; vouliez-vous dire « ${s(p.suggestion)} » ?` : `; did you mean "${s(p.suggestion)}"?`;
const PARTY_FR: Readonly<Record<string, string>> = { state: "de l’État", collectivite: "de la collectivité" };
const party = (p: Params, lang: Lang): string =>
  p.party === "other"
    ? lang === "fr"
      ? `de ${s(p.funder)}`
      : `of ${s(p.funder)}`
    : lang === "fr"
      ? (PARTY_FR[String(p.party)] ?? s(p.party))
      : p.party === "state"
        ? "of the State"
        : "of the collectivity";

/**
 * The codes of the softer problems of an execution report: warnings, they never make a report
 * invalid — a report sent after its deadline, a partner that spent more than it committed, a
 * funder the contract does not name, an indicator with a target for the year but no value.
 *
 * @example
 * EXECUTION_WARNING_CODES.includes("execution.late") //=> true
 */
export const EXECUTION_WARNING_CODES = Object.freeze([
  "execution.late",
  "execution.overspend_partner",
  "execution.unknown_funder",
  "execution.missing_indicator",
] as const);

/**
 * The closed set of issue codes `@pacte/execution` produces, with their French and English
 * messages: each says what the signed contract expects and what the report gives. Problems of
 * the input's shape keep `@pacte/model`'s codes (`money.*` for an amount that cannot be read
 * exactly, with what was written; `date.format`; `schema.*`) and `@pacte/contract`'s input codes
 * (`limit.text_length`, `text.invisible_character`, `input.*` for the text).
 *
 * @example
 * EXECUTION_ISSUES.issue("execution.unknown_action", ["actions", 2, "id"], { received: "A9.9", suggestion: "A1.1" }).message
 * //=> "Action inconnue : « A9.9 » n’est pas une action du contrat ; vouliez-vous dire « A1.1 » ?"
 */
export const EXECUTION_ISSUES = /* @__PURE__ */ Object.freeze(defineIssueCatalog({
  fr: {
    "execution.contract_mismatch": (p: Params) =>
      `Le rapport porte sur le contrat « ${s(p.received)} », mais il est contrôlé contre le contrat « ${s(p.expected)} » ; vérifiez la référence ou le contrat donné.`,
    "execution.year_outside": (p: Params) =>
      `Année ${s(p.received)} hors du contrat : le contrat couvre ${showList(p.years, "fr")} ; un rapport porte sur l’une de ces années.`,
    "execution.date_before_year_end": (p: Params) =>
      `Rapport daté du ${day(p.received, "fr")}, avant la fin de l’année ${s(p.year)} qu’il relate ; une date postérieure au 31 décembre ${s(p.year)} est attendue.`,
    "execution.unknown_action": (p: Params) => `Action inconnue : « ${s(p.received)} » n’est pas une action du contrat${suggest(p, "fr")}`,
    "execution.missing_action": (p: Params) =>
      `Action absente du rapport : « ${s(p.action)} » (${s(p.title)}) est financée en ${s(p.year)} par le contrat ; ajoutez son exécution, même abandonnée.`,
    "execution.duplicate_action": (p: Params) => `Action en double : « ${s(p.received)} » figure déjà en ${s(p.firstPath)} ; une action figure une fois par rapport.`,
    "execution.reason_required": (p: Params) => `Action « ${s(p.action)} » abandonnée sans motif : écrivez-le dans « reason ».`,
    "execution.unknown_indicator": (p: Params) =>
      `Indicateur inconnu pour l’action « ${s(p.action)} » : « ${s(p.received)} »${suggest(p, "fr")}${
        Array.isArray(p.known) && p.known.length > 0 ? ` Indicateurs du contrat : ${p.known.map((k) => `« ${s(k)} »`).join(", ")}.` : " Le contrat ne lui donne aucun indicateur."
      }`,
    "execution.duplicate_indicator": (p: Params) =>
      `Indicateur en double pour l’action « ${s(p.action)} » : « ${s(p.received)} » figure déjà en ${s(p.firstPath)}.`,
    "execution.overspend": (p: Params) =>
      `Dépense supérieure à l’engagement pour l’action « ${s(p.action)} » en ${s(p.year)} : ${eur(p.spent)} de crédits ${party(p, "fr")} déclarés pour ${eur(p.committed)} engagés, soit ${eur(p.excess)} de trop ; les crédits de l’État ne peuvent pas financer plus que leur engagement.`,
    "execution.parity": (p: Params) =>
      `Parité non respectée à l’exécution ${p.action === undefined ? `en ${s(p.year)}` : `pour l’action « ${s(p.action)} » en ${s(p.year)}`} : l’État a dépensé ${eur(p.state)}, la collectivité ${eur(p.collectivite)}, soit ${eur(p.gap)} de crédits de l’État sans contrepartie ; ${
        p.rule === "at-least" ? "la collectivité dépense au moins autant que l’État" : "chaque euro de l’État est accompagné d’un euro de la collectivité"
      }.`,
    "execution.late": (p: Params) =>
      `Rapport remis le ${day(p.received, "fr")}, après l’échéance du ${day(p.due, "fr")} (${s(p.days)} jour${Number(p.days) > 1 ? "s" : ""} de retard) ; le solde de l’année ne peut être versé qu’après son approbation.`,
    "execution.overspend_partner": (p: Params) =>
      `Dépense supérieure à l’engagement pour l’action « ${s(p.action)} » en ${s(p.year)} : ${eur(p.spent)} ${party(p, "fr")} pour ${eur(p.committed)} engagés (${eur(p.excess)} de plus) ; l’écart est à expliquer dans le commentaire, il ne change pas la part de l’État.`,
    "execution.unknown_funder": (p: Params) =>
      `Financeur « ${s(p.received)} » inconnu pour l’action « ${s(p.action)} » en ${s(p.year)} : le contrat n’en prévoit ${
        Array.isArray(p.known) && p.known.length > 0 ? `que ${p.known.map((k) => `« ${s(k)} »`).join(", ")}` : "aucun autre que l’État et la collectivité"
      }${suggest(p, "fr")}`,
    "execution.no_axis": (p: Params) =>
      `Rapport impossible pour ce contrat : le rapport d’exécution suit les axes du Pacte des solidarités, et l’action « ${s(p.action)} » du contrat « ${s(p.contract)} » (profil ${s(p.profile)}) n’en a pas ; un rapport se fait pour un contrat local des solidarités 2024–2027.`,
    "execution.amount_limit": (p: Params) => `Montant trop élevé : ${eur(p.received)} reçu pour ${eur(p.max)} au plus ; vérifiez le montant.`,
    "execution.missing_indicator": (p: Params) =>
      `Indicateur sans valeur : « ${s(p.indicator)} » de l’action « ${s(p.action)} » a une cible de ${num(p.target)} en ${s(p.year)} ; donnez la valeur atteinte.`,
    "consolidation.unknown_contract": (p: Params) =>
      `Rapport sans contrat : le rapport ${s(p.year)} porte sur le contrat « ${s(p.received)} », absent des contrats à consolider${suggest(p, "fr")}${p.suggestion === undefined ? "." : ""} Ajoutez le contrat ou retirez le rapport.`,
    "consolidation.duplicate_report": (p: Params) =>
      `Rapport en double : le contrat « ${s(p.contract)} » a déjà un rapport ${s(p.year)} en ${s(p.firstPath)} ; un contrat a un rapport par année.`,
    "consolidation.duplicate_contract": (p: Params) =>
      `Contrat en double : « ${s(p.received)} » figure déjà en ${s(p.firstPath)} ; chaque contrat est consolidé une fois.`,
  },
  en: {
    "execution.contract_mismatch": (p: Params) =>
      `The report is about contract "${s(p.received)}" but it is checked against contract "${s(p.expected)}"; check the reference or the contract given.`,
    "execution.year_outside": (p: Params) => `Year ${s(p.received)} is outside the contract, which covers ${showList(p.years, "en")}; a report is about one of those years.`,
    "execution.date_before_year_end": (p: Params) =>
      `Report dated ${day(p.received, "en")}, before the end of the year ${s(p.year)} it reports on; a date after 31 December ${s(p.year)} is expected.`,
    "execution.unknown_action": (p: Params) => `Unknown action: "${s(p.received)}" is not an action of the contract${suggest(p, "en")}`,
    "execution.missing_action": (p: Params) =>
      `Action missing from the report: "${s(p.action)}" (${s(p.title)}) is funded in ${s(p.year)} by the contract; add its execution, even if abandoned.`,
    "execution.duplicate_action": (p: Params) => `Duplicate action: "${s(p.received)}" is already at ${s(p.firstPath)}; an action appears once in a report.`,
    "execution.reason_required": (p: Params) => `Action "${s(p.action)}" abandoned without a reason: write it in "reason".`,
    "execution.unknown_indicator": (p: Params) =>
      `Unknown indicator for action "${s(p.action)}": "${s(p.received)}"${suggest(p, "en")}${
        Array.isArray(p.known) && p.known.length > 0 ? ` The contract's indicators: ${p.known.map((k) => `"${s(k)}"`).join(", ")}.` : " The contract gives it no indicator."
      }`,
    "execution.duplicate_indicator": (p: Params) => `Duplicate indicator for action "${s(p.action)}": "${s(p.received)}" is already at ${s(p.firstPath)}.`,
    "execution.overspend": (p: Params) =>
      `Spending above the commitment for action "${s(p.action)}" in ${s(p.year)}: ${eur(p.spent)} ${party(p, "en")} declared for ${eur(p.committed)} committed, ${eur(p.excess)} too much; the State's money cannot fund more than its commitment.`,
    "execution.parity": (p: Params) =>
      `Parity not met at execution ${p.action === undefined ? `in ${s(p.year)}` : `for action "${s(p.action)}" in ${s(p.year)}`}: the State spent ${eur(p.state)}, the collectivity ${eur(p.collectivite)}, leaving ${eur(p.gap)} of State money unmatched; ${
        p.rule === "at-least" ? "the collectivity spends at least as much as the State" : "each euro of the State is matched by one of the collectivity"
      }.`,
    "execution.late": (p: Params) =>
      `Report delivered on ${day(p.received, "en")}, after its deadline of ${day(p.due, "en")} (${s(p.days)} day${Number(p.days) > 1 ? "s" : ""} late); the year's balance is paid only once it is approved.`,
    "execution.overspend_partner": (p: Params) =>
      `Spending above the commitment for action "${s(p.action)}" in ${s(p.year)}: ${eur(p.spent)} ${party(p, "en")} for ${eur(p.committed)} committed (${eur(p.excess)} more); explain it in the comment, it does not change the State's share.`,
    "execution.unknown_funder": (p: Params) =>
      `Funder "${s(p.received)}" unknown for action "${s(p.action)}" in ${s(p.year)}: the contract names ${
        Array.isArray(p.known) && p.known.length > 0 ? `only ${p.known.map((k) => `"${s(k)}"`).join(", ")}` : "no funder besides the State and the collectivity"
      }${suggest(p, "en")}`,
    "execution.no_axis": (p: Params) =>
      `No report for this contract: the execution report follows the axes of the Pacte des solidarités, and action "${s(p.action)}" of contract "${s(p.contract)}" (profile ${s(p.profile)}) has none; a report is made for a contrat local des solidarités 2024–2027.`,
    "execution.amount_limit": (p: Params) => `Amount too large: ${eur(p.received)} received for at most ${eur(p.max)}; check the amount.`,
    "execution.missing_indicator": (p: Params) =>
      `Indicator without a value: "${s(p.indicator)}" of action "${s(p.action)}" has a target of ${num(p.target)} in ${s(p.year)}; give the value reached.`,
    "consolidation.unknown_contract": (p: Params) =>
      `Report without a contract: the ${s(p.year)} report is about contract "${s(p.received)}", which is not among the contracts to consolidate${suggest(p, "en")}${p.suggestion === undefined ? "." : ""} Add the contract or remove the report.`,
    "consolidation.duplicate_report": (p: Params) =>
      `Duplicate report: contract "${s(p.contract)}" already has a ${s(p.year)} report at ${s(p.firstPath)}; a contract has one report a year.`,
    "consolidation.duplicate_contract": (p: Params) => `Duplicate contract: "${s(p.received)}" is already at ${s(p.firstPath)}; each contract is consolidated once.`,
  },
  warnings: [...EXECUTION_WARNING_CODES],
}));

/**
 * A code of {@link EXECUTION_ISSUES}.
 *
 * @example
 * const code: ExecutionIssueCode = "execution.overspend";
 */
export type ExecutionIssueCode = (typeof EXECUTION_ISSUES.codes)[number];

/**
 * Every code of {@link EXECUTION_ISSUES}.
 *
 * @example
 * EXECUTION_ISSUE_CODES.includes("execution.parity") //=> true
 */
export const EXECUTION_ISSUE_CODES: readonly ExecutionIssueCode[] = EXECUTION_ISSUES.codes;
