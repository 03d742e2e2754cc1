import type { Issue } from "./issue";

/**
 * What {@link validateDocument} returns: the data and its warnings, or the issues that make the
 * input invalid (and the warnings found on the way).
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
 * Builds a failed {@link Result}; the issues of severity `warning` are moved to `warnings`.
 *
 * @example
 * fail([{ code: "document.unknown_ref", path: [], message: "…", severity: "error", params: {} }]).success //=> false
 */
export function fail<T = never>(issues: readonly Issue[]): Result<T> {
  return {
    success: false,
    issues: issues.filter((i) => i.severity === "error"),
    warnings: issues.filter((i) => i.severity === "warning"),
  };
}
