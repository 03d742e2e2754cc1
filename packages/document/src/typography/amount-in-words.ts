import { z } from "zod";
import { FormatError } from "./format-error";
import { integerArgument } from "./internal/decimal";
import { readOption } from "./internal/options";

// The values of the option enums below, checked without zod (see THOUSANDS_SEPARATORS in format-number.ts).
const FRENCH_NUMBER_SPELLINGS = ["traditional", "1990"] as const;
const APOSTROPHES = ["\u2019", "'"] as const;

/**
 * Which spelling of numbers to write: `"traditional"` (default; `vingt et un`, `deux cent un`,
 * hyphens only between tens and units below cent) or `"1990"`, the reformed spelling of the
 * *Rectifications de l'orthographe* (hyphens between all numerals: `vingt-et-un`,
 * `deux-cent-un`, `deux-mille-trois`). In both, `million`, `milliard`… are nouns, kept apart by
 * spaces, and the plural rules of `vingt` and `cent` are the same.
 *
 * @example
 * FrenchNumberSpellingSchema.parse("1990") //=> "1990"
 */
export const FrenchNumberSpellingSchema = z.enum(FRENCH_NUMBER_SPELLINGS);
/** `"traditional"` (default) or `"1990"`. */
export type FrenchNumberSpelling = z.infer<typeof FrenchNumberSpellingSchema>;

/**
 * Options of {@link numberToFrenchWords}.
 *
 * @example
 * const options: FrenchWordsOptions = { spelling: "1990" };
 */
export interface FrenchWordsOptions {
  /** `"traditional"` by default. */
  readonly spelling?: FrenchNumberSpelling;
}

/**
 * Options of {@link amountToFrenchWords}.
 *
 * @example
 * const options: AmountInWordsOptions = { apostrophe: "'" };
 */
export interface AmountInWordsOptions extends FrenchWordsOptions {
  /** In `un million d’euros`: the typographic apostrophe U+2019 (default) or `'`. */
  readonly apostrophe?: "\u2019" | "'";
}

/**
 * The largest integer {@link numberToFrenchWords} spells: 10^24 − 1, "neuf cent quatre-vingt-dix-neuf
 * trilliards neuf cent quatre-vingt-dix-neuf trillions…" (French long scale).
 *
 * @example
 * MAX_FRENCH_WORDS //=> 999999999999999999999999n
 */
export const MAX_FRENCH_WORDS = 10n ** 24n - 1n;

const UNITS = [
  "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
  "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
] as const;
const TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"] as const;
/** Long-scale nouns by group of three digits: 10^6 million, 10^9 milliard, 10^12 billion… */
const SCALE_NOUNS = ["", "", "million", "milliard", "billion", "billiard", "trillion", "trilliard"] as const;

const unit = (n: number): string => UNITS[n] ?? "";

/** 0–19 (0 gives ""). */
function belowTwenty(n: number): string {
  if (n === 0) return "";
  return n <= 16 ? unit(n) : `dix-${unit(n - 10)}`;
}

/** 1–99. `plural`: `quatre-vingts` takes its s when it ends the numeral and no `mille` follows. */
function belowHundred(n: number, plural: boolean, reformed: boolean): string {
  if (n < 20) return belowTwenty(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const et = reformed ? "-et-" : " et ";
  if (tens <= 6) {
    const base = TENS[tens] ?? "";
    if (units === 0) return base;
    return units === 1 ? `${base}${et}un` : `${base}-${unit(units)}`;
  }
  if (tens === 7) return units === 1 ? `soixante${et}onze` : `soixante-${belowTwenty(10 + units)}`;
  if (n === 80) return plural ? "quatre-vingts" : "quatre-vingt";
  return `quatre-vingt-${tens === 8 ? unit(units) : belowTwenty(10 + units)}`;
}

/** 1–999. `plural`: `cents`/`quatre-vingts` take their s (end of the numeral, not before `mille`). */
function belowThousand(n: number, plural: boolean, reformed: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const sep = reformed ? "-" : " ";
  const parts: string[] = [];
  if (hundreds === 1) parts.push("cent");
  else if (hundreds > 1) parts.push(`${unit(hundreds)}${sep}cent${rest === 0 && plural ? "s" : ""}`);
  if (rest > 0) parts.push(belowHundred(rest, plural, reformed));
  return parts.join(sep);
}

interface Piece {
  readonly text: string;
  readonly noun: boolean;
}

function spell(value: bigint, reformed: boolean): string {
  if (value === 0n) return "zéro";
  const groups: number[] = [];
  for (let rest = value; rest > 0n; rest /= 1000n) groups.push(Number(rest % 1000n));
  const pieces: Piece[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) continue;
    if (i === 0) pieces.push({ text: belowThousand(g, true, reformed), noun: false });
    else if (i === 1) {
      if (g > 1) pieces.push({ text: belowThousand(g, false, reformed), noun: false });
      pieces.push({ text: "mille", noun: false });
    } else {
      pieces.push({ text: belowThousand(g, true, reformed), noun: false });
      pieces.push({ text: `${SCALE_NOUNS[i] ?? ""}${g > 1 ? "s" : ""}`, noun: true });
    }
  }
  let text = "";
  pieces.forEach((piece, k) => {
    const previous = pieces[k - 1];
    if (previous) text += reformed && !piece.noun && !previous.noun ? "-" : " ";
    text += piece.text;
  });
  return text;
}

