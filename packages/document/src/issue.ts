import { z } from "zod";

/**
 * The languages our messages are written in. French is the default everywhere.
 *
 * @example
 * LangSchema.parse("en") //=> "en"
 */
export const LangSchema = z.enum(["fr", "en"]);
/** A language for messages: `"fr"` (default) or `"en"`. */
export type Lang = z.infer<typeof LangSchema>;

/**
 * How serious an issue is: an `error` makes the document invalid, a `warning` does not.
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
 * IssuePathSchema.parse(["body", 12, "rows", 3, 2]) //=> ["body", 12, "rows", 3, 2]
 */
export const IssuePathSchema = z.array(z.union([z.string(), z.number()]));
/** A path into the input, as property names and array indexes. */
export type IssuePath = z.infer<typeof IssuePathSchema>;

/**
 * A problem found in a document: a stable `code` from a closed set, the `path` where it is,
 * a `message` a person can act on (French by default), its `severity`, and the `params` the
 * message was built from. Same shape as `@pacte/model`'s issues, so both can be listed together.
 *
 * @example
 * IssueSchema.parse({
 *   code: "document.unknown_ref",
 *   path: ["body", 4, "content", 1, "target"],
 *   message: "Renvoi vers « art-9 » : aucun titre ne porte cet identifiant.",
 *   severity: "error",
 *   params: { target: "art-9" },
 * }).code //=> "document.unknown_ref"
 */
export const IssueSchema = z.object({
  code: z.string().min(1),
  path: IssuePathSchema,
  message: z.string(),
  severity: IssueSeveritySchema,
  params: z.record(z.string(), z.unknown()),
});
/** A problem found in a document. See {@link IssueSchema}. */
export type Issue = z.infer<typeof IssueSchema>;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const DIGITS = /^\d+$/;

/**
 * Prints a path the way messages and the CLI show it: `body[12].rows[3][2]`. Array indexes and
 * all-digit keys go in brackets; keys that are not identifiers are quoted.
 *
 * @example
 * formatPath(["body", 12, "rows", 3, 2]) //=> "body[12].rows[3][2]"
 * formatPath(["meta", "customProperties", "Réf. contrat"]) //=> 'meta.customProperties["Réf. contrat"]'
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
