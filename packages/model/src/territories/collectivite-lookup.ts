import { buildNameIndex, sanitizeLimit, searchNames, type MatchScore, type NameIndex } from "../internal/name-search";
import { normalizeCode } from "../internal/normalize";
import { isIsoDate } from "../iso-date";
import { isInForce, REFERENCE_DATE } from "./as-of";
import type { Collectivite } from "./collectivite";
import { COLLECTIVITE_DATA } from "./data/collectivites";

/**
 * Options of the collectivity look-ups. `asOf` (`YYYY-MM-DD`) asks for the version in force on
 * that date; without it, a look-up gives each collectivity's version in force on
 * `REFERENCE_DATE`, or its last version if it no longer exists (the Bas-Rhin council).
 *
 * @example
 * const options: CollectiviteLookupOptions = { asOf: "2019-06-01" };
 */
export interface CollectiviteLookupOptions {
  readonly asOf?: string | undefined;
}

interface Indexes {
  readonly byCode: ReadonlyMap<string, readonly Collectivite[]>;
  readonly bySiren: ReadonlyMap<string, readonly Collectivite[]>;
  readonly bySiret: ReadonlyMap<string, readonly Collectivite[]>;
  readonly byDepartement: ReadonlyMap<string, readonly Collectivite[]>;
  readonly representative: ReadonlySet<Collectivite>;
  readonly current: ReadonlySet<Collectivite>;
  readonly names: NameIndex<Collectivite>;
}

let cache: Indexes | undefined;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function deepFreeze(c: Collectivite): void {
  Object.freeze(c.departements);
  Object.freeze(c.aliases);
  Object.freeze(c.executiveTitle);
  if (c.replacedBy) Object.freeze(c.replacedBy);
  Object.freeze(c);
}

/** The versions of one code, oldest first; the one to show when no date is given. */
function representativeOf(versions: readonly Collectivite[]): Collectivite | undefined {
  return versions.find((v) => isInForce(v, REFERENCE_DATE)) ?? versions[versions.length - 1];
}

function indexes(): Indexes {
  if (cache !== undefined) return cache;
  const byCode = new Map<string, Collectivite[]>();
  const bySiren = new Map<string, Collectivite[]>();
  const bySiret = new Map<string, Collectivite[]>();
  const byDepartement = new Map<string, Collectivite[]>();
  for (const c of COLLECTIVITE_DATA) {
    deepFreeze(c);
    push(byCode, c.code, c);
    if (c.siren !== undefined) push(bySiren, c.siren, c);
    if (c.siret !== undefined) push(bySiret, c.siret, c);
    for (const d of c.departements) push(byDepartement, d, c);
  }
  Object.freeze(COLLECTIVITE_DATA);
  const oldestFirst = (a: Collectivite, b: Collectivite) =>
    (a.validFrom ?? "") < (b.validFrom ?? "") ? -1 : (a.validFrom ?? "") > (b.validFrom ?? "") ? 1 : 0;
  for (const list of [...byCode.values(), ...bySiren.values(), ...bySiret.values()]) list.sort(oldestFirst);
  const representative = new Set<Collectivite>();
  for (const versions of byCode.values()) {
    const r = representativeOf(versions);
    if (r !== undefined) representative.add(r);
  }
  const current = new Set(COLLECTIVITE_DATA.filter((c) => isInForce(c, REFERENCE_DATE)));
  const names = buildNameIndex(COLLECTIVITE_DATA, (c) => [c.name, ...c.aliases]);
  cache = { byCode, bySiren, bySiret, byDepartement, representative, current, names };
  return cache;
}

/** The asOf asked for: `null` when no date was given, `undefined` when the value is unusable. */
function readAsOf(options: CollectiviteLookupOptions | undefined): string | null | undefined {
  const asOf: unknown = options?.asOf;
  if (asOf === undefined) return null;
  return isIsoDate(asOf) ? asOf : undefined;
}

function pick(versions: readonly Collectivite[] | undefined, options: CollectiviteLookupOptions | undefined): Collectivite | undefined {
  if (versions === undefined) return undefined;
  const asOf = readAsOf(options);
  if (asOf === undefined) return undefined;
  if (asOf === null) return representativeOf(versions);
  return versions.find((v) => isInForce(v, asOf));
}

/**
 * The collectivity with this code (`23D`, `6AE`, `20R`, `69M`…), or `undefined`. With `asOf`,
 * only the version in force that day (so `67D` on 2024-06-01 is `undefined`); without it, the
 * version in force on `REFERENCE_DATE` or, for a dissolved one, its last version.
 * Spaces and lower case are forgiven. Never throws.
 *
 * @example
 * getCollectivite("6ae")?.name //=> "Collectivité européenne d'Alsace"
 * getCollectivite("67D")?.validTo //=> "2020-12-31"
 * getCollectivite("67D", { asOf: "2024-06-01" }) //=> undefined
 * getCollectivite("69D", { asOf: "2010-01-01" })?.extent //=> "whole"
 */
export function getCollectivite(code: string, options: CollectiviteLookupOptions = {}): Collectivite | undefined {
  return pick(indexes().byCode.get(normalizeCode(code)), options);
}

/**
 * The collectivity with this SIREN (spaces allowed), with the same `asOf` rule as
 * {@link getCollectivite}; `undefined` when no collectivity has it. Historical councils whose
 * SIREN the reference data does not give cannot be found this way.
 *
 * @example
 * findCollectiviteBySiren("222 309 627")?.code //=> "23D"
 * findCollectiviteBySiren("226900017", { asOf: "2010-01-01" })?.extent //=> "whole"
 * findCollectiviteBySiren("123456789") //=> undefined
 */