function readSpelling(options: FrenchWordsOptions, caller: string): boolean {
  return readOption(FRENCH_NUMBER_SPELLINGS, options.spelling, "traditional", caller, "spelling") === "1990";
}

function checkRange(value: bigint, caller: string): bigint {
  const abs = value < 0n ? -value : value;
  if (abs > MAX_FRENCH_WORDS) {
    throw new FormatError(
      "format.out-of-range",
      `${caller} sait écrire en lettres jusqu’à 10^24 − 1 (neuf cent quatre-vingt-dix-neuf trilliards…) ; reçu ${value.toString()}.`,
    );
  }
  return abs;
}

/**
 * Spells an integer in French words, following the agreement rules: `vingt et un`,
 * `quatre-vingts` but `quatre-vingt-un`, `deux cents` but `deux cent un` and `deux cent mille`,
 * `mille` invariable and never preceded by `un`, `un million`, `deux cents millions`,
 * `quatre-vingts millions`. Long scale above the milliard (billion = 10^12, billiard = 10^15,
 * trillion = 10^18, trilliard = 10^21), up to {@link MAX_FRENCH_WORDS}; negatives start with
 * `moins`.
 *
 * @throws {FormatError} `format.not-integer`, `format.unsafe-integer` (pass a bigint),
 * `format.out-of-range`, `format.invalid-option`.
 * @example
 * numberToFrenchWords(81) //=> "quatre-vingt-un"
 * numberToFrenchWords(200_080) //=> "deux cent mille quatre-vingts"
 * numberToFrenchWords(80_000_000) //=> "quatre-vingts millions"
 * numberToFrenchWords(221, { spelling: "1990" }) //=> "deux-cent-vingt-et-un"
 */
export function numberToFrenchWords(n: number | bigint, options: FrenchWordsOptions = {}): string {
  const caller = "numberToFrenchWords";
  const value = integerArgument(n, caller, "un nombre");
  const reformed = readSpelling(options, caller);
  const words = spell(checkRange(value, caller), reformed);
  return value < 0n ? `moins ${words}` : words;
}

/**
 * Spells an amount given in integer cents, as contracts write it before the figures:
 * `cent vingt-trois mille quatre cent cinquante-six euros et soixante-dix-huit centimes`. `zéro
 * euro`, `un euro`, `un centime` stay singular; `d’euros` follows a bare `million(s)` or
 * `milliard(s)` (`deux millions d’euros`); with no whole euro only the centimes are written
 * (`cinquante centimes`).
 *
 * @throws {FormatError} `format.not-integer` (fractional cents), `format.unsafe-integer` (pass a
 * bigint), `format.out-of-range`, `format.invalid-option`.
 * @example
 * amountToFrenchWords(12345678) //=> "cent vingt-trois mille quatre cent cinquante-six euros et soixante-dix-huit centimes"
 * amountToFrenchWords(100_000_000) //=> "un million d’euros"
 * amountToFrenchWords(8000) //=> "quatre-vingts euros"
 */
export function amountToFrenchWords(cents: number | bigint, options: AmountInWordsOptions = {}): string {
  const caller = "amountToFrenchWords";
  const value = integerArgument(cents, caller, "un nombre de centimes");
  const reformed = readSpelling(options, caller);
  const apostrophe = readOption(APOSTROPHES, options.apostrophe, "\u2019", caller, "apostrophe");
  const abs = value < 0n ? -value : value;
  const euros = checkRange(abs / 100n, caller);
  const centimes = abs % 100n;
  let euroPart = "";
  if (euros === 0n) euroPart = centimes === 0n ? "zéro euro" : "";
  else if (euros === 1n) euroPart = "un euro";
  else {
    const endsWithNoun = euros >= 1_000_000n && euros % 1_000_000n === 0n;
    euroPart = `${spell(euros, reformed)} ${endsWithNoun ? `d${apostrophe}euros` : "euros"}`;
  }
  const centPart =
    centimes === 0n ? "" : centimes === 1n ? "un centime" : `${spell(centimes, reformed)} centimes`;
  const words = euroPart && centPart ? `${euroPart} et ${centPart}` : euroPart || centPart;
  return value < 0n ? `moins ${words}` : words;
}
