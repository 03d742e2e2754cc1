import { formatEuros, formatNumber, formatPercent } from "@pacte/document";
import { defineIssueCatalog, type IssueCatalog, type Lang, type MessageFn } from "@pacte/issues";

type Params = Record<string, unknown>;

/**
 * The codes of the softer problems: reported as warnings, they never make a contract invalid.
 *
 * @example
 * CONTRACT_WARNING_CODES.includes("contract.action_without_indicators") //=> true
 */
export const CONTRACT_WARNING_CODES = Object.freeze([
  "contract.action_without_indicators",
  "contract.indicator_target_outside_period",
  "contract.action_zero_funding",
  "contract.reinforcement_missing",
  "contract.reinforcement_unexpected",
  "contract.deliberation_body_missing",
  "contract.signature_after_start",
  "contract.part_not_applicable",
  "contract.unknown_option",
  "contract.siret_missing",
  "contract.meeting_dates_count",
  "contract.amendment_no_change",
  "contract.prefet_de_region",
  "contract.signing_prefet",
  "contract.state_service_unknown",
  "contract.action_field_missing",
  "contract.socle_not_applicable",
  "contract.socle_before_year",
] as const);

const CONTRACT_ERROR_CODES = Object.freeze([
  "contract.unknown_profile",
  "contract.collectivite_wrong_kind",
  "contract.state_departement_mismatch",
  "contract.duplicate_action_id",
  "contract.axis_not_allowed",
  "contract.axis_without_action",
  "contract.parity",
  "contract.collectivite_below_state",
  "contract.ceiling_exceeded",
  "contract.year_outside_period",
  "contract.period_order",
  "contract.period_outside_profile",
  "contract.deliberation_after_signature",
  "contract.signature_after_period",
  "contract.unknown_article",
  "contract.part_missing",
  "contract.payment_percent_sum",
  "contract.february_29",
  "contract.option_type",
  "contract.article_unknown_slot",
  "contract.amendment_reference_mismatch",
  "contract.amendment_profile_mismatch",
  "contract.amendment_date_before_signature",
  "contract.amendment_number",
  "contract.unknown_region",
  "contract.axis_missing",
  "contract.axis_not_applicable",
  "contract.socle_missing",
  "contract.socle_unknown",
  "contract.placeholder",
] as const);

/**
 * The closed set of issue codes `@pacte/contract` produces itself: the errors, then
 * {@link CONTRACT_WARNING_CODES}. Problems found by the schema keep `@pacte/model`'s codes
 * (`money.*`, `siret.*`, `date.format`, `schema.*`), and so do look-ups of territories
 * (`territory.unknown_collectivite`, `territory.unknown_metropole`, `territory.unknown_departement`,
 * `territory.not_in_force`, `siret.siren_mismatch`).
 *
 * @example
 * CONTRACT_ISSUE_CODES.includes("contract.parity") //=> true
 */
export const CONTRACT_ISSUE_CODES = Object.freeze([...CONTRACT_ERROR_CODES, ...CONTRACT_WARNING_CODES] as const);

/** One of {@link CONTRACT_ISSUE_CODES}. */
export type ContractIssueCode = (typeof CONTRACT_ISSUE_CODES)[number];

const s = (v: unknown): string => (typeof v === "string" ? v : (JSON.stringify(v) ?? String(v)));
const eur = (v: unknown): string => (typeof v === "number" && Number.isInteger(v) ? formatEuros(v) : s(v));
const list = (v: unknown, and: string): string => {
  const items = Array.isArray(v) ? v.map(String) : [s(v)];
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
};

const FIELD_FR: Readonly<Record<string, string>> = { carrier: "son porteur", publics: "ses publics", territory: "son territoire" };
const FIELD_EN: Readonly<Record<string, string>> = { carrier: "carrier", publics: "publics", territory: "territory" };
const SERVICE_REASON_FR: Readonly<Record<string, string>> = {
  "no-source": "aucune source ne le nomme",
  unconfirmed: "les sources ne le confirment pas",
  "no-data": "les données de référence ne couvrent pas cette date",
};
const SERVICE_REASON_EN: Readonly<Record<string, string>> = {
  "no-source": "no source names it",
  unconfirmed: "the sources do not confirm it",
  "no-data": "the reference data does not cover that date",
};

