const WHITESPACE = /\s+/g;
const ALL_DIGITS = /^\d+$/;

/**
 * Removes every whitespace character (plain, no-break U+00A0, narrow no-break U+202F, thin,
 * tabs, line breaks) from an identifier typed or pasted by a person.
 *
 * @example
 * compactIdentifier(" 222\u00A0309 627 ") //=> "222309627"
 */
export function compactIdentifier(input: string): string {
  return input.replace(WHITESPACE, "");
}

/**
 * True when `value` is a string of exactly `length` ASCII digits.
 *
 * @example
 * isDigits("222309627", 9) //=> true
 */
export function isDigits(value: string, length: number): boolean {
  return value.length === length && ALL_DIGITS.test(value);
}

/**
 * Joins consecutive slices of `digits` of the given sizes with `separator`; any rest goes last.
 *
 * @example
 * groupDigits("22230962700016", [3, 3, 3, 5], " ") //=> "222 309 627 00016"
 */
export function groupDigits(digits: string, sizes: readonly number[], separator: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.join(separator);
}
