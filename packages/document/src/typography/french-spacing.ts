import { z } from "zod";
import { readOption } from "./internal/options";
import { protectedMask } from "./internal/protected-spans";

// The values of the option enum below, checked without zod (see THOUSANDS_SEPARATORS in format-number.ts).
const FRENCH_SPACING_STYLES = ["imprimerie-nationale", "narrow-everywhere", "no-break-everywhere"] as const;

/**
 * Which spaces {@link frenchTypography} puts around French punctuation.
 *
 * | style | before `:` | inside `« »` | before `; ! ?` | `n° 5`, `50 %`, `12 €` |
 * |---|---|---|---|---|
 * | `"imprimerie-nationale"` (default) | U+00A0 | U+00A0 | U+202F | U+00A0 |
 * | `"narrow-everywhere"` | U+202F | U+202F | U+202F | U+202F |
 * | `"no-break-everywhere"` | U+00A0 | U+00A0 | U+00A0 | U+00A0 |
 *
 * The first follows the *Lexique des règles typographiques en usage à l'Imprimerie nationale*
 * (espace mot insécable before the colon and inside guillemets, espace fine insécable before
 * the semicolon, exclamation and question marks); the second matches what `Intl`'s fr-FR data
 * and much of the modern web use; the third suits fonts without U+202F (the PDF standard fonts).
 *
 * @example
 * FrenchSpacingStyleSchema.parse("narrow-everywhere") //=> "narrow-everywhere"
 */
export const FrenchSpacingStyleSchema = z.enum(FRENCH_SPACING_STYLES);
/** A spacing convention for {@link frenchTypography}. */
export type FrenchSpacingStyle = z.infer<typeof FrenchSpacingStyleSchema>;

/**
 * Options of {@link frenchTypography}. The defaults only change what is unambiguous.
 *
 * @example
 * const options: FrenchTypographyOptions = { style: "narrow-everywhere", ellipsis: true };
 */
export interface FrenchTypographyOptions {
  /** The spacing convention; `"imprimerie-nationale"` by default. */
  readonly style?: FrenchSpacingStyle;
  /** `l'État` → `l’État`: a straight apostrophe between two letters becomes U+2019. On by default. */
  readonly apostrophes?: boolean;
  /**
   * Straight double quotes become `« »`, but only when every one of them in the text pairs
   * cleanly (opening after a space, a `(` or the start, closing before a space, punctuation or
   * the end, no line break inside); otherwise none is touched (an inch mark, a lone quote, text
   * split across runs). On by default.
   */
  readonly quotes?: boolean;
  /** Exactly three dots `...` become the ellipsis `…`. Off by default (a deliberate `...` stays). */
  readonly ellipsis?: boolean;
  /** No-break space after `n°` before a number and between a number and `%` or `€`. On by default. */
  readonly units?: boolean;
}

type SpaceKind = "colon" | "narrow" | "quote" | "unit";

const SPACES: Record<FrenchSpacingStyle, Record<SpaceKind, string>> = {
  "imprimerie-nationale": { colon: "\u00A0", narrow: "\u202F", quote: "\u00A0", unit: "\u00A0" },
  "narrow-everywhere": { colon: "\u202F", narrow: "\u202F", quote: "\u202F", unit: "\u202F" },
  "no-break-everywhere": { colon: "\u00A0", narrow: "\u00A0", quote: "\u00A0", unit: "\u00A0" },
};

/** Horizontal spaces the normaliser may replace: space, no-break, the U+2000 family, narrow no-break… Not tabs. */
const HSPACE = /[ \u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const WHITE = /\s/;
const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const DIGIT = /[0-9]/;
const HIGH_SIGNS = ":;!?";
/** What may follow `: ; ! ?` for a space to be inserted before them (`10:30`, `a:b`, `?id=` stay as they are). */
const AFTER_SIGN = /[\s!?;:.…»)\]}"]/;
/** What may precede a closing straight quote. */
const AFTER_CLOSING_QUOTE = /[\s.,;:!?…)\]}’'»-]/;

const isH = (c: string | undefined): boolean => c !== undefined && HSPACE.test(c);
const isWhite = (c: string | undefined): boolean => c !== undefined && WHITE.test(c);
const test = (re: RegExp, c: string | undefined): boolean => c !== undefined && re.test(c);

interface Rule {
  readonly kind: SpaceKind;
  /** Whether a space may be inserted where there is none (stricter than replacing an existing one). */
  readonly insertable: boolean;
}

/**
 * The rule for the gap between the non-space characters at `l` and `r` (`r = l + 1`, or the two
 * ends of a run of horizontal spaces). One function decides both inserting and replacing, so a
 * second pass makes the same choice as the first (idempotence).
 */
function ruleAt(text: string, mask: Uint8Array, l: number, r: number, units: boolean): Rule | undefined {
  const left = text[l];
  const right = text[r];
  if (left === undefined || right === undefined || l < 0 || isWhite(left) || isWhite(right)) return undefined;
  const leftFree = mask[l] === 0;
  const rightFree = mask[r] === 0;
  if (rightFree && HIGH_SIGNS.includes(right)) {
    const after = text[r + 1];
    const attachable = !"([{«".includes(left) && !HIGH_SIGNS.includes(left);
    return {
      kind: right === ":" ? "colon" : "narrow",
      insertable: attachable && (after === undefined || AFTER_SIGN.test(after)),
    };
  }
  if (rightFree && right === "»") return { kind: "quote", insertable: true };
  if (leftFree && left === "«") return { kind: "quote", insertable: true };
  if (!units) return undefined;
  if (leftFree && rightFree && (right === "%" || right === "€") && DIGIT.test(left)) {
    return { kind: "unit", insertable: !test(ALNUM, text[r + 1]) };
  }
  if (
    leftFree &&
    left === "°" &&
    (text[l - 1] === "n" || text[l - 1] === "N") &&
    mask[l - 1] === 0 &&
    !test(ALNUM, text[l - 2]) &&
    (DIGIT.test(right) || /[A-Z]/.test(right))
  ) {
    return { kind: "unit", insertable: DIGIT.test(right) };
  }
  return undefined;
}

