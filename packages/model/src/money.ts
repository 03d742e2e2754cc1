import { z } from "zod";
import { centsOfDecimal, decimalPartsOfNumber } from "./internal/decimal";
import { MoneyError } from "./money-error";
import { addModelIssue } from "./validate";

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * A signed whole number of cents, for differences (a budget minus what was spent): an
 * integer (`money.not_integer_cents`) whose absolute value is at most
 * `Number.MAX_SAFE_INTEGER` (`money.unsafe`). Every {@link Cents} is also a `SignedCents`.
 *
 * @example
 * SignedCentsSchema.parse(-1250) //=> -1250
 * SignedCentsSchema.safeParse(12.5).success //=> false
 */
export const SignedCentsSchema = z
  .number()
  .superRefine((value, ctx) => {
    if (!Number.isInteger(value)) addModelIssue(ctx, "money.not_integer_cents", { received: value });
    else if (Math.abs(value) > MAX) addModelIssue(ctx, "money.unsafe", { received: value, max: MAX });
  })
  .overwrite((value) => (value === 0 ? 0 : value))
  .brand<"SignedCents">()
  .meta({
    description: "Montant signé en centimes d'euro (entier).",
    type: "integer",
    minimum: -MAX,
    maximum: MAX,
    examples: [-1250, 10000000],
  });
/** A signed integer number of cents (a difference of amounts). */
export type SignedCents = z.infer<typeof SignedCentsSchema>;

/**
 * An amount of money as a whole, non-negative number of euro cents, never a float of euros
 * (100 000 € is `10000000`). Issues: `money.not_integer_cents` (1234.5 is not a number of
 * cents), `money.negative`, `money.unsafe` (above `Number.MAX_SAFE_INTEGER`, beyond which
 * integers are no longer exact). NaN and infinities are refused by zod's number type.
 *
 * @example
 * CentsSchema.parse(123456) //=> 123456
 * CentsSchema.safeParse(-1).error?.issues[0]?.params //=> { received: -1, code: "money.negative" }
 */
export const CentsSchema = z
  .number()
  .superRefine((value, ctx) => {
    if (!Number.isInteger(value)) addModelIssue(ctx, "money.not_integer_cents", { received: value });
    else if (value < 0) addModelIssue(ctx, "money.negative", { received: value });
    else if (value > MAX) addModelIssue(ctx, "money.unsafe", { received: value, max: MAX });
  })
  .overwrite((value) => (value === 0 ? 0 : value))
  .brand<"SignedCents">()
  .brand<"Cents">()
  .meta({
    description: "Montant en centimes d'euro : entier positif ou nul (100 000 € = 10000000).",
    type: "integer",
    minimum: 0,
    maximum: MAX,
    examples: [10000000, 123456],
  });
/** A checked amount: a non-negative safe integer of cents. Make one with {@link cents}. */
export type Cents = z.infer<typeof CentsSchema>;

function check(value: number, what: string): Cents {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new MoneyError("money.not_integer_cents", { received: value }, `(${what})`);
  }
  if (value < 0) throw new MoneyError("money.negative", { received: value }, `(${what})`);
  if (value > MAX) throw new MoneyError("money.unsafe", { received: value, max: MAX }, `(${what})`);
  return (value === 0 ? 0 : value) as Cents;
}

/**
 * Brands a number of cents written in code as {@link Cents}, after checking it. For amounts
 * typed by a person use `safeParseMoney()`; for euros written in code, {@link eurosToCents}.
 *
 * @throws {MoneyError} `money.not_integer_cents`, `money.negative` or `money.unsafe`.
 * @example
 * cents(10000000) //=> 10000000 (100 000 €)
 */
export function cents(n: number): Cents {
  return check(n, "cents()");
}

/**
 * Brands a signed number of cents written in code as {@link SignedCents}, after checking it.
 *
 * @throws {MoneyError} `money.not_integer_cents` or `money.unsafe`.
 * @example
 * signedCents(-500) //=> -500
 */
