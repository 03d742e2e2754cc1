import type { Issue } from "./issue";

/**
 * What every `validate…()` and `safe…()` function returns: the data and its warnings, or the
 * issues that make the input invalid (and the warnings found on the way).
 *
 * @example
 * const r: Result<number> = { success: true, data: 42, warnings: [] };
 * if (r.success) r.data //=> 42
 */
export type Result<T> =
  | { readonly success: true; readonly data: T; readonly warnings: readonly Issue[] }
  | { readonly success: false; readonly issues: readonly Issue[]; readonly warnings: readonly Issue[] };

/**
 * Builds a successful {@link Result}.
 *
 * @example
 * ok(3) //=> { success: true, data: 3, warnings: [] }
 */
export function ok<T>(data: T, warnings: readonly Issue[] = []): Result<T> {
  return { success: true, data, warnings };
}

/**
 * Builds a failed {@link Result}; the issues of severity `warning` go to `warnings`.
 *
 * @example
 * fail([{ code: "siren.format", path: [], message: "…", severity: "error", params: {} }]).success //=> false
 */
export function fail<T = never>(issues: readonly Issue[]): Result<T> {
  return {
    success: false,
    issues: issues.filter((i) => i.severity === "error"),
    warnings: issues.filter((i) => i.severity === "warning"),
  };
}

/**
 * Builds a {@link Result} from a value and every issue found about it: a success when none of
 * them is an error (the warnings ride along), a failure otherwise.
 *
 * @example
 * resultOf(3, []) //=> { success: true, data: 3, warnings: [] }
 */
export function resultOf<T>(data: T, issues: readonly Issue[]): Result<T> {
  return issues.some((i) => i.severity === "error") ? fail(issues) : ok(data, issues);
}
