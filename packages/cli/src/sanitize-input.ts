import type { IssuePath, Lang } from "@pacte/model";
import { cliIssue, type LocatedIssue } from "./cli-issue";

/**
 * Keys that could reach an object's prototype in careless code: never copied from an input.
 *
 * @example
 * FORBIDDEN_KEYS.has("__proto__") //=> true
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Default deepest nesting {@link sanitizeInput} accepts (a contract needs 6 levels).
 *
 * @example
 * DEFAULT_MAX_DEPTH //=> 64
 */
export const DEFAULT_MAX_DEPTH = 64;

/**
 * Copies a value read from an untrusted file into fresh plain objects and arrays, dropping
 * `__proto__`, `constructor` and `prototype` keys (one `input.forbidden_key` issue each, at the
 * key's path) and refusing nesting deeper than `maxDepth` (`input.too_deep`). The result shares
 * nothing with the input, so later code may read it without care.
 *
 * @example
 * const r = sanitizeInput(JSON.parse('{"__proto__": {"polluted": 1}, "a": 1}'));
 * r.value //=> { a: 1 }
 * r.issues[0]?.code //=> "input.forbidden_key"
 */
export function sanitizeInput(
  value: unknown,
  options: { readonly maxDepth?: number | undefined; readonly lang?: Lang | undefined } = {},
): { value: unknown; issues: LocatedIssue[] } {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const lang = options.lang ?? "fr";
  const issues: LocatedIssue[] = [];
  let tooDeep = false;

  const copy = (v: unknown, path: IssuePath, depth: number): unknown => {
    if (v === null || typeof v !== "object") return v;
    if (depth > maxDepth) {
      if (!tooDeep) issues.push(cliIssue("input.too_deep", path, { max: maxDepth }, lang));
      tooDeep = true;
      return null;
    }
    if (Array.isArray(v)) return v.map((item, i) => copy(item, [...path, i], depth + 1));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push(cliIssue("input.forbidden_key", [...path, key], { key }, lang));
        continue;
      }
      out[key] = copy((v as Record<string, unknown>)[key], [...path, key], depth + 1);
    }
    return out;
  };

  return { value: copy(value, [], 0), issues };
}
