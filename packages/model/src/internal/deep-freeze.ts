/**
 * Freezes a value and everything reachable from it (plain objects and arrays), in place, and
 * returns it: reference data handed out by the look-ups cannot be changed by a caller.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
