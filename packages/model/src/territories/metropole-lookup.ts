import { buildNameIndex, normalizeName, sanitizeLimit, searchNames, type NameIndex } from "../internal/name-search";
import { normalizeCode } from "../internal/normalize";
import { METROPOLE_DATA } from "./data/metropoles";
import type { Metropole } from "./metropole";

interface Indexes {
  readonly bySiren: ReadonlyMap<string, Metropole>;
  readonly names: NameIndex<Metropole>;
}

let cache: Indexes | undefined;

function indexes(): Indexes {
  if (cache !== undefined) return cache;
  for (const m of METROPOLE_DATA) {
    Object.freeze(m.aliases);
    Object.freeze(m);
  }
  Object.freeze(METROPOLE_DATA);
  cache = {
    bySiren: new Map(METROPOLE_DATA.map((m) => [m.siren, m])),
    names: buildNameIndex(METROPOLE_DATA, (m) => [m.name, ...m.aliases]),
  };
  return cache;
}

/**
 * The 22 métropoles, in the reference data's order (Grand Paris, Aix-Marseille-Provence, Lyon,
 * then the 19 of CGCT L.5217-1).
 *
 * @example
 * listMetropoles().length //=> 22
 */
export function listMetropoles(): readonly Metropole[] {
  indexes();
  return METROPOLE_DATA;
}

/**
 * The métropole with this SIREN (spaces allowed), or whose name or alias is exactly `query`
 * once accents, case, hyphens and apostrophes are folded; `undefined` otherwise. Never throws.
 *
 * @example
 * getMetropole("244 200 770")?.name //=> "Saint-Étienne Métropole"
 * getMetropole("MEL")?.name //=> "Métropole européenne de Lille"
 * getMetropole("Métropole de Nowhere") //=> undefined
 */
export function getMetropole(sirenOrName: string): Metropole | undefined {
  const idx = indexes();
  const code = normalizeCode(sirenOrName);
  if (/^\d{9}$/.test(code)) return idx.bySiren.get(code);
  const hits = idx.names.exact.get(normalizeName(sirenOrName));
  return hits?.length === 1 && hits[0] !== undefined ? METROPOLE_DATA[hits[0]] : undefined;
}

/**
 * Métropoles whose name or alias matches `query`, ignoring accents, case, hyphens and
 * apostrophes, best first (exact, prefix, word inside, anywhere), at most `limit` (default 10).
 *
 * @example
 * findMetropolesByName("saint etienne")[0]?.siren //=> "244200770"
 * findMetropolesByName("st-etienne")[0]?.siren //=> "244200770"
 */
export function findMetropolesByName(query: string, options: { readonly limit?: number | undefined } = {}): readonly Metropole[] {
  const limit = sanitizeLimit(options?.limit, 10);
  return searchNames(indexes().names, query)
    .sort((a, b) => a.score - b.score || a.position - b.position)
    .slice(0, limit)
    .map((r) => r.item);
}
