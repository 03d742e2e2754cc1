/** Whether a value is data to freeze: a plain object or an array (not a schema, a byte array, a Map, a class instance). */
function isPlainData(value: object): boolean {
  if (Array.isArray(value)) return true;
  if ("_zod" in value) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Freezes a value and every plain object and array reachable from it, in place, and returns
 * it: the tables a package exports (catalogs, profiles, themes, limits) cannot be changed by a
 * caller, so one caller's mistake never reaches another's render. Schemas, byte arrays, Maps and
 * class instances are left as they are (they are not walked); functions are not frozen. An object
 * already frozen is still walked, so a shallow `Object.freeze` around mutable children does not
 * stop it; each object is visited once (cycles are safe).
 *
 * @example
 * const limits = deepFreeze({ pages: { max: 500 }, sizes: [10, 12] });
 * Object.isFrozen(limits.pages) //=> true
 * Object.isFrozen(limits.sizes) //=> true
 */
export function deepFreeze<T>(value: T): T {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): void => {
    if (typeof v !== "object" || v === null || seen.has(v) || !isPlainData(v)) return;
    seen.add(v);
    for (const child of Object.values(v)) walk(child);
    Object.freeze(v);
  };
  walk(value);
  return value;
}
