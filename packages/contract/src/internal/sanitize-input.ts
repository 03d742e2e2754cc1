// The first step of a check: the input, however it was made (read from untrusted text, built in
// code), is copied into fresh plain objects and arrays that share nothing with it.
import type { Issue, IssuePath, Lang } from "@pacte/issues";
import { INPUT_ISSUES } from "../input-issues";
import { CONTRACT_LIMITS } from "../limits";

/** Keys that could reach an object's prototype in careless code: never copied from an input. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Copies a value into fresh plain objects and arrays, dropping `__proto__`, `constructor` and
 * `prototype` keys (one `input.forbidden_key` issue each, at the key's path) and refusing nesting
 * deeper than `maxDepth` (`input.too_deep`, once). The result shares nothing with the input,
 * so later code may read and change it without care.
 */
export function sanitizeInput(
  value: unknown,
  options: { readonly maxDepth?: number | undefined; readonly lang?: Lang | undefined } = {},
): { value: unknown; issues: Issue[] } {
  const maxDepth = options.maxDepth ?? CONTRACT_LIMITS.depth;
  const lang = options.lang ?? "fr";
  const issues: Issue[] = [];
  let tooDeep = false;

  const copy = (v: unknown, path: IssuePath, depth: number): unknown => {
    if (v === null || typeof v !== "object") return v;
    if (depth > maxDepth) {
      if (!tooDeep) issues.push(INPUT_ISSUES.issue("input.too_deep", path, { max: maxDepth }, { lang }));
      tooDeep = true;
      return null;
    }
    if (Array.isArray(v)) return v.map((item, i) => copy(item, [...path, i], depth + 1));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push(INPUT_ISSUES.issue("input.forbidden_key", [...path, key], { key }, { lang }));
        continue;
      }
      out[key] = copy((v as Record<string, unknown>)[key], [...path, key], depth + 1);
    }
    return out;
  };

  return { value: copy(value, [], 0), issues };
}
