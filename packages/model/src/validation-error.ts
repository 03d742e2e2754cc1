import { formatPath, type Issue } from "./issue";

/**
 * Thrown by the throwing variants (`parse…()`, `build()`) when the input is invalid.
 * It carries every issue; its message lists them, one per line, as `path  code  message`.
 *
 * @example
 * try { parseSiren("123") } catch (e) {
 *   if (e instanceof PacteValidationError) e.issues[0]?.code //=> "siren.format"
 * }
 */
export class PacteValidationError extends Error {
  override readonly name = "PacteValidationError";
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const lines = issues.map((i) => `${formatPath(i.path)}  ${i.code}  ${i.message}`);
    super(`Données invalides (${issues.length} problème${issues.length > 1 ? "s" : ""}) :\n${lines.join("\n")}`);
    this.issues = issues;
  }
}
