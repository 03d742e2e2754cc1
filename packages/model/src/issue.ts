import { z } from "zod";

/**
 * The languages our messages are written in. French is the default everywhere.
 *
 * @example
 * const lang: Lang = "en";
 */
export const LangSchema = z.enum(["fr", "en"]);
/** A language for messages: `"fr"` (default) or `"en"`. */
export type Lang = z.infer<typeof LangSchema>;

/**
 * How serious an issue is: an `error` makes the input invalid, a `warning` does not.
 *
 * @example
 * IssueSeveritySchema.parse("warning") //=> "warning"
 */
export const IssueSeveritySchema = z.enum(["error", "warning"]);
/** `"error"` or `"warning"`. */
export type IssueSeverity = z.infer<typeof IssueSeveritySchema>;

/**
 * A path into the input: property names and array indexes, from the root.
 *
 * @example
 * const path: IssuePath = ["actions", 3, "funding", "2026", "state"];
 */
export const IssuePathSchema = z.array(z.union([z.string(), z.number()]));
/** A path into the input, as property names and array indexes. */
export type IssuePath = z.infer<typeof IssuePathSchema>;

/**
 * A problem found in user data: a stable `code` from a closed set, the `path` where it is,
 * a `message` a person can act on (French by default), its `severity`, and the `params`
 * the message was built from (expected and received values).
 *
 * @example
 * const issue: Issue = {
 *   code: "siren.checksum",
 *   path: ["collectivite", "siren"],
 *   message: "SIREN invalide : la clé de contrôle (Luhn) ne correspond pas ; vérifiez les 9 chiffres.",
 *   severity: "error",
 *   params: { received: "222309628" },
 * };
 */
export const IssueSchema = z.object({
  code: z.string().min(1),
  path: IssuePathSchema,
  message: z.string(),
  severity: IssueSeveritySchema,
  params: z.record(z.string(), z.unknown()),
});
/** A problem found in user data. See {@link IssueSchema}. */
export type Issue = z.infer<typeof IssueSchema>;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const DIGITS = /^\d+$/;

/**
 * Prints a path the way our messages and the CLI show it: `actions[3].funding[2026].state`.
 * Array indexes and all-digit keys (years) go in brackets; other odd keys are quoted.
 *
 * @example
 * formatPath(["actions", 3, "funding", "2026", "state"]) //=> "actions[3].funding[2026].state"
 * formatPath([]) //=> "(racine)"
 */
export function formatPath(path: readonly PropertyKey[], lang: Lang = "fr"): string {
  if (path.length === 0) return lang === "fr" ? "(racine)" : "(root)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "symbol") out += `[${String(key)}]`;
    else if (DIGITS.test(key)) out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
