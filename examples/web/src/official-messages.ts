// The library's messages are written for whoever writes the input — often a developer, who is
// told to « ajoutez options.singleConvention: true ». A State official fills in a form: for each
// code whose message speaks of keys, files or commands, the page says in plain French what to do
// in the form. Pure.
import { formatDate, frenchLineBreaks, frenchTypography } from "@pacte/document";
import type { Issue } from "@pacte/model";
import type { AxisChoice, ProfileChoice } from "./choices";

/** What a message may need to know about the form. */
export interface MessageContext {
  readonly profile: ProfileChoice;
  readonly axes: readonly AxisChoice[];
  /** The form's field (`actions[1].title`) the issue is about, if the form has one. */
  readonly field: string | undefined;
}

/** What to fill in, by field (indices as `[*]`): « Indiquez … ». */
const WHAT: Readonly<Record<string, string>> = {
  party: "la collectivité qui signe le contrat",
  reference: "la référence du contrat",
  title: "l’intitulé du contrat",
  siret: "le SIRET de la collectivité (14 chiffres)",
  address: "l’adresse de la collectivité",
  "prefet.name": "le prénom et le nom de la préfète ou du préfet",
  "prefet.gender": "« la préfète » ou « le préfet »",
  "prefetDeRegion.name": "le prénom et le nom de la préfète ou du préfet de région",
  "prefetDeRegion.gender": "« la préfète de région » ou « le préfet de région »",
  service: "le service de l’État qui suit le contrat",
  "executive.name": "le prénom et le nom de l’exécutif de la collectivité",
  "executive.gender": "le titre de l’exécutif",
  "deliberation.number": "le numéro de la délibération",
  "deliberation.date": "la date de la délibération",
  "deliberation.body": "l’organe qui a voté la délibération",
  "signature.place": "le lieu de signature",
  "signature.date": "la date de signature",
  "actions[*].id": "le numéro de la fiche action",
  "actions[*].title": "l’intitulé de l’action",
  "actions[*].axis": "l’axe du Pacte des solidarités de l’action",
  "actions[*].nature": "si l’action est nouvelle ou renforcée",
  "actions[*].reinforcement": "comment l’action est renforcée",
  "actions[*].carrier": "le porteur de l’action",
  "actions[*].publics": "les publics visés",
  "actions[*].territory": "le territoire de l’action",
  "actions[*].description": "la description de l’action",
  "actions[*].indicators[*].label": "le libellé de l’indicateur",
  "actions[*].indicators[*].unit": "l’unité de l’indicateur (personnes, places, logements…)",
  "actions[*].indicators[*].baseline": "la valeur de départ de l’indicateur",
  "actions[*].indicators[*].targets[*]": "la cible de l’indicateur",
  "actions[*].funding[*].state": "la part de l’État",
  "actions[*].funding[*].collectivite": "la part de la collectivité",
  "actions[*].others[*].name": "le nom du financeur",
  "actions[*].others[*].amounts[*]": "le montant du financeur",
};

/**
 * The form's field with its indices as `[*]`: the key of {@link WHAT}.
 *
 * @example
 * genericField("actions[2].funding[2025].state") //=> "actions[*].funding[*].state"
 */
export function genericField(field: string): string {
  return field.replace(/\[[^\]]+\]/g, "[*]");
}

/** « l’action 2 », from a field `actions[1]…`. */
function actionOf(field: string | undefined, issue: Issue): string {
  const fromField = field?.match(/^actions\[(\d+)\]/)?.[1];
  const fromPath = issue.path[0] === "actions" && typeof issue.path[1] === "number" ? issue.path[1] : undefined;
  const i = fromField !== undefined ? Number(fromField) : fromPath;
  return i === undefined ? "l’action" : `l’action ${i + 1}`;
}

const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : JSON.stringify(v) ?? "");
const date = (v: unknown): string => {
  const s = str(v);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? formatDate(s) : s;
};
const list = (items: readonly unknown[], last: string): string =>
  items.length <= 1 ? items.map(str).join("") : `${items.slice(0, -1).map(str).join(", ")} ${last} ${str(items.at(-1))}`;

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const REINFORCEMENTS = "une file active plus grande, de nouveaux publics ou de nouveaux territoires";
const ACTION_FIELDS: Readonly<Record<string, readonly [string, string]>> = {
  carrier: ["son porteur", "complétez-le"],
  publics: ["ses publics", "complétez-les"],
  territory: ["son territoire", "complétez-le"],
};

