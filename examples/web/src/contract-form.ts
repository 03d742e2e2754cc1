// What the page's form means, without the page: the collectivities to choose from, the form's
// values turned into a contract input, and the checks. Pure functions of their arguments — the
// same code would run in a test, a worker or a server.
import { validateContract, type Contract, type ContractInput } from "@pacte/contract";
import {
  getCollectivite,
  getDepartement,
  getMetropole,
  listCollectivites,
  listMetropoles,
  safeParseMoney,
  type Issue,
} from "@pacte/model";

/** The day the reference data is read for: collectivities in force when the CLS started. */
export const AS_OF = "2024-01-01";
/** The years of a CLS 2024–2027. */
export const YEARS = ["2024", "2025", "2026", "2027"] as const;

/** One choice of the collectivity list. */
export interface PartyOption {
  /** `collectivite:23D` or `metropole:<SIREN>`. */
  readonly value: string;
  readonly label: string;
  readonly group: "collectivite" | "metropole";
  /** Lower-case text without accents that the search box matches: name, code, SIREN, aliases. */
  readonly haystack: string;
}

/** Lower case, no accents, straight apostrophes: « Côte-d’Or » → « cote-d'or ». */
export function normalize(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘]/g, "'").toLowerCase();
}

/** Every collectivity with departmental powers in force on {@link AS_OF}, then every métropole. */
export function partyOptions(): PartyOption[] {
  const collectivites = listCollectivites({ asOf: AS_OF }).map<PartyOption>((c) => ({
    value: `collectivite:${c.code}`,
    label: c.name,
    group: "collectivite",
    haystack: normalize([c.name, c.code, c.siren ?? "", ...c.aliases, ...c.departements].join(" ")),
  }));
  const metropoles = listMetropoles().map<PartyOption>((m) => ({
    value: `metropole:${m.siren}`,
    label: m.name,
    group: "metropole",
    haystack: normalize([m.name, m.siren, ...m.aliases].join(" ")),
  }));
  return [...collectivites, ...metropoles];
}

/** The options whose text holds every word of the query (all of them for an empty query). */
export function filterOptions(options: readonly PartyOption[], query: string): PartyOption[] {
  const words = normalize(query).split(/\s+/).filter((w) => w !== "");
  return options.filter((o) => words.every((w) => o.haystack.includes(w)));
}

/** A signatory as the form holds it. */
export interface PersonValues {
  readonly name: string;
  readonly gender: "f" | "m";
}

/** One action as the form holds it: raw text, as typed. */
export interface ActionValues {
  readonly title: string;
  readonly axis: string;
  /** The State's yearly amount in euros, as typed (« 40 000 », « 40000,50 »). */
  readonly amount: string;
}

/** Everything the form holds. */
export interface FormValues {
  /** A {@link PartyOption} value, or "" when nothing is chosen yet. */
  readonly party: string;
  readonly reference: string;
  readonly prefet: PersonValues;
  readonly executive: PersonValues;
  readonly actions: readonly ActionValues[];
}

/** The actions a new form starts with: one per axis a département's contract requires. */
export const DEFAULT_ACTIONS: readonly ActionValues[] = [
  { title: "Accueil du jeune enfant à vocation d’insertion professionnelle", axis: "1", amount: "40 000" },
  { title: "Premier accueil social inconditionnel de proximité", axis: "3", amount: "45 000" },
  { title: "Lutte contre la précarité énergétique des ménages modestes", axis: "4", amount: "30 000" },
];

/** The reference a contract gets by default: `CLS-2024-23D`, `CLS-2024-M-243300316`. */
export function defaultReference(party: string): string {
  const [kind, ref] = party.split(":");
  if (ref === undefined || ref === "") return "";
  return kind === "metropole" ? `CLS-2024-M-${ref}` : `CLS-2024-${ref}`;
}

