// What the form offers to choose from — the collectivities, the axes, the years, each profile's
// rules on axes — taken from @pacte/model and @pacte/contract. The page does not call this
// function: Vite calls it once at build time (vite.config.ts, `virtual:pacte-choices`) and the
// page receives its result as plain data, so the first load carries names, not the whole
// reference data and its schemas.
import { CLS_DEPARTEMENT_2024, CLS_METROPOLE_2024, type Profile } from "@pacte/contract";
import { AXES, getDepartement, listCollectivites, listMetropoles, signingPrefetFor } from "@pacte/model";
import { normalize } from "./party-search";

/** The day the reference data is read for: collectivities in force when the CLS started. */
export const AS_OF = "2024-01-01";

/** The two profiles the page writes: a département's CLS and a métropole's. */
export type ProfileId = "cls-departement-2024" | "cls-metropole-2024";

/** One party the contract can be signed with, as the list shows it. */
export interface PartyChoice {
  /** `collectivite:23D` or `metropole:<SIREN>`. */
  readonly value: string;
  readonly label: string;
  readonly group: "collectivite" | "metropole";
  /** What the input's `collectivite.ref` holds: the code (`23D`) or the métropole's SIREN. */
  readonly ref: string;
  /** What names it in a reference (`CLS-23D-2024-001`): its code, or a métropole's SIREN. */
  readonly code: string;
  readonly profile: ProfileId;
  /** The département whose préfet signs (`signingPrefetFor`), and its name with « de ». */
  readonly departement: string;
  readonly departementWithDe: string;
  /** The SIRET the reference data gives (none for the métropoles). */
  readonly siret?: string | undefined;
  /** The executive's title: « présidente du conseil départemental », « maire de Paris »… */
  readonly executiveTitle: { readonly f: string; readonly m: string };
  /** Lower-case text without accents that the search box matches: name, code, SIREN, aliases. */
  readonly haystack: string;
}

/** An axis of the Pacte des solidarités, as the axis list shows it. */
export interface AxisChoice {
  readonly number: 1 | 2 | 3 | 4;
  readonly wording: string;
}

/** What a profile says about axes: those allowed, those required, those an option opens. */
export interface ProfileChoice {
  readonly id: ProfileId;
  readonly allowedAxes: readonly number[];
  readonly requiredAxes: readonly number[];
  readonly optionAxes: readonly { readonly axis: number; readonly option: string; readonly label: string }[];
  readonly years: readonly string[];
}

/** Everything the form offers. */
export interface Choices {
  readonly parties: readonly PartyChoice[];
  readonly axes: readonly AxisChoice[];
  readonly profiles: Readonly<Record<ProfileId, ProfileChoice>>;
}

function profileChoice(profile: Profile, id: ProfileId): ProfileChoice {
  const first = Number(profile.period.start.slice(0, 4));
  const last = Number(profile.period.end.slice(0, 4));
  const optionLabel = (option: string) => profile.options.find((o) => o.id === option)?.label ?? option;
  return {
    id,
    allowedAxes: [...profile.axes.allowed],
    requiredAxes: [...profile.axes.required],
    optionAxes: profile.axes.optionalWithOption.map((o) => ({ axis: o.axis, option: o.option, label: optionLabel(o.option) })),
    years: Array.from({ length: last - first + 1 }, (_, i) => String(first + i)),
  };
}

const withDe = (departement: string): string => getDepartement(departement)?.withDe ?? departement;

/**
 * The choices of the form: every collectivity with departmental powers in force on
 * {@link AS_OF}, then every métropole, each with the département whose préfet signs; the four
 * axes; and the rules of the two CLS profiles on axes and years.
 *
 * @example
 * pacteChoices().parties.find((p) => p.ref === "23D")?.departementWithDe //=> "de la Creuse"
 * pacteChoices().profiles["cls-departement-2024"].allowedAxes //=> [1, 3, 4]
 */
export function pacteChoices(): Choices {
  const collectivites = listCollectivites({ asOf: AS_OF }).map((c): PartyChoice => {
    const departement = signingPrefetFor(c.code, { asOf: AS_OF })?.departement ?? c.departements[0] ?? "";
    return {
      value: `collectivite:${c.code}`,
      label: c.name,
      group: "collectivite",
      ref: c.code,
      code: c.code,
      profile: "cls-departement-2024",
      departement,
      departementWithDe: withDe(departement),
      ...(c.siret !== undefined ? { siret: c.siret } : {}),
      executiveTitle: { f: c.executiveTitle.feminine, m: c.executiveTitle.masculine },
      haystack: normalize([c.name, c.code, c.siren ?? "", ...c.aliases, ...c.departements].join(" ")),
    };
  });
  const metropoles = listMetropoles().map((m): PartyChoice => {
    const departement = signingPrefetFor(m.siren, { asOf: AS_OF })?.departement ?? m.seatDepartement;
    return {
      value: `metropole:${m.siren}`,
      label: m.name,
      group: "metropole",
      ref: m.siren,
      code: m.collectiviteCode ?? m.siren,
      profile: "cls-metropole-2024",
      departement,
      departementWithDe: withDe(departement),
      executiveTitle: { f: "présidente de la métropole", m: "président de la métropole" },
      haystack: normalize([m.name, m.siren, ...m.aliases].join(" ")),
    };
  });
  return {
    parties: [...collectivites, ...metropoles],
    axes: AXES.map((a) => ({ number: a.number, wording: a.wording })),
    profiles: {
      "cls-departement-2024": profileChoice(CLS_DEPARTEMENT_2024, "cls-departement-2024"),
      "cls-metropole-2024": profileChoice(CLS_METROPOLE_2024, "cls-metropole-2024"),
    },
  };
}
