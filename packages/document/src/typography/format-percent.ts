import { UnitSpaceSchema, type UnitSpace } from "./format-euros";
import { FormatError } from "./format-error";
import { MinusSignSchema, ThousandsSeparatorSchema, type MinusSign, type ThousandsSeparator } from "./format-number";
import { checkDecimals, decimalFromNumber, divideRounded, writeFixed } from "./internal/decimal";
import { readOption } from "./internal/options";

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
}

/**
 * Writes a ratio (`0.5`) or a share (`{ part, whole }`) as a French percentage with exactly
 * `decimals` digits after the comma (0 by default), rounded half away from zero, and a no-break
 * space before `%`. The computation is exact decimal arithmetic on the numbers' shortest forms.
 *
 * @throws {FormatError} `format.not-finite`, `format.zero-whole` (`whole` is 0), `format.invalid-option`.
 * @example
 * formatPercent(0.5) //=> "50 %" (U+00A0 before %)
 * formatPercent({ part: 1, whole: 3 }, 1) //=> "33,3 %"
 * formatPercent(0.075, 1) //=> "7,5 %"
 */
export function formatPercent(
  value: number | PartOfWhole,
  decimals = 0,
  options: FormatPercentOptions = {},
): string {
  const caller = "formatPercent";
  const places = checkDecimals(decimals, caller);
  const separator = readOption(ThousandsSeparatorSchema, options.separator, "\u202F", caller, "separator");
  const minus = readOption(MinusSignSchema, options.minus, "\u2212", caller, "minus");
  const space = readOption(UnitSpaceSchema, options.space, "\u00A0", caller, "space");
  const factor = 100n * 10n ** BigInt(places);
  let negative: boolean;
  let scaled: bigint;
  if (typeof value === "number") {
    const ratio = decimalFromNumber(value, caller);
    negative = ratio.negative;
    scaled = divideRounded(ratio.digits * factor, 10n ** BigInt(ratio.scale));
  } else {
    const part = decimalFromNumber(value.part, caller);
    const whole = decimalFromNumber(value.whole, caller);
    if (whole.digits === 0n) {
      throw new FormatError("format.zero-whole", `${caller} : « whole » vaut 0, la part ${String(value.part)} n’a pas de pourcentage.`);
    }
    negative = part.negative !== whole.negative;
    // (p / 10^ps) / (w / 10^ws) = p·10^ws / (w·10^ps)
    scaled = divideRounded(
      part.digits * 10n ** BigInt(whole.scale) * factor,
      whole.digits * 10n ** BigInt(part.scale),
    );
  }
  const sign = negative && scaled !== 0n ? minus : "";
  return `${sign}${writeFixed(scaled, places, separator)}${space}%`;
}
