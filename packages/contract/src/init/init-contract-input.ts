import { dateToIsoDate, isoDateToDate, type Collectivite, type IsoDate, type Metropole } from "@pacte/model";
import { subDays } from "date-fns/subDays";
import type { ContractInput } from "../input";
import { yearsBetween } from "../internal/period";
import type { ProfileData } from "../profile-data";

/**
 * The collectivity a new contract is made for, as found in the reference data: a collectivity
 * with departmental powers (`getCollectivite`, `resolveCollectivite`) or a métropole
 * (`getMetropole`).
 *
 * @example
 * const party: InitParty = { kind: "collectivite", record: getCollectivite("23D")! };
 */
export type InitParty =
  | { readonly kind: "collectivite"; readonly record: Collectivite }
  | { readonly kind: "metropole"; readonly record: Metropole };

/**
 * Options of {@link initContractInput}: where the contract is signed (the préfecture's town,
 * « à compléter » when not given).
 *
 * @example
 * const options: InitContractOptions = { place: "Guéret" };
 */
export interface InitContractOptions {
  readonly place?: string | undefined;
}

/**
 * The dates of a profile's new contract: the signature `init.signatureDaysBeforeStart` days, and
 * the deliberation `init.deliberationDaysBeforeStart` days, before the period starts.
 *
 * @example
 * initDates(CLS_DEPARTEMENT_2024) //=> { signature: "2023-12-17", deliberation: "2023-12-02" }
 */
export function initDates(profile: ProfileData): { readonly signature: IsoDate; readonly deliberation: IsoDate } {
  const start = isoDateToDate(profile.period.start);
  return {
    signature: dateToIsoDate(subDays(start, profile.init.signatureDaysBeforeStart)),
    deliberation: dateToIsoDate(subDays(start, profile.init.deliberationDaysBeforeStart)),
  };
}

/**
 * A new contract's input for a profile and a collectivity, built from the profile's `init`
 * template and valid as it stands: the reference (`<referencePrefix>-<code>-<first year>-001`),
 * the préfet of the collectivity's département, its reference code and SIRET, the dates of
 * {@link initDates}, the profile's committee, and the template's example actions, each funded the
 * same every year of the period (its first year only when the profile sets later years by avenant,
 * as the CALPAE) with one indicator whose targets grow. People's names are
 * placeholders (« Prénom Nom »), and so is the deliberation's number (« à compléter »).
 *
 * @example
 * const input = initContractInput(CLS_DEPARTEMENT_2024, { kind: "collectivite", record: getCollectivite("23D")! }, { place: "Guéret" });
 * input.reference //=> "CLS-23D-2024-001"
 * validateContract(input).success //=> true
 */
export function initContractInput(profile: ProfileData, party: InitParty, options: InitContractOptions = {}): ContractInput {
  const years = yearsBetween(profile.period.start, profile.period.end);
  const first = years[0] ?? Number(profile.period.start.slice(0, 4));
  const fundedYears = profile.financing.laterYearsByAmendment ? [first] : years;
  const { signature, deliberation } = initDates(profile);
  const template = profile.init;
  const departement = party.kind === "collectivite" ? (party.record.departements[0] ?? "") : party.record.seatDepartement;
  const code = party.kind === "collectivite" ? party.record.code : (party.record.collectiviteCode ?? party.record.siren);
  const perGroup = new Map<string, number>();
  const carrier = party.kind === "collectivite" ? party.record.name : party.record.name;
  const actions = template.actions.map((example) => {
    const group = example.axis !== undefined ? `A${example.axis}` : example.part === "socle" ? "S" : "I";
    const n = (perGroup.get(group) ?? 0) + 1;
    perGroup.set(group, n);
    return {
      id: example.axis !== undefined ? `${group}.${n}` : `${group}${n}`,
      ...(example.axis !== undefined ? { axis: example.axis } : {}),
      title: example.title,
      ...(example.part !== undefined ? { part: example.part } : {}),
      ...(example.socle !== undefined ? { socle: example.socle } : {}),
      nature: "new" as const,
      publics: [example.publics],
      carrier,
      territory: "à compléter",
      indicators: [
        {
          label: example.indicator.label,
          unit: example.indicator.unit,
          baseline: 0,
          baselineYear: first - 1,
          targets: Object.fromEntries(years.map((y, i) => [String(y), 10 * (i + 1)])),
        },
      ],
      // A profile whose later years are set by avenant (the CALPAE) funds its first year only.
      funding: Object.fromEntries(fundedYears.map((y) => [String(y), { ...template.yearlyFunding }])),
    };
  });
  const siret = party.kind === "collectivite" ? party.record.siret : undefined;
  return {
    reference: `${profile.referencePrefix}-${code}-${first}-001`,
    profile: profile.id,
    state: { departement, prefet: { name: "Prénom Nom", gender: "f" } },
    collectivite: {
      ref: party.kind === "collectivite" ? party.record.code : party.record.siren,
      executive: { name: "Prénom Nom", gender: "f" },
      ...(siret !== undefined ? { siret } : {}),
      deliberation: { number: "à compléter", date: deliberation, body: template.deliberationBody },
    },
    signature: { place: options.place ?? "à compléter", date: signature },
    governance: { committee: profile.governance.committee, meetingsPerYear: profile.governance.meetingsPerYear },
    actions,
  };
}
