import { deepFreeze } from "../internal/deep-freeze";
import { normalizeCode } from "../internal/normalize";
import { isInForce, REFERENCE_DATE } from "./as-of";
import { REGION_DATA } from "./data/regions";
import { getDepartement } from "./departement-lookup";
import type { Region } from "./region";

/**
 * Options of the region look-ups: `asOf` (`YYYY-MM-DD`, default `REFERENCE_DATE`) is the day the
 * answer must hold. The data describes the 2016 map: before its `validFrom` a region is not
 * found (the 2016 names date from 2016-01-01, or 2016-09-30 for the seven renamed regions).
 *
 * @example
 * const options: RegionLookupOptions = { asOf: "2019-06-01" };
 */
export interface RegionLookupOptions {
  readonly asOf?: string | undefined;
}

let byCode: ReadonlyMap<string, Region> | undefined;

function index(): ReadonlyMap<string, Region> {
  byCode ??= new Map(deepFreeze(REGION_DATA).map((r) => [r.code, r]));
  return byCode;
}

function inForce(region: Region | undefined, options: RegionLookupOptions | undefined): Region | undefined {
  if (region === undefined) return undefined;
  return isInForce(region, options?.asOf ?? REFERENCE_DATE) ? region : undefined;
}

/**
 * The region with this INSEE code on `asOf`, or `undefined` (unknown code, a day before the
 * 2016 map, an unusable date). Never throws.
 *
 * @example
 * getRegion("11")?.withDe //=> "d'Île-de-France"
 * getRegion("32")?.withArticle //=> "les Hauts-de-France"
 * getRegion("44")?.prefet.title?.feminine //=> "préfète de la région Grand Est"
 * getRegion("44", { asOf: "2016-06-01" }) //=> undefined (named Grand Est on 2016-09-30)
 */
export function getRegion(code: string, options: RegionLookupOptions = {}): Region | undefined {
  return inForce(index().get(normalizeCode(code)), options);
}

/**
 * The 18 regions on `asOf` (13 in metropolitan France, 5 overseas), in INSEE order; fewer
 * before 2016-09-30, none for an unusable date.
 *
 * @example
 * listRegions().length //=> 18
 * listRegions().map((r) => r.code).slice(0, 6) //=> ["01", "02", "03", "04", "06", "11"]
 */
export function listRegions(options: RegionLookupOptions = {}): readonly Region[] {
  index();
  return REGION_DATA.filter((r) => inForce(r, options) !== undefined);
}

/**
 * The region of a département on `asOf`, or `undefined` for an unknown département or a day
 * outside the data.
 *
 * @example
 * regionOfDepartement("23")?.name //=> "Nouvelle-Aquitaine"
 * regionOfDepartement("2B")?.name //=> "Corse"
 * regionOfDepartement("976")?.name //=> "Mayotte"
 */
export function regionOfDepartement(departementCode: string, options: RegionLookupOptions = {}): Region | undefined {
  const dep = getDepartement(departementCode);
  return dep === undefined ? undefined : getRegion(dep.regionCode, options);
}
