import { formatPath } from "./format-path";
import type { Issue, Lang } from "./issue";

const BRAND = Symbol.for("@pacte/issues.PacteError");

/**
 * Options of {@link PacteError}.
 *
 * @example
 * const options: PacteErrorOptions = { lang: "en", heading: { fr: "PDF impossible à produire", en: "Cannot produce the PDF" } };
 */
export interface PacteErrorOptions {
  /** The language of the first line of the message (the issues carry their own messages). */
  readonly lang?: Lang;
  /** What could not be done, in each language; « Données invalides » / "Invalid input" by default. */
  readonly heading?: { readonly fr: string; readonly en: string };
  /** The warnings found on the way, for a caller that wants to show them too. */
  readonly warnings?: readonly Issue[];
  /** What caused it, when a caller's own exception was turned into issues. */
  readonly cause?: unknown;
}

/**
 * The one error the throwing functions of every package raise when what they were given is
 * invalid — `parse…()`, `build()`, `renderPdf()`, `renderDocx()`. It carries every issue found
 * (code, path, French message); its message lists them, one per line, as `path  code  message`.
 * Recognise it with `instanceof` or, across copies of the package, {@link PacteError.is}.
 *
 * @example
 * try { parseSiren("123") } catch (e) {
 *   if (PacteError.is(e)) e.issues[0]?.code //=> "siren.format"
 * }
 */
export class PacteError extends Error {
  override readonly name = "PacteError";
  /** Every problem that made the input invalid. */
  readonly issues: readonly Issue[];
  /** The warnings found on the way. */
  readonly warnings: readonly Issue[];

  constructor(issues: readonly Issue[], options: PacteErrorOptions = {}) {
    const lang = options.lang ?? "fr";
    const heading = options.heading?.[lang] ?? (lang === "fr" ? "Données invalides" : "Invalid input");
    const n = issues.length;
    const count = lang === "fr" ? `${n} problème${n > 1 ? "s" : ""}` : `${n} problem${n > 1 ? "s" : ""}`;
    const lines = issues.map((i) => `${formatPath(i.path, lang)}  ${i.code}  ${i.message}`);
    super(`${heading} (${count})${lang === "fr" ? " :" : ":"}\n${lines.join("\n")}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.issues = issues;
    this.warnings = options.warnings ?? [];
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * Whether `value` is a {@link PacteError}, also when it comes from another copy of this
   * package (two versions in one `node_modules`, a worker thread's structured clone excepted).
   *
   * @example
   * PacteError.is(new PacteError([])) //=> true
   * PacteError.is(new Error("x")) //=> false
   */
  static is(value: unknown): value is PacteError {
    return value instanceof PacteError || (typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true);
  }
}
