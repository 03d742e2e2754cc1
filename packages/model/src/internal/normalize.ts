/**
 * Folds a piece of text for comparison: strips diacritics (NFD), lowercases, spells out
 * ligatures (œ, æ), turns apostrophes, hyphens, dashes and punctuation into single spaces,
 * and trims. With `saint: true`, the words "st" and "ste" become "saint" and "sainte".
 * Non-string input gives `""`, so callers never throw on a bad value.
 *
 * @example
 * normalizeText("Côte-d’Or") //=> "cote d or"
 * normalizeText("  CORRÈZE ") //=> "correze"
 * normalizeText("St-Étienne", { saint: true }) //=> "saint etienne"
 */
export function normalizeText(text: unknown, options: { saint?: boolean } = {}): string {
  if (typeof text !== "string") return "";
  let out = text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  if (options.saint === true && out !== "") {
    out = out
      .split(" ")
      .map((w) => (w === "st" ? "saint" : w === "ste" ? "sainte" : w))
      .join(" ");
  }
  return out;
}

/**
 * Folds a code typed by a person (a département, collectivity or SIREN): trims, removes
 * inner spaces and dots, uppercases. Non-string input gives `""`.
 *
 * @example
 * normalizeCode(" 2a ") //=> "2A"
 * normalizeCode("222 309 627") //=> "222309627"
 */
export function normalizeCode(code: unknown): string {
  if (typeof code !== "string") return "";
  return code.replace(/[\s.\u00a0\u202f]+/g, "").toUpperCase();
}