const fr: Record<ContractIssueCode, MessageFn> = {
  "contract.unknown_profile": (p) =>
    `Profil inconnu : « ${s(p.received)} » ; profils disponibles : ${list(p.available, "et")}.${
      p.suggestion ? ` Vouliez-vous dire « ${s(p.suggestion)} » ?` : ""
    }`,
  "contract.collectivite_wrong_kind": (p) =>
    p.expected === "metropole"
      ? `Le profil « ${s(p.profile)} » se signe avec une métropole, or « ${s(p.received)} » désigne ${s(p.receivedName)}, une collectivité à compétences départementales ; choisissez un profil départemental (par exemple cls-departement-2024) ou une métropole.`
      : `Le profil « ${s(p.profile)} » se signe avec une collectivité à compétences départementales, or « ${s(p.received)} » désigne ${s(p.receivedName)}, une métropole ; choisissez le profil cls-metropole-2024 ou un département.`,
  "contract.state_departement_mismatch": (p) =>
    `Le préfet signataire doit être celui ${p.expectedNames ? `d’un département de la collectivité (${list(p.expectedNames, "ou")})` : "du département de la collectivité"} : ${s(p.received)} reçu, ${list(p.expected, "ou")} attendu.`,
  "contract.duplicate_action_id": (p) =>
    `Identifiant d’action en double : « ${s(p.received)} » est déjà celui de ${s(p.firstPath)} ; chaque action a un identifiant unique.`,
  "contract.axis_not_allowed": (p) =>
    p.option
      ? `L’axe ${s(p.received)} n’est admis par le profil « ${s(p.profile)} » qu’avec l’option ${s(p.option)} (convention unique) ; axes admis : ${list(p.allowed, "et")}. Ajoutez options.${s(p.option)}: true ou retirez l’action.`
      : `L’axe ${s(p.received)} n’est pas admis par le profil « ${s(p.profile)} » ; axes admis : ${list(p.allowed, "et")}.`,
  "contract.axis_without_action": (p) =>
    `L’axe ${s(p.axis)} doit compter au moins ${s(p.min)} action${Number(p.min) > 1 ? "s" : ""} (profil « ${s(p.profile)} ») ; ${s(p.count)} reçue${Number(p.count) > 1 ? "s" : ""}.`,
  "contract.parity": (p) =>
    `Parité non respectée pour l’action ${s(p.actionId)} en ${s(p.year)} : l’État apporte ${eur(p.state)}, la collectivité ${eur(p.collectivite)}, soit un écart de ${eur(p.difference)} ; chaque action est cofinancée à parts égales chaque année.`,
  "contract.collectivite_below_state": (p) =>
    `En ${s(p.year)}, la collectivité apporte ${eur(p.collectivite)}, moins que l’État (${eur(p.state)}) : il manque ${eur(p.difference)} ; la collectivité doit contribuer au moins autant que l’État chaque année.`,
  "contract.ceiling_exceeded": (p) =>
    `En ${s(p.year)}, les crédits de l’État s’élèvent à ${eur(p.total)}, au-delà du plafond annuel de ${eur(p.ceiling)} (dépassement de ${eur(p.excess)}).`,
  "contract.year_outside_period": (p) =>
    `Financement hors période : l’année ${s(p.year)} n’est pas dans la période du contrat (${s(p.start)} à ${s(p.end)}).`,
  "contract.period_order": (p) => `Période invalide : la fin (${s(p.end)}) précède le début (${s(p.start)}).`,
  "contract.period_outside_profile": (p) =>
    p.bound === "start"
      ? `Début de période invalide : ${s(p.received)} précède le début prévu par le profil « ${s(p.profile)} » (${s(p.limit)}).`
      : `Fin de période invalide : ${s(p.received)} dépasse la fin la plus tardive admise par le profil « ${s(p.profile)} » (${s(p.limit)}).`,
  "contract.deliberation_after_signature": (p) =>
    `La délibération du ${s(p.deliberation)} est postérieure à la signature du ${s(p.signature)} : l’exécutif doit être habilité avant de signer.`,
  "contract.signature_after_period": (p) =>
    `La signature du ${s(p.signature)} est postérieure à la fin de la période (${s(p.end)}).`,
  "contract.unknown_article": (p) =>
    `Article inconnu : « ${s(p.received)} » ; articles du profil : ${list(p.available, "et")}.`,
  "contract.part_missing": (p) =>
    `L’action ${s(p.actionId)} doit préciser sa partie : « socle » ou « initiative » (profil « ${s(p.profile)} »).`,
  "contract.payment_percent_sum": (p) =>
    `Les versements doivent totaliser 100 % ; ${typeof p.received === "number" && Number.isFinite(p.received) ? formatPercent(p.received, undefined, { scale: "percent" }) : `${s(p.received)} %`} reçu.`,
  "contract.february_29": (p) =>
    `Le 29 février (02-29) n’existe pas chaque année, et le profil « ${s(p.profile)} » ne dit pas à quel jour il correspond les autres années ; choisissez un jour qui existe chaque année (par exemple 02-28 ou 03-01).`,
  "contract.option_type": (p) =>
    `L’option ${s(p.option)} attend une valeur de type ${s(p.expected)} ; « ${s(p.received)} » reçu.`,
  "contract.action_without_indicators": (p) =>
    `L’action ${s(p.actionId)} n’a aucun indicateur ; ajoutez-en au moins un pour en suivre l’exécution.`,
  "contract.indicator_target_outside_period": (p) =>
    `Cible de l’indicateur « ${s(p.indicator)} » (action ${s(p.actionId)}) pour ${s(p.year)}, hors de la période du contrat (${s(p.start)} à ${s(p.end)}).`,
  "contract.action_zero_funding": (p) => `L’action ${s(p.actionId)} n’a aucun financement sur la période.`,
  "contract.reinforcement_missing": (p) =>
    `L’action ${s(p.actionId)} est renforcée : précisez comment (reinforcement.kind : caseload, publics ou zones).`,
  "contract.reinforcement_unexpected": (p) =>
    `L’action ${s(p.actionId)} est nouvelle : la description d’un renforcement est ignorée.`,
  "contract.deliberation_body_missing": () =>
    `L’organe qui a voté la délibération n’est pas précisé (commission permanente, conseil départemental, conseil métropolitain…).`,
  "contract.signature_after_start": (p) =>
    `La signature du ${s(p.signature)} est postérieure au début de la période (${s(p.start)}) alors que le profil « ${s(p.profile)} » ne prévoit pas d’effet rétroactif.`,
  "contract.part_not_applicable": (p) =>
    `La partie « ${s(p.received)} » de l’action ${s(p.actionId)} est ignorée : le profil « ${s(p.profile)} » ne distingue pas socle et initiatives.`,
  "contract.unknown_option": (p) =>
    `Option inconnue : « ${s(p.received)} » est ignorée ; options du profil « ${s(p.profile)} » : ${
      Array.isArray(p.available) && p.available.length > 0 ? list(p.available, "et") : "aucune"
    }.`,
  "contract.siret_missing": () =>
    `Aucun SIRET n’est indiqué pour la collectivité, et les données de référence n’en donnent pas ; ajoutez collectivite.siret.`,
  "contract.meeting_dates_count": (p) =>
    `${s(p.count)} date${Number(p.count) > 1 ? "s" : ""} de réunion pour ${s(p.expected)} réunion${Number(p.expected) > 1 ? "s" : ""} par an.`,
  "contract.article_unknown_slot": (p) =>
    `Article « ${s(p.articleId)} » : l’emplacement « {${s(p.slot)}} » est inconnu ; emplacements possibles : ${list(p.available, "et")}.`,
  "contract.amendment_reference_mismatch": (p) =>
    `Le contrat révisé porte la référence « ${s(p.received)} » au lieu de « ${s(p.expected)} » : un avenant modifie le même contrat.`,
  "contract.amendment_profile_mismatch": (p) =>
    `Le contrat révisé relève du profil « ${s(p.received)} » au lieu de « ${s(p.expected)} » : un avenant ne change pas la nature du contrat.`,
  "contract.amendment_date_before_signature": (p) =>
    `L’avenant est daté du ${s(p.date)}, avant la signature du contrat (${s(p.signature)}).`,
  "contract.amendment_number": (p) => `Numéro d’avenant invalide : « ${s(p.received)} » ; un entier à partir de 1 est attendu.`,
  "contract.amendment_no_change": () => `Le contrat révisé est identique au contrat de base : l’avenant ne modifie rien.`,
  "contract.unknown_region": (p) =>
    `Région inconnue : « ${s(p.received)} » ; le nom ou le code INSEE d’une région est attendu (par exemple Nouvelle-Aquitaine ou 75).${p.suggestion ? ` Vouliez-vous dire « ${s(p.suggestion)} » ?` : ""}`,
  "contract.axis_missing": (p) =>
    `L’action ${s(p.actionId)} doit préciser son axe du Pacte des solidarités (axis : ${list(p.allowed, "ou")}), exigé par le profil « ${s(p.profile)} ».`,
  "contract.axis_not_applicable": (p) =>
    `L’action ${s(p.actionId)} indique un axe (${s(p.received)}), or le profil « ${s(p.profile)} » est antérieur au Pacte des solidarités et ne connaît pas ses axes : retirez « axis » et indiquez la partie (part : socle ou initiative).`,
  "contract.socle_missing": (p) =>
    `L’action ${s(p.actionId)} relève du socle : précisez l’engagement qu’elle met en œuvre (socle : ${list(p.available, "ou")}).`,
  "contract.socle_unknown": (p) =>
    `Engagement du socle inconnu : « ${s(p.received)} » (action ${s(p.actionId)}) ; engagements du profil « ${s(p.profile)} » : ${list(p.available, "et")}.${p.suggestion ? ` Vouliez-vous dire « ${s(p.suggestion)} » ?` : ""}`,
  "contract.placeholder": (p) =>
    `Texte à compléter : « ${s(p.received)} » est un texte d’attente laissé par le modèle ; remplacez-le avant de rendre la version à signer (ou rendez un projet).`,
  "contract.prefet_de_region": (p) =>
    p.reason === "not-chef-lieu"
      ? `${s(p.name)} ne peut pas signer à la fois comme préfet du département (${s(p.departement)}) et comme préfet de région : le préfet de région (${s(p.region)}) est celui du département ${s(p.chefLieu)}. Indiquez le préfet de région s’il s’agit d’une autre personne.`
      : `Le préfet de ce département (${s(p.departement)}) est aussi le préfet de région (${s(p.region)}) : ${s(p.prefet)} et ${s(p.name)} ne peuvent pas occuper tous deux cette fonction. Indiquez la même personne pour qu’elle signe une seule fois, en ses deux qualités.`,
  "contract.signing_prefet": (p) =>
    `Le préfet ${s(p.receivedWithDe)} (${s(p.received)}) ne signe pas pour cette collectivité : c’est le préfet ${s(p.expectedWithDe)} (${s(p.expected)})${p.note ? ` — ${s(p.note)}` : ""}${p.provenance !== "confirmed" ? " (règle non confirmée par une source primaire)" : ""}.`,
  "contract.state_service_unknown": (p) =>
    `Le service de l’État chargé des solidarités n’est pas connu pour le département ${s(p.departementName)} (${s(p.departement)}) à cette date : ${SERVICE_REASON_FR[s(p.reason)] ?? s(p.reason)}${p.candidate ? ` (peut-être une ${s(p.candidate)})` : ""}. Le contrat écrit « les services de l’État » ; nommez le service dans state.service.`,
  "contract.action_field_missing": (p) =>
    `L’action ${s(p.actionId)} n’indique pas ${FIELD_FR[s(p.field)] ?? s(p.field)} (${s(p.field)}) : sa fiche action ne pourra pas le préciser ; complétez-le.`,
  "contract.socle_not_applicable": (p) =>
    `L’engagement du socle « ${s(p.received)} » de l’action ${s(p.actionId)} est ignoré : ${p.part === "initiative" ? "l’action est une initiative locale" : `le profil « ${s(p.profile)} » n’a pas de socle`}.`,
  "contract.socle_before_year": (p) =>
    `L’engagement « ${s(p.label)} » n’entre dans le socle qu’à compter de ${s(p.fromYear)} ; l’action ${s(p.actionId)} est financée en ${s(p.year)}.`,
};

