import { z } from "zod";
import { UNIT_SPACES, type UnitSpace } from "./format-euros";
import { FormatError } from "./format-error";
import { MINUS_SIGNS, THOUSANDS_SEPARATORS, type MinusSign, type ThousandsSeparator } from "./format-number";
import { checkDecimals, decimalFromNumber, divideRounded, writeFixed } from "./internal/decimal";
import { readOption } from "./internal/options";

// The values of the option enum below, checked without zod (see THOUSANDS_SEPARATORS in format-number.ts).
const PERCENT_SCALES = ["ratio", "percent"] as const;

/**
 * A share given as its two terms, so that `{ part: 1, whole: 3 }` is computed exactly rather than
 * through the float `0.333…`.
 *
 * @example
 * const share: PartOfWhole = { part: 1, whole: 3 }; formatPercent(share, 1) //=> "33,3 %"
 */
export interface PartOfWhole {
  readonly part: number;
  readonly whole: number;
}

/**
 * What a number given to {@link formatPercent} is: a ratio (`0.5` is 50 %, the default) or a
 * value already in percent (`50` is 50 %, as contracts write instalments).
 *
 * @example
 * PercentScaleSchema.parse("percent") //=> "percent"
 */
export const PercentScaleSchema = z.enum(PERCENT_SCALES);
/** `"ratio"` (default) or `"percent"`. */
export type PercentScale = z.infer<typeof PercentScaleSchema>;

/**
 * Options of {@link formatPercent}.
 *
 * @example
 * const options: FormatPercentOptions = { space: "\u202F" };
 */
export interface FormatPercentOptions {
  /** Between groups of three digits; U+202F by default. */
  readonly separator?: ThousandsSeparator;
  /** Before `%`; U+00A0 by default (as ICU 78's fr-FR data; some older `Intl` data put U+202F). */
  readonly space?: UnitSpace;
  /** Before a negative percentage; U+2212 by default. */
  readonly minus?: MinusSign;
  /** Whether the value is a ratio (`0.5`, default) or already in percent (`50`). */
  readonly scale?: PercentScale;
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

/** `numerator / denominator` written exactly: its digits scaled by `10 ** places`; `undefined` when the quotient has no finite decimal form (1/3). */
function exactQuotient(numerator: bigint, denominator: bigint): { scaled: bigint; places: number } | undefined {
  const g = gcd(numerator, denominator);
  const n = numerator / g;
  let d = denominator / g;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return undefined;
  const places = Math.max(twos, fives);
  return { scaled: (n * 10n ** BigInt(places)) / (denominator / g), places };
}

/**
 * Writes a ratio (`0.5`), a value already in percent (`{ scale: "percent" }`: `50`) or a share
 * (`{ part, whole }`) as a French percentage: a decimal comma, digits grouped by three with a
 * narrow no-break space, a no-break space before `%`, never a decimal point nor an exponent
 * (« 0,000000000001 % », not « 1e-12 % »). Without `decimals`, as many digits after the comma as
 * the exact value needs (« 99,9 % » is not rounded to « 100 % »); with `decimals`, exactly that
 * many, rounded half away from zero. The computation is exact decimal arithmetic on the numbers'
 * shortest forms.
 *
 * @throws {FormatError} `format.not-finite`, `format.zero-whole` (`whole` is 0),
 * `format.invalid-option` (a bad option, or no `decimals` for a share with no finite decimal form, such as 1/3).
 * @example
 * formatPercent(0.5) //=> "50 %" (U+00A0 before %)
 * formatPercent(0.999) //=> "99,9 %"
 * formatPercent(0.1, undefined, { scale: "percent" }) //=> "0,1 %"
 * formatPercent({ part: 1, whole: 3 }, 1) //=> "33,3 %"
 * formatPercent(0.075, 0) //=> "8 %"
 */
export function formatPercent(
  value: number | PartOfWhole,
  decimals?: number,
  options: FormatPercentOptions = {},
): string {
  const caller = "formatPercent";
  const fixed = decimals === undefined ? undefined : checkDecimals(decimals, caller);
  const separator = readOption(THOUSANDS_SEPARATORS, options.separator, "\u202F", caller, "separator");
  const minus = readOption(MINUS_SIGNS, options.minus, "\u2212", caller, "minus");
  const space = readOption(UNIT_SPACES, options.space, "\u00A0", caller, "space");
  const hundred = readOption(PERCENT_SCALES, options.scale, "ratio", caller, "scale") === "ratio" ? 100n : 1n;
  // The percentage as the exact fraction numerator / denominator (both non-negative).
  let negative: boolean;
  let numerator: bigint;
  let denominator: bigint;
  if (typeof value === "number") {
    const d = decimalFromNumber(value, caller);
    negative = d.negative;
    numerator = d.digits * hundred;
    denominator = 10n ** BigInt(d.scale);
  } else {
    const part = decimalFromNumber(value.part, caller);
    const whole = decimalFromNumber(value.whole, caller);
    if (whole.digits === 0n) {
      throw new FormatError("format.zero-whole", `${caller} : « whole » vaut 0, la part ${String(value.part)} n’a pas de pourcentage.`);
    }
    negative = part.negative !== whole.negative;
    // (p / 10^ps) / (w / 10^ws) = p·10^ws / (w·10^ps)
    numerator = part.digits * 10n ** BigInt(whole.scale) * hundred;
    denominator = whole.digits * 10n ** BigInt(part.scale);
  }
  let scaled: bigint;
  let places: number;
  if (fixed !== undefined) {
    places = fixed;
    scaled = divideRounded(numerator * 10n ** BigInt(places), denominator);
  } else {
    const exact = exactQuotient(numerator, denominator);
    if (!exact) {
      throw new FormatError(
        "format.invalid-option",
        `${caller} : ${String((value as PartOfWhole).part)} / ${String((value as PartOfWhole).whole)} n’a pas d’écriture décimale finie ; indiquez le nombre de décimales (« decimals »).`,
      );
    }
    ({ scaled, places } = exact);
  }
  const sign = negative && scaled !== 0n ? minus : "";
  return `${sign}${writeFixed(scaled, places, separator)}${space}%`;
}
