import { z } from "zod";
import { MINUS_SIGNS, THOUSANDS_SEPARATORS, type MinusSign, type ThousandsSeparator } from "./format-number";
import { integerArgument, writeFixed } from "./internal/decimal";
import { readOption } from "./internal/options";

// The values of the option enums below, checked without zod (see THOUSANDS_SEPARATORS).
const CENTS_DISPLAYS = ["always", "never-if-round"] as const;
/**
 * The values {@link UnitSpaceSchema} is built from. Internal.
 *
 * @example
 * UNIT_SPACES[0] //=> "\u00A0"
 */
export const UNIT_SPACES = ["\u00A0", "\u202F", " "] as const;

/**
 * When {@link formatEuros} prints the cents: `"always"` (`100 000,00 €`, the default, which keeps
 * columns aligned) or `"never-if-round"` (`100 000 €`, but `100 000,50 €`).
 *
 * @example
 * CentsDisplaySchema.parse("never-if-round") //=> "never-if-round"
 */
export const CentsDisplaySchema = z.enum(CENTS_DISPLAYS);
/** `"always"` or `"never-if-round"`. */
export type CentsDisplay = z.infer<typeof CentsDisplaySchema>;

/**
 * The space between a number and its unit sign (`€`, `%`): the no-break space U+00A0 (default),
 * the narrow no-break space U+202F, or a plain space.
 *
 * @example
 * UnitSpaceSchema.parse("\u202F") //=> "\u202F"
 */
export const UnitSpaceSchema = z.enum(UNIT_SPACES);
/** `"\u00A0"` (default), `"\u202F"` or `" "`. */
export type UnitSpace = z.infer<typeof UnitSpaceSchema>;

/**
 * Options of {@link formatEuros}.
 *
 * @example
 * const options: FormatEurosOptions = { cents: "never-if-round" };
 */
export interface FormatEurosOptions {
  /** `"always"` by default. */
  readonly cents?: CentsDisplay;
  /** Between groups of three digits; U+202F by default. */
  readonly separator?: ThousandsSeparator;
  /** Before `€`; U+00A0 by default. */
  readonly space?: UnitSpace;
  /** Before a negative amount; U+2212 by default. */
  readonly minus?: MinusSign;
}

/**
 * Writes an amount given in integer cents as French euros: `1 234 567,89 €`, with U+202F between
 * digit groups and U+00A0 before `€`. Integer arithmetic only (bigint for amounts beyond 2^53).
 *
 * @throws {FormatError} `format.not-integer` for fractional cents (`12.5`), `format.unsafe-integer`
 * beyond `Number.MAX_SAFE_INTEGER` (pass a bigint), `format.invalid-option` for a bad option.
 * @example
 * formatEuros(123456789) //=> "1 234 567,89 €"
 * formatEuros(10000000, { cents: "never-if-round" }) //=> "100 000 €"
 * formatEuros(-5050) //=> "−50,50 €"
 */
export function formatEuros(cents: number | bigint, options: FormatEurosOptions = {}): string {
  const value = integerArgument(cents, "formatEuros", "un nombre de centimes");
  const separator = readOption(THOUSANDS_SEPARATORS, options.separator, "\u202F", "formatEuros", "separator");
  const minus = readOption(MINUS_SIGNS, options.minus, "\u2212", "formatEuros", "minus");
  const display = readOption(CENTS_DISPLAYS, options.cents, "always", "formatEuros", "cents");
  const space = readOption(UNIT_SPACES, options.space, "\u00A0", "formatEuros", "space");
  const abs = value < 0n ? -value : value;
  const body =
    display === "never-if-round" && abs % 100n === 0n ? writeFixed(abs / 100n, 0, separator) : writeFixed(abs, 2, separator);
  return `${value < 0n ? minus : ""}${body}${space}€`;
}