const en: Record<ContractIssueCode, MessageFn> = {
  "contract.unknown_profile": (p) =>
    `Unknown profile: "${s(p.received)}"; available profiles: ${list(p.available, "and")}.${
      p.suggestion ? ` Did you mean "${s(p.suggestion)}"?` : ""
    }`,
  "contract.collectivite_wrong_kind": (p) =>
    p.expected === "metropole"
      ? `Profile "${s(p.profile)}" is signed with a métropole, but "${s(p.received)}" is ${s(p.receivedName)}, a collectivity with departmental powers; choose a departmental profile (e.g. cls-departement-2024) or a métropole.`
      : `Profile "${s(p.profile)}" is signed with a collectivity with departmental powers, but "${s(p.received)}" is ${s(p.receivedName)}, a métropole; choose the cls-metropole-2024 profile or a département.`,
  "contract.state_departement_mismatch": (p) =>
    `The signing préfet must be the one of ${p.expectedNames ? `a département of the collectivity (${list(p.expectedNames, "or")})` : "the collectivity's département"}: received ${s(p.received)}, expected ${list(p.expected, "or")}.`,
  "contract.duplicate_action_id": (p) =>
    `Duplicate action id: "${s(p.received)}" is already the id of ${s(p.firstPath)}; each action needs its own id.`,
  "contract.axis_not_allowed": (p) =>
    p.option
      ? `Axis ${s(p.received)} is allowed by profile "${s(p.profile)}" only with the option ${s(p.option)} (single convention); allowed axes: ${list(p.allowed, "and")}. Add options.${s(p.option)}: true or remove the action.`
      : `Axis ${s(p.received)} is not allowed by profile "${s(p.profile)}"; allowed axes: ${list(p.allowed, "and")}.`,
  "contract.axis_without_action": (p) =>
    `Axis ${s(p.axis)} needs at least ${s(p.min)} action${Number(p.min) > 1 ? "s" : ""} (profile "${s(p.profile)}"); received ${s(p.count)}.`,
  "contract.parity": (p) =>
    `Parity broken for action ${s(p.actionId)} in ${s(p.year)}: the State gives ${eur(p.state)}, the collectivity ${eur(p.collectivite)}, a difference of ${eur(p.difference)}; each action is co-financed in equal shares every year.`,
  "contract.collectivite_below_state": (p) =>
    `In ${s(p.year)} the collectivity gives ${eur(p.collectivite)}, less than the State (${eur(p.state)}): ${eur(p.difference)} short; the collectivity must give at least as much as the State every year.`,
  "contract.ceiling_exceeded": (p) =>
    `In ${s(p.year)} the State's money comes to ${eur(p.total)}, above the annual ceiling of ${eur(p.ceiling)} (by ${eur(p.excess)}).`,
  "contract.year_outside_period": (p) =>
    `Funding outside the period: year ${s(p.year)} is not within the contract's period (${s(p.start)} to ${s(p.end)}).`,
  "contract.period_order": (p) => `Invalid period: the end (${s(p.end)}) comes before the start (${s(p.start)}).`,
  "contract.period_outside_profile": (p) =>
    p.bound === "start"
      ? `Invalid period start: ${s(p.received)} is before the start set by profile "${s(p.profile)}" (${s(p.limit)}).`
      : `Invalid period end: ${s(p.received)} is after the latest end profile "${s(p.profile)}" allows (${s(p.limit)}).`,
  "contract.deliberation_after_signature": (p) =>
    `The deliberation of ${s(p.deliberation)} comes after the signature of ${s(p.signature)}: the executive must be empowered before signing.`,
  "contract.signature_after_period": (p) => `The signature of ${s(p.signature)} comes after the end of the period (${s(p.end)}).`,
  "contract.unknown_article": (p) => `Unknown article: "${s(p.received)}"; the profile's articles: ${list(p.available, "and")}.`,
  "contract.part_missing": (p) =>
    `Action ${s(p.actionId)} must state its part: "socle" or "initiative" (profile "${s(p.profile)}").`,
  "contract.payment_percent_sum": (p) =>
    `Instalments must add up to 100%; received ${typeof p.received === "number" && Number.isFinite(p.received) ? formatNumber(p.received, { separator: "", minus: "-" }).replace(",", ".") : s(p.received)}%.`,
  "contract.february_29": (p) =>
    `29 February (02-29) does not exist every year, and profile "${s(p.profile)}" does not say which day it stands for in the other years; choose a day that exists every year (e.g. 02-28 or 03-01).`,
  "contract.option_type": (p) => `Option ${s(p.option)} expects a ${s(p.expected)}; received "${s(p.received)}".`,
  "contract.action_without_indicators": (p) =>
    `Action ${s(p.actionId)} has no indicator; add at least one to monitor it.`,
  "contract.indicator_target_outside_period": (p) =>
    `Target of indicator "${s(p.indicator)}" (action ${s(p.actionId)}) for ${s(p.year)}, outside the contract's period (${s(p.start)} to ${s(p.end)}).`,
  "contract.action_zero_funding": (p) => `Action ${s(p.actionId)} has no funding over the period.`,
  "contract.reinforcement_missing": (p) =>
    `Action ${s(p.actionId)} is reinforced: say how (reinforcement.kind: caseload, publics or zones).`,
  "contract.reinforcement_unexpected": (p) => `Action ${s(p.actionId)} is new: its reinforcement is ignored.`,
  "contract.deliberation_body_missing": () =>
    `The body that voted the deliberation is not given (commission permanente, conseil départemental, conseil métropolitain…).`,
  "contract.signature_after_start": (p) =>
    `The signature of ${s(p.signature)} comes after the start of the period (${s(p.start)}) while profile "${s(p.profile)}" has no retroactive start.`,
  "contract.part_not_applicable": (p) =>
    `Part "${s(p.received)}" of action ${s(p.actionId)} is ignored: profile "${s(p.profile)}" has no socle and initiatives.`,
  "contract.unknown_option": (p) =>
    `Unknown option: "${s(p.received)}" is ignored; options of profile "${s(p.profile)}": ${
      Array.isArray(p.available) && p.available.length > 0 ? list(p.available, "and") : "none"
    }.`,
  "contract.siret_missing": () =>
    `No SIRET is given for the collectivity and the reference data has none; add collectivite.siret.`,
  "contract.meeting_dates_count": (p) =>
    `${s(p.count)} meeting date${Number(p.count) > 1 ? "s" : ""} for ${s(p.expected)} meeting${Number(p.expected) > 1 ? "s" : ""} a year.`,
  "contract.article_unknown_slot": (p) =>
    `Article "${s(p.articleId)}": unknown slot "{${s(p.slot)}}"; available slots: ${list(p.available, "and")}.`,
  "contract.amendment_reference_mismatch": (p) =>
    `The revised contract has reference "${s(p.received)}" instead of "${s(p.expected)}": an amendment changes the same contract.`,
  "contract.amendment_profile_mismatch": (p) =>
    `The revised contract uses profile "${s(p.received)}" instead of "${s(p.expected)}": an amendment does not change the kind of contract.`,
  "contract.amendment_date_before_signature": (p) =>
    `The amendment is dated ${s(p.date)}, before the contract's signature (${s(p.signature)}).`,
  "contract.amendment_number": (p) => `Invalid amendment number: "${s(p.received)}"; an integer from 1 is expected.`,
  "contract.amendment_no_change": () => `The revised contract is identical to the base contract: the amendment changes nothing.`,
  "contract.unknown_region": (p) =>
    `Unknown region: "${s(p.received)}"; a region's name or INSEE code is expected (e.g. Nouvelle-Aquitaine or 75).${p.suggestion ? ` Did you mean "${s(p.suggestion)}"?` : ""}`,
  "contract.axis_missing": (p) =>
    `Action ${s(p.actionId)} must state its Pacte des solidarités axis (axis: ${list(p.allowed, "or")}), as profile "${s(p.profile)}" requires.`,
  "contract.axis_not_applicable": (p) =>
    `Action ${s(p.actionId)} gives an axis (${s(p.received)}), but profile "${s(p.profile)}" is older than the Pacte des solidarités and has no axes: remove "axis" and give its part (part: socle or initiative).`,
  "contract.socle_missing": (p) =>
    `Action ${s(p.actionId)} belongs to the socle: say which commitment it serves (socle: ${list(p.available, "or")}).`,
  "contract.socle_unknown": (p) =>
    `Unknown socle commitment: "${s(p.received)}" (action ${s(p.actionId)}); commitments of profile "${s(p.profile)}": ${list(p.available, "and")}.${p.suggestion ? ` Did you mean "${s(p.suggestion)}"?` : ""}`,
  "contract.placeholder": (p) =>
    `Text to fill in: "${s(p.received)}" is a placeholder left by the template; replace it before rendering the version to sign (or render a draft).`,
  "contract.prefet_de_region": (p) =>
    p.reason === "not-chef-lieu"
      ? `${s(p.name)} cannot sign both as the département's préfet (${s(p.departement)}) and as préfet de région: the préfet of ${s(p.region)} is the préfet of département ${s(p.chefLieu)}. Give the préfet de région if another person signs.`
      : `The préfet of this département (${s(p.departement)}) is also the préfet of ${s(p.region)}: ${s(p.prefet)} and ${s(p.name)} cannot both hold that office. Give the same person, who then signs once in both qualities.`,
  "contract.signing_prefet": (p) =>
    `The préfet of ${s(p.receivedName)} (${s(p.received)}) does not sign for this collectivity: the préfet of ${s(p.expectedName)} (${s(p.expected)}) does${p.note ? ` — ${s(p.note)}` : ""}${p.provenance !== "confirmed" ? " (rule not confirmed by a primary source)" : ""}.`,
  "contract.state_service_unknown": (p) =>
    `The State service in charge of solidarity in ${s(p.departementName)} is not known on that date: ${SERVICE_REASON_EN[s(p.reason)] ?? s(p.reason)}${p.candidate ? ` (perhaps a ${s(p.candidate)})` : ""}. The contract says "les services de l'État"; name the service in state.service.`,
  "contract.action_field_missing": (p) =>
    `Action ${s(p.actionId)} gives no ${FIELD_EN[s(p.field)] ?? s(p.field)}; its fiche cannot state it.`,
  "contract.socle_not_applicable": (p) =>
    `Socle commitment "${s(p.received)}" of action ${s(p.actionId)} is ignored: ${p.part === "initiative" ? "the action is a local initiative" : `profile "${s(p.profile)}" has no socle`}.`,
  "contract.socle_before_year": (p) =>
    `Commitment "${s(p.label)}" joins the socle only from ${s(p.fromYear)}; action ${s(p.actionId)} is funded in ${s(p.year)}.`,
};

/**
 * The catalog of `@pacte/contract`'s issue codes: their French and English messages and which
 * are warnings ({@link CONTRACT_WARNING_CODES}).
 *
 * @example
 * CONTRACT_ISSUES.severity("contract.parity") //=> "error"
 */
export const CONTRACT_ISSUES: IssueCatalog<Record<ContractIssueCode, MessageFn>> = Object.freeze(defineIssueCatalog({
  fr,
  en,
  warnings: CONTRACT_WARNING_CODES,
}));

/**
 * The message of a contract issue code, in French by default; amounts given in cents in
 * `params` are written in euros.
 *
 * @example
 * contractMessage("contract.ceiling_exceeded", { year: 2025, total: 60000000, ceiling: 50000000, excess: 10000000 })
 * //=> "En 2025, les crédits de l’État s’élèvent à 600 000,00 €, au-delà du plafond annuel de 500 000,00 € (dépassement de 100 000,00 €)."
 */
export function contractMessage(code: ContractIssueCode, params: Params = {}, lang: Lang = "fr"): string {
  return CONTRACT_ISSUES.message(code, params, lang);
}
