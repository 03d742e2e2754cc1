import { DocumentSchema, type Document } from "./document";
import { PacteError, fail, resultOf, safeParseWith, type Lang, type Result } from "@pacte/issues";
import { documentIssue } from "./messages";
import { documentRuleIssues } from "./internal/checks";
import { exceedsDepth } from "./internal/input-depth";
import { documentZodIssue } from "./internal/zod-issues";

/** Nesting deeper than this (objects and arrays) is refused before zod walks it. */
const MAX_INPUT_DEPTH = 100;

/** Options of {@link validateDocument} and {@link parseDocument}. */
export interface ValidateDocumentOptions {
  /** Language of the messages: `"fr"` (default) or `"en"`. */
  readonly lang?: Lang;
}

/**
 * Checks that `input` is a {@link Document} a renderer can write, in stages: its shape (zod's
 * schema, with zod's French wording — English on request), then the rules across fields. Never
 * throws on bad input; every issue has a stable code and a path into the input.
 *
 * Errors: `schema.<zod code>` for structural problems, and `document.*` for unknown block
 * types, malformed ids, timestamps and dates, dates that do not exist (2024-02-30), a missing
 * title or alt text, image data that is not bytes, duplicate heading or table ids (they share
 * one namespace: bookmarks), duplicate signature field ids (a field id may equal a heading id),
 * references to no heading, table rows whose spans do not add up to the columns, characters that
 * XML 1.0 or PDF cannot carry (C0/C1 controls, U+FFFE, U+FFFF, lone surrogates — in any string,
 * not only runs), tabs and line breaks inside text (use a `lineBreak` inline instead), lists
 * nested deeper than 8 levels, a page break, a table of contents or a heading with
 * `pageBreakBefore` (unless first) inside a `keepTogether` group (signature blocks and nested
 * groups are fine there), image bytes that are not the declared PNG or JPEG or whose size cannot
 * be read, links other than `http:`, `https:` and `mailto:`. Warnings: an empty body, a heading
 * with empty text, a table of contents with no heading to list.
 *
 * @example
 * validateDocument({ meta: { title: "Note", createdAt: "2024-01-01" }, body: [] })
 * //=> { success: true, data: { meta: { title: "Note", createdAt: "2024-01-01" }, body: [] }, warnings: [{ code: "document.empty_body", … }] }
 * validateDocument({ meta: { title: "Note", createdAt: "2024-02-30" }, body: [] }).success //=> false
 */
export function validateDocument(input: unknown, options: ValidateDocumentOptions = {}): Result<Document> {
  const lang: Lang = options.lang === "en" ? "en" : "fr";
  if (exceedsDepth(input, MAX_INPUT_DEPTH)) {
    return fail([documentIssue("document.too_deep", [], { max: MAX_INPUT_DEPTH }, { lang })]);
  }
  const parsed = safeParseWith(DocumentSchema, input, { lang, map: documentZodIssue, reportInput: true });
  if (!parsed.success) return parsed;
  return resultOf(parsed.data, documentRuleIssues(parsed.data, lang));
}

/**
 * Like {@link validateDocument}, but returns the document itself and throws when it is invalid
 * (warnings are dropped).
 *
 * @throws {PacteError} carrying every issue, when the document is invalid.
 * @example
 * parseDocument({ meta: { title: "Note", createdAt: "2024-01-01" }, body: [] }).meta.title //=> "Note"
 */
export function parseDocument(input: unknown, options: ValidateDocumentOptions = {}): Document {
  const result = validateDocument(input, options);
  if (!result.success) {
    throw new PacteError(result.issues, { lang: options.lang ?? "fr", heading: { fr: "Document invalide", en: "Invalid document" }, warnings: result.warnings });
  }
  return result.data;
}
