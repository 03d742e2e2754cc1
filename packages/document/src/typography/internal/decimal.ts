import { FormatError } from "../format-error";

/** A finite decimal value: `(negative ? -1 : 1) * digits / 10 ** scale`, `scale >= 0`. */
export interface Decimal {
  readonly negative: boolean;
  readonly digits: bigint;
  readonly scale: number;
}

const NUMBER_TEXT = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The exact decimal that `String(n)` prints — the shortest one that reads back as `n`, which
 * ECMAScript specifies, so every runtime agrees. `-0` is not negative.
 */
export function decimalFromNumber(n: number, caller: string): Decimal {
  if (!Number.isFinite(n)) {
    throw new FormatError("format.not-finite", `${caller} attend un nombre fini ; reçu ${String(n)}.`);
  }
  const match = NUMBER_TEXT.exec(String(Math.abs(n)));
  if (!match) throw new FormatError("format.not-finite", `${caller} ne sait pas lire ${String(n)}.`);
  const whole = match[1] ?? "0";
  const fraction = match[2] ?? "";
  const exponent = Number(match[3] ?? "0");
  const scale = fraction.length - exponent;
  const digits = BigInt(whole + fraction);
  return scale >= 0
    ? { negative: n < 0, digits, scale }
    : { negative: n < 0, digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/** `numerator / denominator` rounded half away from zero; both non-negative, denominator > 0. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** The absolute value of `d` times `10 ** decimals`, rounded half away from zero. */
export function scaleTo(d: Decimal, decimals: number): bigint {
  return divideRounded(d.digits * 10n ** BigInt(decimals), 10n ** BigInt(d.scale));
}

/** `"1234567"` → `"1 234 567"` with `separator` between groups of three digits. */
export function groupThousands(integerDigits: string, separator: string): string {
  const head = integerDigits.length % 3 || 3;
  let out = integerDigits.slice(0, head);
  for (let i = head; i < integerDigits.length; i += 3) out += separator + integerDigits.slice(i, i + 3);
  return out;
}

/** `scaled / 10 ** decimals` written with grouped integer digits and a decimal comma. */
export function writeFixed(scaled: bigint, decimals: number, separator: string): string {
  const text = scaled.toString().padStart(decimals + 1, "0");
  const integer = groupThousands(text.slice(0, text.length - decimals), separator);
  return decimals === 0 ? integer : `${integer},${text.slice(text.length - decimals)}`;
}

/** Checks a `decimals` option: an integer from 0 to 100. */
export function checkDecimals(decimals: number, caller: string): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 100) {
    throw new FormatError(
      "format.invalid-option",
      `${caller} : « decimals » doit être un entier de 0 à 100 ; reçu ${String(decimals)}.`,
    );
  }
  return decimals;
}

/** Checks an integer argument given as a number (safe integer) or a bigint, and returns it as a bigint. */
export function integerArgument(value: number | bigint, caller: string, what: string): bigint {
  if (typeof value === "bigint") return value;
  if (!Number.isInteger(value)) {
    throw new FormatError(
      "format.not-integer",
      `${caller} attend ${what} entier ; reçu ${String(value)}. Arrondissez d’abord (Math.round) ou passez un bigint.`,
    );
  }
  if (!Number.isSafeInteger(value)) {
    throw new FormatError(
      "format.unsafe-integer",
      `${caller} : ${String(value)} dépasse Number.MAX_SAFE_INTEGER et a pu perdre sa précision ; passez un bigint.`,
    );
  }
  return BigInt(value);
}
