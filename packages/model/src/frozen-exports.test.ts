import { describe, expect, it } from "vitest";
import * as api from "./index";

/** Paths under `value` that can be changed in place: an unfrozen object or array, a Map or a Set. Zod schemas are skipped. */
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

  it("and neither can the records the look-ups hand out", () => {
    const handedOut = {
      region: api.getRegion("44"),
      departement: api.getDepartement("23"),
      collectivite: api.getCollectivite("23D"),
      metropole: api.getMetropole("MEL"),
      tribunal: api.tribunalAdministratifFor("23"),
      body: api.deliberatingBody("75C", "assembly"),
    };
    expect(Object.entries(handedOut).flatMap(([name, value]) => mutableParts(value, name))).toEqual([]);
  });
});
