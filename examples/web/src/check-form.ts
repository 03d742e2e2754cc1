// The form checked: its own problems first (an amount that is not one), then the contract's, as
// `validateContract` finds them — each with the control that settles it and a message written
// for an official. Pure: the same code would run in a test, a worker or a server.
import { contractTotals, validateContract, type Contract, type ContractInput, type Issue, type IssuePath } from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import type { Choices } from "./choices";
import { ADD_ACTION_PATH, actionPath, funderAmountPath, funderNamePath, fundingPath, indicatorPath, targetPath } from "./field-paths";
import { formToInput } from "./form-to-input";
import type { FormValues } from "./form-values";
import { genericField, officialMessage, typeset } from "./official-messages";

/** A problem as the page shows it: the message, and the control that settles it. */
export interface FieldIssue {
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly message: string;
  /** The control's path (`actions[1].title`), or `undefined` when the form has none for it. */
  readonly field: string | undefined;
  /** Where, in words: « Action 2 — intitulé », « Date de signature ». */
  readonly where: string;
}

/** What checking the form gives: the contract when it is valid, its input, and every problem. */
export interface FormCheck {
  readonly contract: Contract | undefined;
  readonly input: ContractInput;
  readonly errors: readonly FieldIssue[];
  readonly warnings: readonly FieldIssue[];
  /** The contract in one sentence, when it is valid: « Département de la Creuse — 3 actions ; … ». */
  readonly summary: string | undefined;
  /** Whether every amount (given where another is) and every number could be read: the input can then be saved as it is. */
  readonly readable: boolean;
}

const PERSON: Readonly<Record<string, string>> = { prefet: "prefet", prefetDeRegion: "prefetDeRegion", executive: "executive" };

/**
 * The control that settles an issue of the input at `path`, or `undefined` (a part the form does
 * not show). `funderAt` says which other funder of the form `actions[i].funding[year].others[j]`
 * comes from.
 *
 * @example
 * fieldOf(["collectivite", "deliberation", "date"]) //=> "deliberation.date"
 * fieldOf(["actions", 2, "funding", "2025"]) //=> "actions[2].funding[2025].collectivite"
 * fieldOf(["actions", 0, "indicators"]) //=> "actions[0].addIndicator"
 * fieldOf(["actions", 0, "funding"]) //=> "actions[0].funding" (the page leads to its first amount)
 */
export function fieldOf(path: readonly (string | number)[], funderAt: (action: number, year: string, index: number) => number | undefined = () => undefined): string | undefined {
  const [head, a, b, c, d, e, f] = path;
  switch (head) {
    case "reference":
    case "title":
      return head;
    case "profile":
      return "party";
    case "options":
      return a === "singleConvention" ? "singleConvention" : undefined;
    case "signature":
      return a === "place" ? "signature.place" : "signature.date";
    case "state":
      if (a === "departement") return "party";
      if (a === "service") return "service";
      if (typeof a === "string" && PERSON[a] !== undefined) return `${PERSON[a]}.${b === "gender" ? "gender" : "name"}`;
      return undefined;
    case "collectivite":
      if (a === "ref" || a === "name") return "party";
      if (a === "siret" || a === "address") return a;
      if (a === "executive") return `executive.${b === "gender" ? "gender" : "name"}`;
      if (a === "deliberation") return `deliberation.${b === "date" || b === "body" ? b : "number"}`;
      return undefined;
    case "actions": {
      if (typeof a !== "number") return ADD_ACTION_PATH;
      if (b === undefined) return actionPath(a, "title");
      if (b === "indicators") {
        if (typeof c !== "number") return actionPath(a, "addIndicator");
        if (d === "targets" && typeof e === "string") return targetPath(a, c, e);
        return indicatorPath(a, c, d === "unit" || d === "baseline" ? d : "label");
      }
      if (b === "funding") {
        const year = typeof c === "string" ? c : undefined;
        if (year === undefined) return actionPath(a, "funding");
        if (d === "state") return fundingPath(a, year, "state");
        if (d === "others" && typeof e === "number") {
          const k = funderAt(a, year, e);
          if (k === undefined) return fundingPath(a, year, "collectivite");
          return f === "name" ? funderNamePath(a, k) : funderAmountPath(a, k, year);
        }
        return fundingPath(a, year, "collectivite");
      }
      if (b === "reinforcement") return actionPath(a, c === "detail" ? "reinforcementDetail" : "reinforcement");
      if (typeof b === "string" && ["id", "axis", "title", "nature", "carrier", "publics", "territory", "description"].includes(b)) return actionPath(a, b);
      return actionPath(a, "title");
    }
    default:
      return undefined;
  }
}

/** Words for a field of the form, as the summary names it. */
const PLACES: Readonly<Record<string, string>> = {
  party: "Collectivité",
  singleConvention: "Convention unique",
  reference: "Référence du contrat",
  title: "Intitulé du contrat",
  siret: "SIRET de la collectivité",
  address: "Adresse de la collectivité",
  "prefet.name": "Préfète ou préfet : prénom et nom",
  "prefet.gender": "Titre de la préfète ou du préfet",
  "prefetDeRegion.name": "Préfet de région : prénom et nom",
  "prefetDeRegion.gender": "Titre du préfet de région",
  service: "Service de l’État",
  "executive.name": "Exécutif : prénom et nom",
  "executive.gender": "Titre de l’exécutif",
  "deliberation.number": "Numéro de la délibération",
  "deliberation.date": "Date de la délibération",
  "deliberation.body": "Organe qui a voté la délibération",
  "signature.place": "Lieu de signature",
  "signature.date": "Date de signature",
  [ADD_ACTION_PATH]: "Actions",
};

