import { z } from "zod";

/**
 * The languages our messages are written in. French is the default everywhere.
 *
 * @example
 * LangSchema.parse("en") //=> "en"
 */
export const LangSchema = /* @__PURE__ */ z.enum(["fr", "en"]);
/** A language for messages: `"fr"` (default) or `"en"`. */
export type Lang = z.infer<typeof LangSchema>;

/**
 * How serious an issue is: an `error` makes the input invalid, a `warning` does not.
 *
 * @example
 * IssueSeveritySchema.parse("warning") //=> "warning"
 */
export const IssueSeveritySchema = /* @__PURE__ */ z.enum(["error", "warning"]);
/** `"error"` or `"warning"`. */
export type IssueSeverity = z.infer<typeof IssueSeveritySchema>;

/**
 * A path into the input: property names and array indexes, from the root.
 *
 * @example
 * IssuePathSchema.parse(["actions", 3, "funding", "2026", "state"]) //=> ["actions", 3, "funding", "2026", "state"]
 */
export const IssuePathSchema = /* @__PURE__ */ z.array(z.union([z.string(), z.number()]));
/** A path into the input, as property names and array indexes. */
export type IssuePath = z.infer<typeof IssuePathSchema>;

/**
 * A problem found in what a user gave (a contract input, a document, a theme, options): a
 * stable `code` from a closed set, the `path` where it is, a `message` a person can act on
 * (French by default), its `severity`, and the `params` the message was built from (expected
 * and received values). Every package of the project reports this one shape.
 *
 * @example
 * IssueSchema.parse({
 *   code: "siren.checksum",
 *   path: ["collectivite", "siren"],
 *   message: "SIREN invalide : la clé de contrôle (Luhn) ne correspond pas ; vérifiez les 9 chiffres.",
 *   severity: "error",
 *   params: { received: "222309628" },
 * }).code //=> "siren.checksum"
 */
export const IssueSchema = /* @__PURE__ */ z.object({
  code: z.string().min(1),
  path: IssuePathSchema,
  message: z.string(),
  severity: IssueSeveritySchema,
  params: z.record(z.string(), z.unknown()),
  /** Where the problem is in the text the input was read from (YAML or JSON), when it was read from text. */
  location: z.object({ line: z.number().int().min(1), column: z.number().int().min(1) }).optional(),
});
/** A problem found in user data. See {@link IssueSchema}. */
export type Issue = z.infer<typeof IssueSchema>;
