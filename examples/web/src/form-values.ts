// What the form holds: text as typed, one value per control, and — for a contract opened from a
// file — the parts of the input the form does not show (`kept`), given back when it is saved.
// Loaded with the page, so it imports nothing.

/** Parts of an opened input that the form does not show, kept as they were. */
export type Kept = Readonly<Record<string, unknown>>;

/** A person who signs, as the form holds it. */
export interface PersonValues {
  readonly name: string;
  /** `f` (la préfète, la présidente), `m`, or "" when not chosen yet. */
  readonly gender: "" | "f" | "m";
  readonly kept?: Kept | undefined;
}

/** An indicator of an action: numbers as typed (« 40 », « 12,5 »). */
export interface IndicatorValues {
  readonly label: string;
  readonly unit: string;
  readonly baseline: string;
  /** By year (« 2024 »…): the target as typed, "" when none. */
  readonly targets: Readonly<Record<string, string>>;
  readonly kept?: Kept | undefined;
}

/** Another funder of an action (CAF, ARS, a commune…): its name and its amount each year, as typed. */
export interface FunderValues {
  readonly name: string;
  readonly amounts: Readonly<Record<string, string>>;
}

/** The State's and the collectivity's amounts of one year, in euros as typed (« 50 000 € »). */
export interface YearValues {
  readonly state: string;
  readonly collectivite: string;
}

/** One action (*fiche action*) as the form holds it. */
export interface ActionValues {
  /** The fiche's number (« A1.2 »); "" for the one the page proposes. */
  readonly id: string;
  readonly title: string;
  /** "1" to "4", or "" when not chosen yet. */
  readonly axis: string;
  readonly nature: "" | "new" | "reinforced";
  /** How a reinforced action is reinforced: `caseload`, `publics`, `zones`, or "". */
  readonly reinforcement: string;
  readonly reinforcementDetail: string;
  readonly carrier: string;
  /** One public per line. */
  readonly publics: string;
  readonly territory: string;
  readonly description: string;
  readonly indicators: readonly IndicatorValues[];
  /** By year (« 2024 »…). */
  readonly funding: Readonly<Record<string, YearValues>>;
  readonly others: readonly FunderValues[];
  readonly kept?: Kept | undefined;
}

/** Everything the form holds. */
export interface FormValues {
  /** A party's value (`collectivite:23D`, `metropole:243300316`), or "" when none is chosen. */
  readonly party: string;
  /** The département's single convention: axis 2 is part of the contract. */
  readonly singleConvention: boolean;
  /** "" for the reference the page proposes. */
  readonly reference: string;
  readonly title: string;
  /** "" for the SIRET of the reference data. */
  readonly siret: string;
  readonly address: string;
  readonly prefet: PersonValues;
  readonly service: string;
  /** The préfet de région who co-signs: empty name when none does. */
  readonly prefetDeRegion: PersonValues;
  readonly executive: PersonValues;
  readonly deliberation: { readonly number: string; readonly date: string; readonly body: string };
  readonly signature: { readonly place: string; readonly date: string };
  readonly actions: readonly ActionValues[];
  /** Top-level parts of an opened input the form does not show (préambule, gouvernance…), and the rest of its `state`, `collectivite` and `signature`. */
  readonly kept?:
    | {
        readonly input?: Kept | undefined;
        readonly state?: Kept | undefined;
        readonly collectivite?: Kept | undefined;
        readonly signature?: Kept | undefined;
        readonly options?: Kept | undefined;
      }
    | undefined;
}

const byYear = <T>(years: readonly string[], value: T): Record<string, T> => Object.fromEntries(years.map((y) => [y, value]));

/**
 * An indicator with nothing typed yet.
 *
 * @example
 * emptyIndicator(["2024", "2025"]).targets //=> { "2024": "", "2025": "" }
 */
export function emptyIndicator(years: readonly string[]): IndicatorValues {
  return { label: "", unit: "", baseline: "", targets: byYear(years, "") };
}

/**
 * Another funder with nothing typed yet.
 *
 * @example
 * emptyFunder(["2024"]) //=> { name: "", amounts: { "2024": "" } }
 */
export function emptyFunder(years: readonly string[]): FunderValues {
  return { name: "", amounts: byYear(years, "") };
}

/**
 * An action with nothing typed yet: no axis chosen, no indicator, no other funder.
 *
 * @example
 * emptyAction(["2024"]).funding //=> { "2024": { state: "", collectivite: "" } }
 */
export function emptyAction(years: readonly string[]): ActionValues {
  return {
    id: "",
    title: "",
    axis: "",
    nature: "",
    reinforcement: "",
    reinforcementDetail: "",
    carrier: "",
    publics: "",
    territory: "",
    description: "",
    indicators: [],
    funding: byYear(years, { state: "", collectivite: "" }),
    others: [],
  };
}

/**
 * A new form: nothing chosen, nothing typed, one empty action.
 *
 * @example
 * emptyForm(["2024", "2025", "2026", "2027"]).actions.length //=> 1
 */
export function emptyForm(years: readonly string[]): FormValues {
  const person: PersonValues = { name: "", gender: "" };
  return {
    party: "",
    singleConvention: false,
    reference: "",
    title: "",
    siret: "",
    address: "",
    prefet: person,
    service: "",
    prefetDeRegion: person,
    executive: person,
    deliberation: { number: "", date: "", body: "" },
    signature: { place: "", date: "" },
    actions: [emptyAction(years)],
  };
}
