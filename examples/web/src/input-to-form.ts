// A contract input — read from a saved file — put back into the form: amounts in cents written
// in euros as a person types them (« 50 000 € »), numbers the French way, and what the form does
// not show kept aside to be saved again. The inverse of formToInput for what the form holds. Pure.
import { inputEuros } from "@pacte/contract";
import type { Choices, PartyChoice } from "./choices";
import { normalize } from "./party-search";
import { actionIds, defaultReference } from "./defaults";
import { emptyAction, type ActionValues, type FormValues, type FunderValues, type IndicatorValues, type Kept, type PersonValues } from "./form-values";

/** What putting an input into the form gives: the values, and what could not be put there. */
export type InputInForm =
  | { readonly success: true; readonly values: FormValues; readonly notes: readonly string[] }
  | { readonly success: false; readonly message: string };

type Rec = Readonly<Record<string, unknown>>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const rec = (v: unknown): Rec => (isRec(v) ? v : {});
const text = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const without = (value: Rec, keys: readonly string[]): Kept | undefined => {
  const rest = Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
  return Object.keys(rest).length > 0 ? rest : undefined;
};

/**
 * An amount in cents as the form shows it: « 50 000 € », « 1 234,56 € » (what `inputEuros`
 * writes); anything else as it was, for the checks to report.
 *
 * @example
 * euros(5000000) //=> "50 000 €"
 * euros(undefined) //=> ""
 */
export function euros(cents: unknown): string {
  return typeof cents === "number" && Number.isSafeInteger(cents) && cents >= 0 ? inputEuros(cents) : text(cents);
}

/**
 * A number as the form shows it, the French way.
 *
 * @example
 * frenchNumber(12.5) //=> "12,5"
 */
export function frenchNumber(n: unknown): string {
  return typeof n === "number" ? String(n).replace(".", ",") : text(n);
}

function person(value: unknown): PersonValues {
  const p = rec(value);
  const gender = p.gender === "f" || p.gender === "m" ? p.gender : "";
  return { name: text(p.name), gender, kept: without(p, ["name", "gender"]) };
}

/** The party an input's `collectivite.ref` names, for its profile: a code, a SIREN or a métropole's name. */
function findParty(choices: Choices, profile: string, ref: string): PartyChoice | undefined {
  const wanted = normalize(ref.trim());
  return choices.parties.find((p) => p.profile === profile && (normalize(p.ref) === wanted || normalize(p.code) === wanted || normalize(p.label) === wanted));
}

function indicator(value: unknown, years: readonly string[]): IndicatorValues {
  const ind = rec(value);
  const targets = rec(ind.targets);
  return {
    label: text(ind.label),
    unit: text(ind.unit),
    baseline: frenchNumber(ind.baseline),
    targets: Object.fromEntries(years.map((y) => [y, frenchNumber(targets[y])])),
    kept: without(ind, ["label", "unit", "baseline", "targets"]),
  };
}

function action(value: unknown, years: readonly string[]): ActionValues {
  const a = rec(value);
  const funding = rec(a.funding);
  const others: { name: string; amounts: Record<string, string> }[] = [];
  for (const year of years) {
    for (const other of Array.isArray(rec(funding[year]).others) ? (rec(funding[year]).others as unknown[]) : []) {
      const o = rec(other);
      const name = text(o.name);
      // The same funder every year, as long as its name is the same and its year is free.
      let funder = others.find((f) => f.name === name && (f.amounts[year] ?? "") === "");
      if (funder === undefined) {
        funder = { name, amounts: Object.fromEntries(years.map((y) => [y, ""])) };
        others.push(funder);
      }
      funder.amounts[year] = euros(o.amount);
    }
  }
  const reinforcement = rec(a.reinforcement);
  const nature = a.nature === "new" || a.nature === "reinforced" ? a.nature : "";
  return {
    ...emptyAction(years),
    id: text(a.id),
    title: text(a.title),
    axis: text(a.axis),
    nature,
    reinforcement: text(reinforcement.kind),
    reinforcementDetail: text(reinforcement.detail),
    carrier: text(a.carrier),
    publics: Array.isArray(a.publics) ? a.publics.map(text).join("\n") : text(a.publics),
    territory: text(a.territory),
    description: text(a.description),
    indicators: Array.isArray(a.indicators) ? a.indicators.map((i) => indicator(i, years)) : [],
    funding: Object.fromEntries(
      years.map((y) => {
        const f = rec(funding[y]);
        return [y, { state: euros(f.state), collectivite: euros(f.collectivite) }];
      }),
    ),
    others: others as FunderValues[],
    kept: without(a, ["id", "axis", "title", "nature", "reinforcement", "carrier", "publics", "territory", "description", "indicators", "funding"]),
  };
}

