import { buildNameIndex, sanitizeLimit, searchNames, type NameIndex } from "../internal/name-search";
import { normalizeCode } from "../internal/normalize";
import { DEPARTEMENT_DATA } from "./data/departements";
import type { Departement } from "./departement";

let byCode: ReadonlyMap<string, Departement> | undefined;
let names: NameIndex<Departement> | undefined;

function index(): ReadonlyMap<string, Departement> {
  if (byCode === undefined) {
    for (const d of DEPARTEMENT_DATA) Object.freeze(d);
    Object.freeze(DEPARTEMENT_DATA);
    byCode = new Map(DEPARTEMENT_DATA.map((d) => [d.code, d]));
  }
  return byCode;
}

function nameIndex(): NameIndex<Departement> {
  index();
  names ??= buildNameIndex(DEPARTEMENT_DATA, (d) => [d.name, d.withArticle]);
  return names;
}

/**
 * The département with this INSEE code, or `undefined` for an unknown code. Surrounding spaces
 * and lower case are forgiven ("2a" is 2A); a missing leading zero is not ("1" is unknown).
 *
 * @example
 * getDepartement("23")?.withDe //=> "de la Creuse"
 * getDepartement("2a")?.name //=> "Corse-du-Sud"
 * getDepartement("20") //=> undefined
 */
export function getDepartement(code: string): Departement | undefined {
  return index().get(normalizeCode(code));
}

/**
 * The 101 départements of the COG, in the order of INSEE's file (01…19, 21…29, 2A, 2B,
 * 30…95, 971…976).
 *
 * @example
 * listDepartements().length //=> 101
 * listDepartements()[28]?.code //=> "2A"
 */
export function listDepartements(): readonly Departement[] {
  index();
  return DEPARTEMENT_DATA;
}

/**
 * Départements whose name matches `query`, ignoring accents, case, hyphens and apostrophes,
 * best first (exact, prefix, word inside, anywhere; then INSEE order), at most `limit`
 * (default 10).
 *
 * @example
 * findDepartementsByName("CORREZE")[0]?.code //=> "19"
 * findDepartementsByName("savoie").map((d) => d.code) //=> ["73", "74"]
 */
export function findDepartementsByName(query: string, options: { readonly limit?: number | undefined } = {}): readonly Departement[] {
  const limit = sanitizeLimit(options?.limit, 10);
  return searchNames(nameIndex(), query)
    .sort((a, b) => a.score - b.score || a.position - b.position)
    .slice(0, limit)
    .map((r) => r.item);
}