export function signedCents(n: number): SignedCents {
  if (typeof n !== "number" || !Number.isInteger(n)) {
    throw new MoneyError("money.not_integer_cents", { received: n }, "(signedCents())");
  }
  if (Math.abs(n) > MAX) throw new MoneyError("money.unsafe", { received: n, max: MAX }, "(signedCents())");
  return (n === 0 ? 0 : n) as SignedCents;
}

/**
 * Converts euros written in code to cents exactly, from the decimal digits JavaScript prints for
 * the number: `1234.56` → 123456, and `0.1 + 0.2` (printed `0.30000000000000004`) is refused
 * rather than rounded.
 *
 * @throws {MoneyError} `money.format` (NaN, infinities), `money.negative`,
 * `money.too_many_decimals` or `money.unsafe`.
 * @example
 * eurosToCents(1234.56) //=> 123456
 * eurosToCents(100000) //=> 10000000
 */
export function eurosToCents(euros: number): Cents {
  const parts = typeof euros === "number" ? decimalPartsOfNumber(euros) : undefined;
  if (parts === undefined) throw new MoneyError("money.format", { received: String(euros) }, "(eurosToCents())");
  if (euros < 0) throw new MoneyError("money.negative", { received: String(euros) }, "(eurosToCents())");
  const result = centsOfDecimal(parts);
  if (typeof result === "string") {
    throw new MoneyError(result, { received: String(euros), max: MAX }, "(eurosToCents())");
  }
  return result as Cents;
}

/**
 * Adds two amounts exactly.
 *
 * @throws {MoneyError} `money.unsafe` when the sum exceeds `Number.MAX_SAFE_INTEGER` cents,
 * or when an argument is not a {@link Cents} value.
 * @example
 * addCents(cents(150), cents(250)) //=> 400
 */
export function addCents(a: Cents, b: Cents): Cents {
  const sum = check(a, "addCents()") + check(b, "addCents()");
  if (sum > MAX) throw new MoneyError("money.unsafe", { received: sum, max: MAX }, "La somme dépasse la limite ; vérifiez les montants additionnés.");
  return sum as Cents;
}

/**
 * Adds any number of amounts exactly; the sum of nothing is 0.
 *
 * @throws {MoneyError} `money.unsafe` when a partial sum exceeds `Number.MAX_SAFE_INTEGER`
 * cents, or when a value is not a {@link Cents} value.
 * @example
 * sumCents([cents(100), cents(250), cents(5)]) //=> 355
 * sumCents([]) //=> 0
 */
export function sumCents(values: Iterable<Cents>): Cents {
  let sum = 0;
  for (const value of values) {
    sum += check(value, "sumCents()");
    if (sum > MAX) throw new MoneyError("money.unsafe", { received: sum, max: MAX }, "La somme dépasse la limite ; vérifiez les montants additionnés.");
  }
  return sum as Cents;
}

/**
 * `a − b` exactly, as a signed amount (negative when `b` is larger).
 *
 * @throws {MoneyError} when an argument is not an integer of cents or the result is unsafe.
 * @example
 * subtractCents(cents(100), cents(250)) //=> -150
 */
export function subtractCents(a: SignedCents, b: SignedCents): SignedCents {
  return signedCents(signedCents(a) - signedCents(b));
}

/**
 * Orders two amounts: `-1` when `a < b`, `0` when equal, `1` when `a > b` — ready for `Array#sort`.
 *
 * @example
 * [cents(300), cents(100)].sort(compareCents) //=> [100, 300]
 */
export function compareCents(a: SignedCents, b: SignedCents): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Writes an amount in euros with a dot and exactly two decimals, for machines (CSV, JSON,
 * spreadsheets) — not for documents, whose French formatting lives in `@pacte/document`.
 *
 * @example
 * centsToDecimalString(cents(123456)) //=> "1234.56"
 * centsToDecimalString(signedCents(-5)) //=> "-0.05"
 */
export function centsToDecimalString(amount: SignedCents): string {
  const n = signedCents(amount);
  const digits = String(Math.abs(n)).padStart(3, "0");
  return `${n < 0 ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
