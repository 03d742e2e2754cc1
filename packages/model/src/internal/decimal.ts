/** Exact decimal digits of a non-negative amount: integer part and fraction part, as strings. */
export interface DecimalParts {
  readonly int: string;
  readonly frac: string;
}

/** Why a decimal could not become cents. */
export type CentsFailure = "money.too_many_decimals" | "money.unsafe";

const NUMBER_TEXT = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;
const MAX_SAFE_TEXT = String(Number.MAX_SAFE_INTEGER);

/**
 * The decimal digits JavaScript prints for a finite number (its shortest round-trip form, the
 * one a person typed: `1234.56`, `0.30000000000000004`), with any exponent expanded.
 * The sign is ignored. Returns `undefined` for NaN and infinities.
 *
 * @example
 * decimalPartsOfNumber(1234.5) //=> { int: "1234", frac: "5" }
 * decimalPartsOfNumber(1e-7) //=> { int: "0", frac: "0000001" }
 */
export function decimalPartsOfNumber(n: number): DecimalParts | undefined {
  if (!Number.isFinite(n)) return undefined;
  const m = NUMBER_TEXT.exec(String(Math.abs(n)));
  if (m === null) return undefined;
  const digits = m[1]! + (m[2] ?? "");
  const point = m[1]!.length + Number(m[3] ?? "0");
  if (point <= 0) return { int: "0", frac: "0".repeat(-point) + digits };
  if (point >= digits.length) return { int: digits + "0".repeat(point - digits.length), frac: "" };
  return { int: digits.slice(0, point), frac: digits.slice(point) };
}

/**
 * Exact cents of a non-negative decimal given by its digit strings: trailing zeros of the
 * fraction are dropped, more than two decimals left is a failure, and so is a result above
 * `Number.MAX_SAFE_INTEGER`.
 *
 * @example
 * centsOfDecimal({ int: "1234", frac: "560" }) //=> 123456
 * centsOfDecimal({ int: "0", frac: "001" }) //=> "money.too_many_decimals"
 */
export function centsOfDecimal(parts: DecimalParts): number | CentsFailure {
  const frac = parts.frac.replace(/0+$/, "");
  if (frac.length > 2) return "money.too_many_decimals";
  const digits = (parts.int + frac.padEnd(2, "0")).replace(/^0+(?=\d)/, "");
  if (digits.length > MAX_SAFE_TEXT.length || (digits.length === MAX_SAFE_TEXT.length && digits > MAX_SAFE_TEXT)) {
    return "money.unsafe";
  }
  return Number(digits);
}
