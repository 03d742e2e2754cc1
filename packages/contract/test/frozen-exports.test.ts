// Every value the package exports — profiles, visas, socle, finance laws, slot names, rules —
// is deep-frozen: no caller can change a shipped text or rule in place.
import { describe, expect, it } from "vitest";
import * as api from "../src/index";
import * as samples from "../src/samples";

/** Paths under `value` that can be changed in place: an unfrozen object or array, a Map or a Set. Zod schemas and functions' own properties are skipped. */
function mutableParts(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  if ("_zod" in value) return [];
  if (value instanceof Map || value instanceof Set) return [path];
  return [...(Object.isFrozen(value) ? [] : [path]), ...Object.entries(value).flatMap(([k, v]) => mutableParts(v, `${path}.${k}`, seen))];
}

describe("the package's exported values", () => {
  it("cannot be changed in place, at any depth", () => {
    expect(Object.entries(api).flatMap(([name, value]) => mutableParts(value, name))).toEqual([]);
  });

  it("hands out sample inputs that are fresh (and so may be changed) at every call", () => {
    expect(Object.entries(samples).flatMap(([name, value]) => mutableParts(value, name))).toEqual([]);
  });
});