function spacing(text: string, style: FrenchSpacingStyle, units: boolean): string {
  const mask = protectedMask(text);
  const spaces = SPACES[style];
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? "";
    if (isH(c)) {
      let j = i;
      while (isH(text[j])) j++;
      const rule = ruleAt(text, mask, i - 1, j, units);
      out += rule ? spaces[rule.kind] : text.slice(i, j);
      i = j;
      continue;
    }
    if (i > 0) {
      const rule = ruleAt(text, mask, i - 1, i, units);
      if (rule?.insertable) out += spaces[rule.kind];
    }
    out += c;
    i++;
  }
  return out;
}

function apostrophes(text: string): string {
  if (!text.includes("'")) return text;
  const mask = protectedMask(text);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    out += c === "'" && mask[i] === 0 && test(LETTER, text[i - 1]) && test(LETTER, text[i + 1]) ? "\u2019" : c;
  }
  return out;
}

function ellipses(text: string): string {
  if (!text.includes("...")) return text;
  const mask = protectedMask(text);
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] !== ".") {
      out += text[i] ?? "";
      i++;
      continue;
    }
    let j = i;
    while (text[j] === ".") j++;
    out += j - i === 3 && mask[i] === 0 && mask[i + 1] === 0 && mask[i + 2] === 0 ? "…" : text.slice(i, j);
    i = j;
  }
  return out;
}

/** Whether the straight quote at `at` can open a quotation that the quote at `close` ends. */
function pairsCleanly(text: string, open: number, close: number): boolean {
  const before = text[open - 1];
  if (before !== undefined && !isWhite(before) && before !== "(") return false;
  let first = open + 1;
  while (isH(text[first])) first++;
  let last = close - 1;
  while (isH(text[last])) last--;
  if (first >= close || last <= open) return false;
  if (/[\n\r\v\f\u2028\u2029\u0085]/.test(text.slice(open, close))) return false;
  const after = text[close + 1];
  return after === undefined || AFTER_CLOSING_QUOTE.test(after);
}

function quotes(text: string): string {
  if (!text.includes('"')) return text;
  const mask = protectedMask(text);
  const at: number[] = [];
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) if (mask[i] === 0) at.push(i);
  if (at.length === 0 || at.length % 2 === 1) return text;
  for (let k = 0; k < at.length; k += 2) {
    if (!pairsCleanly(text, at[k] ?? 0, at[k + 1] ?? 0)) return text;
  }
  const chars = text.split("");
  at.forEach((position, k) => {
    chars[position] = k % 2 === 0 ? "«" : "»";
  });
  return chars.join("");
}

/**
 * Applies French typography to plain text: the spaces French requires around `: ; ! ?` and
 * inside `« »` (replacing an existing space rather than adding one; see
 * {@link FrenchSpacingStyle} for which space goes where), `’` for a straight apostrophe between
 * letters, `« »` for cleanly paired straight quotes, `n° 5`, `50 %`, `12 €` with a no-break
 * space, and `…` for `...` on request.
 *
 * It only ever changes spaces, apostrophes, quotes (and dots with `ellipsis`), and it leaves
 * alone: URLs (`https://…`, `www.…`) and e-mail addresses character for character; times and
 * ratios (`10:30`, `3:2`: no space is added before a sign that is not followed by a space or the
 * end); codes (`art. L.5217-1`, `DGCS/SD1B/2023/169`, `6AE`, `ISO 19005-2:2011`); numbers
 * (`1 234,56`, `3.14`); line breaks and tabs, and spaces at the start or end of a line.
 * Idempotent: applying it twice gives the same text as once.
 *
 * @example
 * frenchTypography("Objet: l'avenant n°2 \"annuel\" ; voir https://x.fr/a?b=1!")
 * //=> "Objet : l’avenant n° 2 « annuel » ; voir https://x.fr/a?b=1!"
 * //   (U+00A0 before ":", after "n°" and inside « », U+202F before ";")
 * frenchTypography("Quoi?!", { style: "no-break-everywhere" }) //=> "Quoi ?!" (U+00A0)
 */
export function frenchTypography(text: string, options: FrenchTypographyOptions = {}): string {
  const style = readOption(FRENCH_SPACING_STYLES, options.style, "imprimerie-nationale", "frenchTypography", "style");
  const units = options.units !== false;
  const pass = (input: string): string => {
    let result = input;
    if (options.apostrophes !== false) result = apostrophes(result);
    if (options.ellipsis === true) result = ellipses(result);
    if (options.quotes !== false) result = quotes(result);
    return spacing(result, style, units);
  };
  // One pass is usually final; a quote pairing can become clean only once a space has been put
  // in front of it, so run to the fixed point (at most three passes change anything).
  let current = text;
  for (let round = 0; round < 5; round++) {
    const next = pass(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