/** What checking the form gives: the contract when it is valid, and every issue found. */
export interface FormCheck {
  readonly contract: Contract | undefined;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

const issue = (code: string, path: Issue["path"], message: string): Issue => ({ code, path, message, severity: "error", params: {} });

/** What the form describes: a contract input (unless no collectivity is chosen), the form's own issues, and which actions have an amount that could not be read (counted as 0 €). */
export interface FormInput {
  readonly input: ContractInput | undefined;
  readonly issues: Issue[];
  readonly invalidAmounts: ReadonlySet<number>;
}

/**
 * The contract input the form describes — the collectivity's side and the State's derived from
 * the reference data, dates and deliberation filled with plausible defaults (a real contract
 * states them) — or the issues of the form itself (no collectivity, an amount that is not one).
 */
export function formToInput(values: FormValues): FormInput {
  const issues: Issue[] = [];
  const [kind, ref = ""] = values.party.split(":");
  const collectivite = kind === "collectivite" ? getCollectivite(ref, { asOf: AS_OF }) : undefined;
  const metropole = kind === "metropole" ? getMetropole(ref) : undefined;
  if (collectivite === undefined && metropole === undefined) {
    issues.push(issue("form.collectivite_missing", ["collectivite", "ref"], "Choisissez la collectivité qui signe le contrat."));
  }

  const invalidAmounts = new Set<number>();
  const actions: ContractInput["actions"] = values.actions.map((action, i) => {
    // The State's amount, typed in euros, read into integer cents; the collectivity gives as much (50/50).
    const money = safeParseMoney(action.amount.trim() === "" ? undefined : action.amount, { path: ["actions", i, "amount"] });
    if (!money.success) {
      issues.push(...money.issues);
      invalidAmounts.add(i);
    }
    const cents = money.success ? money.data : 0;
    return {
      id: `A${i + 1}`,
      axis: Number(action.axis) as 1 | 2 | 3 | 4,
      title: action.title,
      nature: "new",
      funding: Object.fromEntries(YEARS.map((year) => [year, { state: cents, collectivite: cents }])),
    };
  });
  if (collectivite === undefined && metropole === undefined) return { input: undefined, issues, invalidAmounts };

  const metropolitan = metropole !== undefined;
  const departement = collectivite?.departements[0] ?? metropole?.seatDepartement ?? "";
  const siret = collectivite?.siret;
  const input: ContractInput = {
    reference: values.reference.trim() === "" ? defaultReference(values.party) : values.reference,
    profile: metropolitan ? "cls-metropole-2024" : "cls-departement-2024",
    state: { departement, prefet: { name: values.prefet.name, gender: values.prefet.gender } },
    collectivite: {
      ref,
      executive: { name: values.executive.name, gender: values.executive.gender },
      ...(siret !== undefined ? { siret } : {}),
      deliberation: metropolitan
        ? { number: "2024-001", date: "2024-05-24", body: "conseil métropolitain" }
        : { number: "CP-2023-001", date: "2023-12-11", body: "commission permanente" },
    },
    signature: {
      place: `la préfecture ${getDepartement(departement)?.withDe ?? ""}`.trim(),
      date: metropolitan ? "2024-06-14" : "2023-12-20",
    },
    actions,
  };
  return { input, issues, invalidAmounts };
}

/**
 * Checks the form: its own issues first, then the contract's (French messages), so that a
 * person sees every problem at once. An amount that could not be read counts as 0 € for the
 * checks, without the warnings that would follow from it.
 */
export function checkForm(values: FormValues): FormCheck {
  const { input, issues, invalidAmounts } = formToInput(values);
  if (input === undefined) return { contract: undefined, errors: issues, warnings: [] };
  const result = validateContract(input, { lang: "fr" });
  const aboutUnreadAmount = (i: Issue) => i.path[0] === "actions" && typeof i.path[1] === "number" && invalidAmounts.has(i.path[1]) && i.path[2] === "funding";
  const warnings = result.warnings.filter((i) => !aboutUnreadAmount(i));
  if (result.success && issues.length === 0) return { contract: result.data, errors: [], warnings };
  const errors = [...issues, ...(result.success ? [] : result.issues.filter((i) => !aboutUnreadAmount(i)))];
  return { contract: undefined, errors, warnings };
}
