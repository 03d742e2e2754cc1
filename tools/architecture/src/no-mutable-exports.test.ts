import * as cli from "@pacte/cli";
import * as contract from "@pacte/contract";
import * as document from "@pacte/document";
import * as execution from "@pacte/execution";
import * as docx from "@pacte/docx";
import * as issues from "@pacte/issues";
import * as model from "@pacte/model";
import * as pdf from "@pacte/pdf";
import { describe, expect, it } from "vitest";

const SURFACES: Record<string, Record<string, unknown>> = { issues, model, document, contract, execution, docx, pdf, cli };

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

describe("no exported mutable state", () => {
  it.each(Object.keys(SURFACES))("@pacte/%s exports no registry and no value that can be changed in place", (name) => {
    const problems: string[] = [];
    for (const [key, value] of Object.entries(SURFACES[name] ?? {})) {
      if (typeof value === "function" && /^(register|unregister|clear|reset)[A-Z]/.test(key)) problems.push(`${key}()`);
      problems.push(...mutableParts(value, key));
    }
    expect(problems).toEqual([]);
  });
});
