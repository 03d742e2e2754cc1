// The form's values turned into a contract input: the text a person typed, read exactly — euros
// with @pacte/model's money reader (never through a float), indicator numbers the French way —
// and the parts the form does not show given back as they came. Pure.
import { ActionSchema, ContractInputSchema, IndicatorSchema, type ContractInput } from "@pacte/contract";
import { safeParseMoney, type Issue } from "@pacte/model";
import type { Choices, PartyChoice } from "./choices";
import { actionIds, defaultReference } from "./defaults";
import { fundingPath, funderAmountPath, indicatorPath, targetPath } from "./field-paths";
import type { ActionValues, FormValues, IndicatorValues, PersonValues } from "./form-values";

/** A problem of the form itself (an amount that is not one), with the control that settles it. */
export interface FormIssue {
  readonly issue: Issue;
  readonly field: string;
}

/** What the form describes: the input, the form's own problems, and where the input's parts come from. */
export interface FormInput {
  readonly input: ContractInput;
  readonly party: PartyChoice | undefined;
  readonly issues: readonly FormIssue[];
  /** The other funder (its index in the form) behind `actions[i].funding[year].others[j]`. */
  readonly funderAt: (action: number, year: string, index: number) => number | undefined;
  /** The actions and years whose amounts could not all be read (counted as 0 € for the checks). */
  readonly unreadYears: ReadonlySet<string>;
}

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A number typed the French way (« 12,5 », « 1 500 », « 40 »), or `undefined` when it is not one.
 *
 * @example
 * readNumber("1 500") //=> 1500
 * readNumber("12,5") //=> 12.5
 * readNumber("douze") //=> undefined
 */
export function readNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  return NUMBER.test(compact) ? Number(compact.replace(",", ".")) : undefined;
}

/** Keys in the order of a schema's shape, then any other key. */
function ordered<T extends Record<string, unknown>>(value: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  for (const [k, v] of Object.entries(value)) if (!(k in out) && v !== undefined) out[k] = v;
  return out as T;
}

const INPUT_KEYS = Object.keys(ContractInputSchema.shape);
const ACTION_KEYS = Object.keys(ActionSchema.shape);
const INDICATOR_KEYS = Object.keys(IndicatorSchema.shape);

const issueAt = (code: string, path: Issue["path"], message: string, params: Record<string, unknown> = {}): Issue => ({ code, path, message, severity: "error", params });
const some = (text: string): string | undefined => (text.trim() === "" ? undefined : text.trim());

/**
 * The contract input the form describes, with the form's own problems — an amount or a number
 * that cannot be read, a person's title not chosen — each at the control that settles it. The
 * collectivity's side and the State's (the département whose préfet signs) come from the chosen
 * party; an empty reference, fiche number or SIRET takes the one the page proposes. A year of an
 * action with no amount at all is left out. Parts of an opened input that the form does not show
 * (`kept`) are given back. Pure: `values` is never changed.
 *
 * @example
 * formToInput(valuesForCreuse, choices).input.collectivite.ref //=> "23D"
 * formToInput({ ...valuesForCreuse, actions: [{ ...action, funding: { "2024": { state: "50 000 €", collectivite: "50 000 €" } } }] }, choices).input.actions[0]?.funding //=> { "2024": { state: 5000000, collectivite: 5000000 } }
 */
