import type { Provenance } from "../pacte/provenance";
import { articleForms } from "../territories/article-forms";
import type { Collectivite } from "../territories/collectivite";
import type { DeliberatingBody, DeliberatingBodyRole } from "../territories/deliberating-body";
import type { Departement } from "../territories/departement";
import type { Metropole } from "../territories/metropole";

// The deliberating bodies that a collectivity or a métropole has by law, built by rule rather
// than stored: a département's conseil départemental and commission permanente (CGCT L. 3211-2),
// called conseil général before the renewal of March 2015 (switch taken as 1 April 2015,
// unconfirmed); a métropole that is an EPCI has its conseil and its bureau (CGCT L. 5211-10),
// whose full names are composed here (inferred).

const RENAMED = "2015-04-01";
const BEFORE_RENAMED = "2015-03-31";
const DEPARTEMENT_BODY_SOURCES = ["http://senat.fr/amendements/commissions/2018-2019/677/Amdt_COM-131.html"];
const CONSEIL_GENERAL_SOURCES = ["http://questions.assemblee-nationale.fr/q13/13-80860QE.htm"];
const RENAMING_NOTE =
  "conseil général devenu conseil départemental au renouvellement de mars 2015 (bascule retenue au 1er avril 2015, date non confirmée)";

interface Span {
  readonly validFrom?: string | undefined;
  readonly validTo?: string | undefined;
}

/** The union of the spans of several versions of one collectivity (the Rhône before and after 2015). */
function unionOf(versions: readonly Collectivite[]): Span {
  const froms = versions.map((v) => v.validFrom);
  const tos = versions.map((v) => v.validTo);
  return {
    validFrom: froms.includes(undefined) ? undefined : [...(froms as string[])].sort()[0],
    validTo: tos.includes(undefined) ? undefined : [...(tos as string[])].sort().at(-1),
  };
}

function departementBody(
  holder: string,
  role: "assembly" | "permanent-commission",
  council: "conseil général" | "conseil départemental",
  span: Span,
  dep: Departement,
): DeliberatingBody {
  const assembly = `${council} ${dep.withDe}`;
  const renamed = council === "conseil départemental";
  const provenance: Provenance = renamed ? "confirmed" : "unconfirmed";
  return {
    holder,
    role,
    name: role === "assembly" ? assembly : `commission permanente ${articleForms(assembly, 2).withDe}`,
    shortName: role === "assembly" ? council : "commission permanente",
    tncc: role === "assembly" ? 2 : 3,
    gender: role === "assembly" ? "m" : "f",
    ...(span.validFrom !== undefined ? { validFrom: span.validFrom } : {}),
    ...(span.validTo !== undefined ? { validTo: span.validTo } : {}),
    ...(renamed ? {} : { note: RENAMING_NOTE }),
    provenance,
    sources: [...(renamed ? DEPARTEMENT_BODY_SOURCES : CONSEIL_GENERAL_SOURCES)],
  };
}

/**
 * The bodies of a collectivity that is a département (every version of one code passed at once),
 * before and after the renaming of March 2015, within the collectivity's own span.
 */
export function departementBodies(versions: readonly Collectivite[], dep: Departement): DeliberatingBody[] {
  const first = versions[0];
  if (first === undefined) return [];
  const span = unionOf(versions);
  const before: Span = { validFrom: span.validFrom, validTo: span.validTo !== undefined && span.validTo < BEFORE_RENAMED ? span.validTo : BEFORE_RENAMED };
  const after: Span = { validFrom: span.validFrom !== undefined && span.validFrom > RENAMED ? span.validFrom : RENAMED, validTo: span.validTo };
  const hasBefore = span.validFrom === undefined || span.validFrom < RENAMED;
  const hasAfter = span.validTo === undefined || span.validTo >= RENAMED;
  const out: DeliberatingBody[] = [];
  for (const role of ["assembly", "permanent-commission"] as const) {
    if (hasBefore) out.push(departementBody(first.code, role, "conseil général", before, dep));
    if (hasAfter) out.push(departementBody(first.code, role, "conseil départemental", after, dep));
  }
  return out;
}

/** The conseil and bureau of a métropole that is an EPCI, by SIREN, their full names composed. */
export function metropoleBodies(m: Metropole): DeliberatingBody[] {
  const of = articleForms(m.name, m.tncc).withDe;
  const body = (role: Extract<DeliberatingBodyRole, "assembly" | "bureau">, noun: string): DeliberatingBody => ({
    holder: m.siren,
    role,
    name: `${noun} ${of}`,
    shortName: `${noun} de la métropole`,
    tncc: 2,
    gender: "m",
    note: role === "assembly" ? "aussi appelé « conseil métropolitain »" : "organe de l'EPCI qui reçoit des délégations du conseil",
    provenance: "inferred",
    sources: [],
  });
  return [body("assembly", "conseil"), body("bureau", "bureau")];
}
