// What the architecture checks ask of every package's public surface, for this one: no exported
// value can be changed in place (a shared default edited by one caller would change every other
// caller's reports), and the barrel names the functions a user reaches for.
import { describe, expect, it } from "vitest";
import * as execution from "./index";

const isZod = (v: object): boolean => "_zod" in v;

/** Where a value can be changed in place: a Map, a Set, or an object or array that is not frozen, at any depth. */
function mutableParts(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  if (isZod(value) || ArrayBuffer.isView(value)) return [];
  if (value instanceof Map || value instanceof Set || value instanceof WeakMap || value instanceof WeakSet) return [`${path} (${value.constructor.name})`];
  const own = Object.isFrozen(value) ? [] : [path];
  return [...own, ...Object.entries(value).flatMap(([k, v]) => mutableParts(v, `${path}.${k}`, seen))];
}

describe("@pacte/execution's public surface", () => {
  it("exports no value that can be changed in place", () => {
    const problems = Object.entries(execution).flatMap(([key, value]) => mutableParts(value, key));
    expect(problems).toEqual([]);
  });

  it("names the functions of phase 1", () => {
    for (const name of ["validateExecution", "settleExecution", "indicatorRate", "executionReportToDocument", "statusLabel"]) {
      expect(typeof (execution as Record<string, unknown>)[name], name).toBe("function");
    }
  });
});