type Wording = (issue: Issue, ctx: MessageContext) => string | undefined;

/** The codes whose library message speaks of keys, options or files, reworded for the form. */
const WORDINGS: Readonly<Record<string, Wording>> = {
  "contract.axis_not_allowed": (issue, { profile, axes }) => {
    const axis = Number(issue.params.received);
    const name = axes.find((a) => a.number === axis)?.wording;
    const option = profile.optionAxes.find((o) => o.axis === axis);
    const allowed = list(profile.allowedAxes, "ou");
    return option !== undefined
      ? `L’axe ${axis}${name ? ` (${name})` : ""} n’entre dans le contrat d’un département que si l’État et le département choisissent une convention unique, sans convention séparée avec France Travail : cochez « Convention unique » dans la partie « La collectivité », ou choisissez l’axe ${allowed} pour ${actionOf(undefined, issue)}.`
      : `L’axe ${axis} n’entre pas dans ce contrat : choisissez l’axe ${allowed} pour ${actionOf(undefined, issue)}.`;
  },
  "contract.axis_without_action": (issue, { axes, profile }) => {
    const axis = Number(issue.params.axis);
    const name = axes.find((a) => a.number === axis)?.wording;
    const who = profile.id === "cls-metropole-2024" ? "d’une métropole" : "d’un département";
    return `Le contrat ${who} compte au moins une action sur l’axe ${axis}${name ? ` (${name})` : ""} : ajoutez-en une avec le bouton « Ajouter une action », ou choisissez cet axe pour une action existante.`;
  },
  "contract.axis_missing": (issue) => `Choisissez l’axe du Pacte des solidarités de ${actionOf(undefined, issue)}.`,
  "contract.siret_missing": () =>
    "Indiquez le SIRET de la collectivité (14 chiffres, dans le champ « SIRET ») : les données de référence n’en donnent pas, et le contrat l’écrit en tête.",
  "contract.state_service_unknown": (issue) =>
    `Le service de l’État chargé des solidarités n’est pas connu pour ce département à cette date${issue.params.candidate ? ` (peut-être une ${str(issue.params.candidate)})` : ""} : le contrat écrira « les services de l’État ». Pour le nommer, remplissez « Service de l’État qui suit le contrat ».`,
  "contract.reinforcement_missing": (issue) => `${capitalize(actionOf(undefined, issue))} est renforcée : dites comment (${REINFORCEMENTS}).`,
  "contract.reinforcement_unexpected": (issue) => `${capitalize(actionOf(undefined, issue))} est nouvelle : la façon dont elle serait renforcée est ignorée.`,
  "contract.action_field_missing": (issue) => {
    const [what, todo] = ACTION_FIELDS[str(issue.params.field)] ?? [str(issue.params.field), "complétez-le"];
    return `${capitalize(actionOf(undefined, issue))} n’indique pas ${what} : ${todo}, sa fiche action le précisera.`;
  },
  "contract.action_without_indicators": (issue) =>
    `${capitalize(actionOf(undefined, issue))} n’a aucun indicateur : ajoutez-en au moins un (bouton « Ajouter un indicateur ») pour en suivre l’exécution.`,
  "contract.action_zero_funding": (issue) => `${capitalize(actionOf(undefined, issue))} n’a aucun financement : indiquez les parts de l’État et de la collectivité pour au moins une année.`,
  "contract.deliberation_after_signature": (issue) =>
    `La délibération du ${date(issue.params.deliberation)} est postérieure à la signature du ${date(issue.params.signature)} : l’exécutif doit être habilité avant de signer ; vérifiez les deux dates.`,
  "contract.signature_after_period": (issue) => `La signature du ${date(issue.params.signature)} est postérieure à la fin du contrat (${date(issue.params.end)}) : vérifiez la date de signature.`,
  "contract.placeholder": (issue) => `Remplacez le texte d’attente « ${str(issue.params.received)} » par le vrai texte.`,
  "contract.state_departement_mismatch": () => "Le préfet qui signe n’est pas celui du département de la collectivité : choisissez à nouveau la collectivité.",
  "contract.collectivite_wrong_kind": () => "Choisissez à nouveau la collectivité dans la liste.",
  "contract.unknown_profile": () => "Choisissez à nouveau la collectivité dans la liste.",
  "contract.prefet_de_region": (issue) =>
    issue.params.reason === "not-chef-lieu"
      ? `${str(issue.params.name)} ne peut pas signer aussi comme préfet de région : le préfet de région est celui ${str(issue.params.chefLieu)}. Indiquez le préfet de région s’il s’agit d’une autre personne, ou laissez ces champs vides.`
      : `Le préfet de ce département est aussi le préfet de région : indiquez la même personne dans les deux champs (elle signe une seule fois, en ses deux qualités), ou laissez vides ceux du préfet de région.`,
  "contract.signing_prefet": () => "Le préfet qui signe n’est pas celui que les données de référence désignent pour cette collectivité : choisissez à nouveau la collectivité.",
  "contract.unknown_option": (issue) => `Le fichier ouvert contient une option « ${str(issue.params.received)} » que ce contrat ne connaît pas : elle est ignorée.`,
  "input.unknown_key": (issue) =>
    `Le fichier ouvert contient une rubrique inconnue « ${str(issue.params.key)} »${issue.params.suggestion ? ` (vouliez-vous dire « ${str(issue.params.suggestion)} » ?)` : ""} : elle est ignorée.`,
  "territory.unknown_collectivite": () => "Choisissez la collectivité dans la liste.",
  "territory.unknown_metropole": () => "Choisissez la métropole dans la liste.",
  "territory.unknown_departement": () => "Choisissez la collectivité dans la liste.",
  "limit.amount": (issue) => `Montant trop élevé : ${str(issue.params.received)} ; vérifiez-le.`,
};