const FORM_INPUT_KEYS = ["format", "reference", "profile", "options", "title", "state", "collectivite", "signature", "actions"];

/**
 * The form's values for a contract input (amounts in cents, as `parseContractText` reads a saved
 * file in either format), or why the page cannot edit it (another kind of contract). What the
 * proposed defaults would give back — the reference, the fiche numbers, the reference data's
 * SIRET — is left empty, as in a new form; what the form does not show is kept. `notes` says
 * what was left out: an unknown collectivity, funding outside the contract's years.
 *
 * @example
 * const r = inputToForm(parseContractText(yamlText).data, choices);
 * r.success && r.values.actions[0]?.funding["2024"] //=> { state: "40 000 €", collectivite: "40 000 €" }
 */
export function inputToForm(input: unknown, choices: Choices): InputInForm {
  if (!isRec(input)) return { success: false, message: "Le fichier ne décrit pas un contrat." };
  const profile = text(input.profile);
  if (profile !== "cls-departement-2024" && profile !== "cls-metropole-2024") {
    return {
      success: false,
      message: `Ce fichier décrit un autre type de contrat (« ${profile || "non précisé"} ») : cette page ne prépare que les contrats locaux des solidarités 2024–2027 d’un département ou d’une métropole.`,
    };
  }
  const years = choices.profiles[profile].years;
  const notes: string[] = [];
  const state = rec(input.state);
  const collectivite = rec(input.collectivite);
  const signature = rec(input.signature);
  const deliberation = rec(collectivite.deliberation);
  const options = rec(input.options);
  const ref = text(collectivite.ref);
  const party = findParty(choices, profile, ref);
  if (party === undefined && ref !== "") notes.push(`La collectivité « ${ref} » du fichier n’est pas dans la liste : choisissez-la.`);

  const actions = Array.isArray(input.actions) ? input.actions.map((a) => action(a, years)) : [];
  for (const [i, a] of (Array.isArray(input.actions) ? input.actions : []).entries()) {
    const outside = Object.keys(rec(rec(a).funding)).filter((y) => !years.includes(y));
    if (outside.length > 0) notes.push(`Action ${i + 1} : le financement de ${outside.join(", ")}, hors de la période du contrat, n’est pas repris.`);
  }
  // Numbers the page would propose itself are left empty, as in a new form.
  const proposed = actionIds(actions.map((a) => ({ ...a, id: "" })));
  const sameIds = actions.every((a, i) => a.id === proposed[i]);
  const reference = text(input.reference);
  const siret = text(collectivite.siret);

  const values: FormValues = {
    party: party?.value ?? "",
    singleConvention: options.singleConvention === true,
    reference: party !== undefined && reference === defaultReference(party) ? "" : reference,
    title: text(input.title),
    siret: party?.siret !== undefined && siret === party.siret ? "" : siret,
    address: text(collectivite.address),
    prefet: person(state.prefet),
    service: text(state.service),
    prefetDeRegion: state.prefetDeRegion === undefined ? { name: "", gender: "" } : person(state.prefetDeRegion),
    executive: person(collectivite.executive),
    deliberation: { number: text(deliberation.number), date: text(deliberation.date), body: text(deliberation.body) },
    signature: { place: text(signature.place), date: text(signature.date) },
    actions: sameIds ? actions.map((a) => ({ ...a, id: "" })) : actions,
    kept: {
      input: without(input, FORM_INPUT_KEYS),
      state: without(state, ["departement", "prefet", "prefetDeRegion", "service"]),
      collectivite: without(collectivite, ["ref", "executive", "siret", "deliberation", "address"]),
      signature: without(signature, ["place", "date"]),
      options: without(options, ["singleConvention"]),
    },
  };
  return { success: true, values, notes };
}
