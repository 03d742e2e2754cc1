/**
 * Freezes a value and everything reachable from it (plain objects and arrays), in place, and
 * returns it: reference data handed out by the look-ups cannot be changed by a caller. An object
 * already frozen is still walked, so a shallow `Object.freeze` around mutable children does not
 * stop it; each object is visited once.
 *
 * @example
 * const data = deepFreeze({ list: [{ a: 1 }] });
 * Object.isFrozen(data.list[0]) //=> true
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (typeof value !== "object" || value === null || seen.has(value)) return value;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child, seen);
  return Object.isFrozen(value) ? value : Object.freeze(value);
}
