import { z } from "zod";
import { checkDecimals, decimalFromNumber, scaleTo, writeFixed, type Decimal } from "./internal/decimal";
import { readOption } from "./internal/options";

/**
 * The values {@link ThousandsSeparatorSchema} is built from. The formatters check their options
 * against such lists rather than parse them with zod, so that an app that only formats numbers
 * does not bundle zod. Internal.
 *
 * @example
 * THOUSANDS_SEPARATORS.includes("\u00A0") //=> true
 */
export const THOUSANDS_SEPARATORS = ["\u202F", "\u00A0", " ", ""] as const;
/**
 * The values {@link MinusSignSchema} is built from. Internal.
 *
 * @example
 * MINUS_SIGNS[0] //=> "\u2212"
 */
export const MINUS_SIGNS = ["\u2212", "-"] as const;

/**
 * What goes between groups of three digits: the narrow no-break space U+202F (the French norm,
 * and `Intl`'s fr-FR choice; the default), the no-break space U+00A0 (for fonts that lack
 * U+202F, such as the PDF standard fonts), a plain space, or nothing.
 *
 * @example
 * ThousandsSeparatorSchema.parse("\u00A0") //=> "\u00A0"
 */
export const ThousandsSeparatorSchema = z.enum(THOUSANDS_SEPARATORS);
/** A thousands separator: `"\u202F"` (default), `"\u00A0"`, `" "` or `""`. */
export type ThousandsSeparator = z.infer<typeof ThousandsSeparatorSchema>;

/**
 * The sign written before a negative number: the true minus U+2212 (default) or the ASCII
 * hyphen-minus, for systems that read the text back as a number.
 *
 * @example
 * MinusSignSchema.parse("-") //=> "-"
 */
export const MinusSignSchema = z.enum(MINUS_SIGNS);
/** A minus sign: `"\u2212"` (default) or `"-"`. */
export type MinusSign = z.infer<typeof MinusSignSchema>;

/**
 * Options of {@link formatNumber}.
 *
 * @example
 * const options: FormatNumberOptions = { decimals: 2, separator: "\u00A0" };
 */
export interface FormatNumberOptions {
  /** Exactly this many digits after the comma, rounded half away from zero; by default as many as the number has. */
  readonly decimals?: number;
  /** Between groups of three digits; U+202F by default. */
  readonly separator?: ThousandsSeparator;
  /** Before a negative number; U+2212 by default. */
  readonly minus?: MinusSign;
}

/**
 * Writes a number the French way: digits grouped by three with a narrow no-break space, a decimal
 * comma, a true minus sign. Computed on the number's exact shortest decimal form (no `Intl`, no
 * float multiplication), so every runtime prints the same; `-0` and negatives that round to zero
 * print without a sign.
 *
 * @throws {FormatError} `format.not-finite` for `NaN`/`Infinity`; `format.invalid-option` for a bad option.
 * @example
 * formatNumber(1234567.891, { decimals: 2 }) //=> "1 234 567,89" (U+202F between groups)
 * formatNumber(3.14) //=> "3,14"
 * formatNumber(-1234n, { separator: " " }) //=> "−1 234"
 */
export function formatNumber(n: number | bigint, options: FormatNumberOptions = {}): string {
  const separator = readOption(THOUSANDS_SEPARATORS, options.separator, "\u202F", "formatNumber", "separator");
  const minus = readOption(MINUS_SIGNS, options.minus, "\u2212", "formatNumber", "minus");
  const value: Decimal =
    typeof n === "bigint"
      ? { negative: n < 0n, digits: n < 0n ? -n : n, scale: 0 }
      : decimalFromNumber(n, "formatNumber");
  const decimals = options.decimals === undefined ? value.scale : checkDecimals(options.decimals, "formatNumber");
  const scaled = scaleTo(value, decimals);
  const sign = value.negative && scaled !== 0n ? minus : "";
  return sign + writeFixed(scaled, decimals, separator);
}