/** Whether a value the schema refused was simply not given. */
const notGiven = (issue: Issue): boolean =>
  (issue.code === "schema.too_small" && issue.params.origin === "string" && issue.params.minimum === 1) ||
  (issue.code === "schema.invalid_value" && issue.params.received === undefined) ||
  (issue.code === "schema.invalid_type" && (issue.params.received === undefined || issue.params.received === "undefined")) ||
  (issue.code === "date.format" && issue.params.received === "");

/**
 * The message an official reads for an issue: what to do in the form, in plain French. A field
 * left empty gets « Indiquez … »; a code whose library message speaks of keys or options gets its
 * own wording; any other code keeps the library's French message, already written for a person
 * (a SIRET's checksum, an unreadable amount, a broken parity).
 *
 * @example
 * officialMessage({ code: "contract.axis_not_allowed", path: ["actions", 0, "axis"], params: { received: 2, option: "singleConvention" }, … }, ctx)
 * //=> "L’axe 2 (Amplifier la politique d’accès à l’emploi pour tous) n’entre dans le contrat d’un département que si … : cochez « Convention unique » …"
 * officialMessage({ code: "schema.too_small", path: ["signature", "place"], params: { origin: "string", minimum: 1 }, … }, { ...ctx, field: "signature.place" })
 * //=> "Indiquez le lieu de signature."
 */
export function officialMessage(issue: Issue, ctx: MessageContext): string {
  if (notGiven(issue) && ctx.field !== undefined) {
    const what = WHAT[genericField(ctx.field)];
    if (what !== undefined) return `Indiquez ${what}.`;
  }
  const reworded = WORDINGS[issue.code]?.(issue, ctx);
  if (reworded !== undefined) return reworded;
  if (issue.code.startsWith("schema.") && ctx.field !== undefined) {
    const what = WHAT[genericField(ctx.field)];
    if (what !== undefined) return `Valeur non reconnue pour ${what} : corrigez-la.`;
  }
  return issue.message;
}

/**
 * A message set the French way for the screen, as the documents are: no-break spaces before
 * « : ; ! ? € », inside « », in numbers and dates (`frenchTypography`, `frenchLineBreaks`), so
 * that a narrow screen never breaks « 1 234,56 € » or « (0 € ».
 *
 * @example
 * typeset("Indiquez la part de l’État (0 € s’il n’y en a pas).") //=> "Indiquez la part de l’État (0 € s’il n’y en a pas)." (U+00A0 before €)
 */
export function typeset(text: string): string {
  return frenchLineBreaks(frenchTypography(text));
}