const ACTION_PLACES: Readonly<Record<string, string>> = {
  id: "numéro de fiche",
  title: "intitulé",
  axis: "axe",
  nature: "nature",
  reinforcement: "renforcement",
  reinforcementDetail: "renforcement",
  carrier: "porteur",
  publics: "publics",
  territory: "territoire",
  description: "description",
  addIndicator: "indicateurs",
  funding: "financement",
};

/**
 * Where a field is, in words, for the summary of problems.
 *
 * @example
 * placeOf("actions[1].funding[2025].state") //=> "Action 2 — part de l’État en 2025"
 * placeOf("signature.date") //=> "Date de signature"
 */
export function placeOf(field: string | undefined): string {
  if (field === undefined) return "Contrat";
  const m = field.match(/^actions\[(\d+)\]\.(.+)$/);
  if (m === null) return PLACES[field] ?? field;
  const n = Number(m[1]) + 1;
  const rest = m[2] ?? "";
  const parts = rest.match(/\[([^\]]+)\]/g)?.map((p) => p.slice(1, -1)) ?? [];
  const what = (() => {
    switch (genericField(rest)) {
      case "funding[*].state":
        return `part de l’État en ${parts[0]}`;
      case "funding[*].collectivite":
        return `part de la collectivité en ${parts[0]}`;
      case "others[*].name":
        return `financeur ${Number(parts[0]) + 1}, nom`;
      case "others[*].amounts[*]":
        return `financeur ${Number(parts[0]) + 1}, montant ${parts[1]}`;
      case "indicators[*].targets[*]":
        return `indicateur ${Number(parts[0]) + 1}, cible ${parts[1]}`;
      case "indicators[*].label":
        return `indicateur ${Number(parts[0]) + 1}, libellé`;
      case "indicators[*].unit":
        return `indicateur ${Number(parts[0]) + 1}, unité`;
      case "indicators[*].baseline":
        return `indicateur ${Number(parts[0]) + 1}, valeur de départ`;
      default:
        return ACTION_PLACES[rest] ?? rest;
    }
  })();
  return `Action ${n} — ${what}`;
}

/** « Département de la Creuse — 3 actions ; sur 2024–2027, l’État apporte 480 000,00 € et la collectivité 480 000,00 €. » */
function summaryOf(c: Contract): string {
  const totals = contractTotals(c);
  const n = c.actions.length;
  return `${c.collectivite.name} — ${n} action${n > 1 ? "s" : ""} ; sur ${c.years[0]}–${c.years.at(-1)}, l’État apporte ${formatEuros(totals.total.state)} et la collectivité ${formatEuros(totals.total.collectivite)}.`;
}

/**
 * Checks the form: the form's own problems (an amount or a number that cannot be read, a title
 * not chosen), then the contract's (`validateContract` with `purpose: "final"`: the version to
 * sign), every one at once, each with its control and a message for an official (see
 * `officialMessage`). A problem the form already reports on a control hides the library's on the
 * same control, and an amount that cannot be read counts as 0 € without the problems that would
 * follow from it.
 *
 * @example
 * checkForm(emptyForm(years), choices).errors[0]?.message //=> "Choisissez la collectivité qui signe le contrat."
 * checkForm(valuesForCreuse, choices).contract?.collectivite.name //=> "Département de la Creuse"
 */
export function checkForm(values: FormValues, choices: Choices): FormCheck {
  const { input, party, issues, funderAt, unreadYears } = formToInput(values, choices);
  const profile = choices.profiles[party?.profile ?? "cls-departement-2024"];
  const result = validateContract(input, { lang: "fr", purpose: "final" });
  const shown = (issue: Issue, field: string | undefined): FieldIssue => ({
    code: issue.code,
    severity: issue.severity,
    message: typeset(officialMessage(issue, { profile, axes: choices.axes, field })),
    field,
    where: placeOf(field),
  });

  const own: FieldIssue[] = issues.map(({ issue, field }) => shown(issue, field));
  if (party === undefined) {
    own.unshift({ code: "form.party_missing", severity: "error", message: typeset("Choisissez la collectivité qui signe le contrat."), field: "party", where: placeOf("party") });
  }
  const taken = new Set(own.map((i) => i.field));
  const unread = (path: IssuePath): boolean => path[0] === "actions" && path[2] === "funding" && (typeof path[3] === "string" ? unreadYears.has(`${String(path[1])}:${path[3]}`) : [...unreadYears].some((k) => k.startsWith(`${String(path[1])}:`)));
  const fromLibrary = (list: readonly Issue[]) =>
    list
      .filter((i) => !unread(i.path))
      .map((i) => shown(i, fieldOf(i.path, funderAt)))
      // Without a party, the reference the page proposes is not known yet either.
      .filter((i) => !taken.has(i.field) && !(party === undefined && (i.field === "party" || i.field === "reference")));

  const errors = [...own.filter((i) => i.severity === "error"), ...fromLibrary(result.success ? [] : result.issues)];
  const warnings = [...own.filter((i) => i.severity === "warning"), ...fromLibrary(result.warnings)];
  const readable = !issues.some((i) => i.issue.code.startsWith("money.") || i.issue.code === "form.number" || i.issue.code === "form.amount_missing");
  const contract = result.success && errors.length === 0 ? result.data : undefined;
  return { contract, input, errors, warnings, readable, summary: contract === undefined ? undefined : typeset(summaryOf(contract)) };
}
