import { documentPlainText, formatEuros, type Document } from "@pacte/document";
import type { Cents } from "@pacte/model";

/**
 * A document's text as `documentPlainText` gives it, with the typography's invisible choices made
 * visible as a person types them: no-break and narrow no-break spaces as spaces, the no-break
 * hyphen as a hyphen. Tests compare words, not the spaces that hold them together.
 *
 * @example
 * readableText(doc) //=> ["Article 1 – Objet", "… 80 % …"]
 */
export function readableText(doc: Document): string[] {
  return documentPlainText(doc).map((line) => line.replace(/[\u00A0\u202F]/g, " ").replace(/\u2011/g, "-"));
}

/**
 * An amount as `formatEuros` writes it, with plain spaces, to find in a {@link readableText}.
 *
 * @example
 * plainEuros(123456789) //=> "1 234 567,89 €"
 */
export function plainEuros(cents: number): string {
  return formatEuros(cents as Cents).replace(/[\u00A0\u202F]/g, " ");
}