export function findCollectiviteBySiren(siren: string, options: CollectiviteLookupOptions = {}): Collectivite | undefined {
  return pick(indexes().bySiren.get(normalizeCode(siren)), options);
}

/**
 * The collectivities that sign for a département on a date (default `REFERENCE_DATE`): one in
 * general, two for the Rhône since 2015 (69D and 69M), none for an unknown code or an unusable
 * date. Sorted by code.
 *
 * @example
 * collectivitesForDepartement("69", "2024-06-01").map((c) => c.code) //=> ["69D", "69M"]
 * collectivitesForDepartement("67", "2019-06-01").map((c) => c.code) //=> ["67D"]
 * collectivitesForDepartement("67", "2024-06-01").map((c) => c.code) //=> ["6AE"]
 */
export function collectivitesForDepartement(departementCode: string, asOf: string = REFERENCE_DATE): readonly Collectivite[] {
  const list = indexes().byDepartement.get(normalizeCode(departementCode));
  if (list === undefined || !isIsoDate(asOf)) return [];
  return list.filter((c) => isInForce(c, asOf));
}

/**
 * Every collectivity with departmental powers in force on `asOf` (default `REFERENCE_DATE`),
 * in COG order; empty for an unusable date. On 2024-01-01 there are 100.
 *
 * @example
 * listCollectivites().length //=> 100
 * listCollectivites({ asOf: "2019-06-01" }).some((c) => c.code === "67D") //=> true
 */
export function listCollectivites(options: CollectiviteLookupOptions = {}): readonly Collectivite[] {
  const asOf = readAsOf(options);
  if (asOf === undefined) return [];
  const { current } = indexes();
  if (asOf === null) return COLLECTIVITE_DATA.filter((c) => current.has(c));
  return COLLECTIVITE_DATA.filter((c) => isInForce(c, asOf));
}

/**
 * Every version of every collectivity in the reference data, dissolved ones and former
 * territorial versions included, in COG order.
 *
 * @example
 * listCollectiviteVersions().filter((c) => c.code === "69D").length //=> 2
 */
export function listCollectiviteVersions(): readonly Collectivite[] {
  indexes();
  return COLLECTIVITE_DATA;
}

/**
 * Options of {@link findCollectivitesByName}: `asOf` as in {@link CollectiviteLookupOptions}
 * and `limit`, the most results to return (default 10).
 *
 * @example
 * const options: FindCollectivitesOptions = { asOf: "2019-06-01", limit: 3 };
 */
export interface FindCollectivitesOptions extends CollectiviteLookupOptions {
  readonly limit?: number | undefined;
}

function rankByName(
  query: string,
  options: CollectiviteLookupOptions,
): { item: Collectivite; position: number; score: MatchScore; current: boolean }[] {
  const asOf = readAsOf(options);
  if (asOf === undefined) return [];
  const { names, representative, current } = indexes();
  const keep = asOf === null ? (c: Collectivite) => representative.has(c) : (c: Collectivite) => isInForce(c, asOf);
  return searchNames(names, query, keep)
    .map((r) => ({ ...r, current: current.has(r.item) }))
    .sort((a, b) => a.score - b.score || Number(b.current) - Number(a.current) || a.position - b.position);
}

/**
 * Collectivities whose name or alias matches `query`, ignoring accents, case, hyphens and
 * apostrophes ("creuse", "CORREZE", "cote-d-or", "CEA"), best first: exact name or alias, then
 * prefix, then a word inside the name, then anywhere; at equal rank, those in force on
 * `REFERENCE_DATE` first, then COG order. The `asOf` rule is that of {@link getCollectivite}.
 *
 * @example
 * findCollectivitesByName("cote d'or")[0]?.code //=> "21D"
 * findCollectivitesByName("CEA")[0]?.code //=> "6AE"
 * findCollectivitesByName("Alsace", { asOf: "2019-06-01" }) //=> []
 */
export function findCollectivitesByName(query: string, options: FindCollectivitesOptions = {}): readonly Collectivite[] {
  const limit = sanitizeLimit(options?.limit, 10);
  return rankByName(query, options)
    .slice(0, limit)
    .map((r) => r.item);
}

/**
 * One collectivity from whatever a person typed: a code (`23D`), a SIREN, a SIRET, a
 * département code that one collectivity covers on that date (`23`, `2A`), or a name or alias
 * that designates one collectivity better than any other. `undefined` when nothing or
 * several things match equally ("69" since 2015: 69D and 69M). The `asOf` rule is that of
 * {@link getCollectivite}.
 *
 * @example
 * resolveCollectivite("creuse")?.code //=> "23D"
 * resolveCollectivite("2A", { asOf: "2017-06-01" })?.code //=> "2AD"
 * resolveCollectivite("22230962700016")?.code //=> "23D"
 * resolveCollectivite("69") //=> undefined
 */
export function resolveCollectivite(input: string, options: CollectiviteLookupOptions = {}): Collectivite | undefined {
  if (typeof input !== "string" || readAsOf(options) === undefined) return undefined;
  const idx = indexes();
  const code = normalizeCode(input);
  const byCode = idx.byCode.get(code);
  if (byCode !== undefined) return pick(byCode, options);
  if (/^\d{9}$/.test(code)) return pick(idx.bySiren.get(code), options);
  if (/^\d{14}$/.test(code)) return pick(idx.bySiret.get(code) ?? idx.bySiren.get(code.slice(0, 9)), options);
  if (idx.byDepartement.has(code)) {
    const found = collectivitesForDepartement(code, options.asOf ?? REFERENCE_DATE);
    return found.length === 1 ? found[0] : undefined;
  }
  const [first, second] = rankByName(input, options);
  if (first === undefined) return undefined;
  if (second !== undefined && second.score === first.score && second.current === first.current) return undefined;
  return first.item;
}