export function formToInput(values: FormValues, choices: Choices): FormInput {
  const issues: FormIssue[] = [];
  const party = choices.parties.find((p) => p.value === values.party);
  const profileId = party?.profile ?? "cls-departement-2024";
  const years = choices.profiles[profileId].years;
  const unreadYears = new Set<string>();
  const funderIndex = new Map<string, number>();

  const person = (p: PersonValues, path: Issue["path"], field: string, what: string) => {
    if (p.gender === "") issues.push({ field: `${field}.gender`, issue: issueAt("form.gender_missing", [...path, "gender"], `Choisissez ${what}.`) });
    return { ...p.kept, name: p.name.trim(), ...(p.gender !== "" ? { gender: p.gender } : {}) } as { name: string; gender: "f" | "m" };
  };

  const money = (text: string, path: Issue["path"], field: string, unread: string): number => {
    const r = safeParseMoney(text.trim(), { path, lang: "fr" });
    if (r.success) return r.data;
    for (const issue of r.issues) issues.push({ issue, field });
    unreadYears.add(unread);
    return 0;
  };

  const number = (text: string, path: Issue["path"], field: string): number | undefined => {
    if (text.trim() === "") return undefined;
    const n = readNumber(text);
    if (n === undefined) {
      issues.push({ field, issue: issueAt("form.number", path, `Nombre illisible : « ${text.trim()} » ; écrivez un nombre, par exemple 40 ou 12,5.`, { received: text }) });
    }
    return n;
  };

  const indicator = (ind: IndicatorValues, i: number, k: number) => {
    const targets: Record<string, number> = {};
    for (const year of years) {
      const n = number(ind.targets[year] ?? "", ["actions", i, "indicators", k, "targets", year], targetPath(i, k, year));
      if (n !== undefined) targets[year] = n;
    }
    const baseline = number(ind.baseline, ["actions", i, "indicators", k, "baseline"], indicatorPath(i, k, "baseline"));
    return ordered(
      {
        ...ind.kept,
        label: ind.label.trim(),
        unit: ind.unit.trim(),
        baseline,
        targets: Object.keys(targets).length > 0 ? targets : undefined,
      },
      INDICATOR_KEYS,
    );
  };

  const ids = actionIds(values.actions);
  const actions = values.actions.map((a, i) => {
    const funding: Record<string, unknown> = {};
    for (const year of years) {
      const own = a.funding[year] ?? { state: "", collectivite: "" };
      const others = a.others.map((o, k) => ({ k, name: o.name, amount: o.amounts[year] ?? "" })).filter((o) => o.amount.trim() !== "");
      if (own.state.trim() === "" && own.collectivite.trim() === "" && others.length === 0) continue;
      const unread = `${i}:${year}`;
      const part = (who: "state" | "collectivite", what: string) => {
        const text = own[who];
        if (text.trim() === "") {
          const message = `Indiquez ${what} en ${year} (0 € s’il n’y en a pas).`;
          issues.push({ field: fundingPath(i, year, who), issue: issueAt("form.amount_missing", ["actions", i, "funding", year, who], message) });
          unreadYears.add(unread);
          return 0;
        }
        return money(text, ["actions", i, "funding", year, who], fundingPath(i, year, who), unread);
      };
      const state = part("state", "la part de l’État");
      const collectivite = part("collectivite", "la part de la collectivité");
      others.forEach((o, j) => funderIndex.set(`${i}:${year}:${j}`, o.k));
      funding[year] = {
        state,
        collectivite,
        ...(others.length > 0
          ? { others: others.map((o, j) => ({ name: o.name.trim(), amount: money(o.amount, ["actions", i, "funding", year, "others", j, "amount"], funderAmountPath(i, o.k, year), unread) })) }
          : {}),
      };
    }
    const publics = a.publics.split("\n").map((p) => p.trim()).filter((p) => p !== "");
    const reinforced = a.nature === "reinforced";
    return ordered(
      {
        ...a.kept,
        id: ids[i] ?? `A${i + 1}`,
        axis: a.axis === "" ? undefined : (Number(a.axis) as 1 | 2 | 3 | 4),
        title: a.title.trim(),
        description: some(a.description),
        publics: publics.length > 0 ? publics : undefined,
        carrier: some(a.carrier),
        territory: some(a.territory),
        nature: a.nature === "" ? undefined : a.nature,
        reinforcement:
          reinforced && a.reinforcement !== ""
            ? { kind: a.reinforcement, ...(some(a.reinforcementDetail) !== undefined ? { detail: some(a.reinforcementDetail) } : {}) }
            : undefined,
        indicators: a.indicators.length > 0 ? a.indicators.map((ind, k) => indicator(ind, i, k)) : undefined,
        funding,
      },
      ACTION_KEYS,
    );
  });

  const kept = values.kept ?? {};
  const options = { ...kept.options, ...(party?.profile === "cls-departement-2024" && values.singleConvention ? { singleConvention: true } : {}) };
  const siret = some(values.siret) ?? party?.siret;
  const input = ordered(
    {
      ...kept.input,
      reference: some(values.reference) ?? defaultReference(party),
      profile: profileId,
      options: Object.keys(options).length > 0 ? options : undefined,
      title: some(values.title),
      state: {
        ...kept.state,
        departement: party?.departement ?? "",
        prefet: person(values.prefet, ["state", "prefet"], "prefet", "« la préfète » ou « le préfet »"),
        ...(some(values.prefetDeRegion.name) !== undefined || values.prefetDeRegion.gender !== ""
          ? { prefetDeRegion: person(values.prefetDeRegion, ["state", "prefetDeRegion"], "prefetDeRegion", "« la préfète de région » ou « le préfet de région »") }
          : {}),
        ...(some(values.service) !== undefined ? { service: some(values.service) } : {}),
      },
      collectivite: {
        ...kept.collectivite,
        ref: party?.ref ?? "",
        executive: person(values.executive, ["collectivite", "executive"], "executive", "le titre de l’exécutif (« la présidente » ou « le président »)"),
        ...(siret !== undefined ? { siret } : {}),
        deliberation: {
          number: values.deliberation.number.trim(),
          date: values.deliberation.date,
          ...(some(values.deliberation.body) !== undefined ? { body: some(values.deliberation.body) } : {}),
        },
        ...(some(values.address) !== undefined ? { address: some(values.address) } : {}),
      },
      signature: { ...kept.signature, place: values.signature.place.trim(), date: values.signature.date },
      actions,
    },
    INPUT_KEYS,
  ) as ContractInput;
  return {
    input,
    party,
    issues,
    funderAt: (action, year, index) => funderIndex.get(`${action}:${year}:${index}`),
    unreadYears,
  };
}

