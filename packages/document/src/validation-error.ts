import { formatPath, type Issue, type Lang } from "./issue";

/**
 * Thrown by {@link parseDocument} when a document is invalid. It carries every issue; its message
 * lists them, one per line, as `path  code  message`.
 *
 * @example
 * try { parseDocument({ meta: {}, body: [] }) } catch (e) {
 *   if (e instanceof DocumentValidationError) e.issues[0]?.path //=> ["meta", "title"]
 * }
 */
export class DocumentValidationError extends Error {
  override readonly name = "DocumentValidationError";
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[], options: { lang?: Lang } = {}) {
    const lang = options.lang ?? "fr";
    const lines = issues.map((i) => `${formatPath(i.path, lang)}  ${i.code}  ${i.message}`);
    const n = issues.length;
    super(
      lang === "fr"
        ? `Document invalide (${n} problème${n > 1 ? "s" : ""}) :\n${lines.join("\n")}`
        : `Invalid document (${n} problem${n > 1 ? "s" : ""}):\n${lines.join("\n")}`,
    );
    this.issues = issues;
  }
}
