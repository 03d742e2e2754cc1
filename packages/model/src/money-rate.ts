import { z } from "zod";
import type { Cents } from "./money";
import { MoneyError } from "./money-error";

/**
 * A rate as exact integers: `{ basisPoints }` in ten-thousandths (5000 = 50 %, 10000 = 100 %),
 * or a fraction `{ numerator, denominator }` (1/3). Both non-negative, the denominator
 * positive; a rate above 100 % is allowed.
 *
 * @example
 * RateSchema.parse({ basisPoints: 5000 }) //=> { basisPoints: 5000 }
 * RateSchema.parse({ numerator: 1, denominator: 3 }) //=> { numerator: 1, denominator: 3 }
 */
export const RateSchema = z.union([
  z.object({ basisPoints: z.int().nonnegative() }).strict(),
  z.object({ numerator: z.int().nonnegative(), denominator: z.int().positive() }).strict(),
]);
/** An exact rate: basis points or a fraction of integers. */
export type Rate = z.infer<typeof RateSchema>;

function fraction(r: Rate): { num: bigint; den: bigint } {
  const ok = (n: unknown, min: number): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= min;
  if ("basisPoints" in r && ok(r.basisPoints, 0)) return { num: BigInt(r.basisPoints), den: 10000n };
  if ("numerator" in r && ok(r.numerator, 0) && ok(r.denominator, 1)) {
    return { num: BigInt(r.numerator), den: BigInt(r.denominator) };
  }
  throw new MoneyError("money.rate", { received: r });
}

/**
 * `amount × rate`, rounded to the cent half up (x,5 cent goes up), computed exactly with big
 * integers: the State's 50 % share of an action, a 20 % balance payment.
 *
 * @throws {MoneyError} `money.rate` for a rate that is not a {@link Rate}; `money.unsafe` when
 * the result exceeds `Number.MAX_SAFE_INTEGER` cents; `money.not_integer_cents` /
 * `money.negative` when `amount` is not {@link Cents}.
 * @example
 * percentOf(cents(77521370), { basisPoints: 5000 }) //=> 38760685
 * percentOf(cents(1001), { basisPoints: 5000 }) //=> 501 (500,5 rounded half up)
 * percentOf(cents(100), { numerator: 1, denominator: 3 }) //=> 33
 */
export function percentOf(amount: Cents, rate: Rate): Cents {
  if (typeof amount !== "number" || !Number.isInteger(amount)) {
    throw new MoneyError("money.not_integer_cents", { received: amount }, "(percentOf())");
  }
  if (amount < 0) throw new MoneyError("money.negative", { received: amount }, "(percentOf())");
  const { num, den } = fraction(rate);
  const exact2 = 2n * BigInt(amount) * num; // twice the exact product, over den
  const rounded = (exact2 + den) / (2n * den); // floor(x + 1/2)
  if (rounded > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new MoneyError("money.unsafe", { received: String(rounded), max: Number.MAX_SAFE_INTEGER }, "(percentOf())");
  }
  return Number(rounded) as Cents;
}

/**
 * `part ÷ whole` as a floating-point number, for display only (an execution rate, a share of
 * the budget); `undefined` when `whole` is 0 (there is no rate: show "—"). Never feed it back
 * into amounts — use {@link percentOf} or `splitCents()`.
 *
 * @example
 * ratio(cents(2500), cents(10000)) //=> 0.25
 * ratio(cents(0), cents(0)) //=> undefined
 */
export function ratio(part: Cents, whole: Cents): number | undefined {
  return whole === 0 ? undefined : part / whole;
}
