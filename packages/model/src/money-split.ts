import type { Cents } from "./money";
import { MoneyError } from "./money-error";

/**
 * Splits a total into parts proportional to `weights`, exactly: the parts are non-negative
 * whole cents that always add up to the total. Each part first gets the whole cents of its
 * exact share (`total × weight ÷ Σ weights`, computed with big integers, no floats); the cents
 * left over go one each to the parts with the largest remainders — ties to the lower index —
 * so the result is deterministic and every part is within one cent of its exact share.
 * A part with weight 0 gets 0. Weights are non-negative safe integers: counts, percentages,
 * or amounts in cents (to split a sum in proportion to other amounts).
 *
 * @throws {MoneyError} `money.weights` when `weights` is empty, holds a negative, non-integer
 * or unsafe value, or is all zeros — a mistake in the calling code, not in user data; and
 * `money.not_integer_cents` / `money.negative` / `money.unsafe` when `total` is not {@link Cents}.
 * @example
 * splitCents(cents(10000), [1, 1, 1]) //=> [3334, 3333, 3333]
 * splitCents(cents(100), [50, 30, 20]) //=> [50, 30, 20]
 * splitCents(cents(5), [0, 1, 1]) //=> [0, 3, 2]
 */
export function splitCents(total: Cents, weights: readonly number[]): Cents[] {
  if (typeof total !== "number" || !Number.isInteger(total)) {
    throw new MoneyError("money.not_integer_cents", { received: total }, "(splitCents(), total)");
  }
  if (total < 0) throw new MoneyError("money.negative", { received: total }, "(splitCents(), total)");
  if (total > Number.MAX_SAFE_INTEGER) {
    throw new MoneyError("money.unsafe", { received: total, max: Number.MAX_SAFE_INTEGER }, "(splitCents(), total)");
  }
  let sum = 0n;
  for (const w of weights) {
    if (typeof w !== "number" || !Number.isSafeInteger(w) || w < 0) {
      throw new MoneyError("money.weights", { received: weights }, `Poids fautif : ${String(w)}.`);
    }
    sum += BigInt(w);
  }
  if (sum === 0n) {
    throw new MoneyError("money.weights", { received: weights }, weights.length === 0 ? "Aucun poids donné." : "Tous les poids sont nuls.");
  }

  const t = BigInt(total);
  const parts: number[] = [];
  const remainders: bigint[] = [];
  let given = 0;
  for (const w of weights) {
    const share = t * BigInt(w);
    const whole = Number(share / sum);
    parts.push(whole);
    remainders.push(share % sum);
    given += whole;
  }
  // Fewer cents are left than there are parts with a non-zero remainder: zero weights never get one.
  const left = total - given;
  if (left > 0) {
    const order = remainders.map((_, i) => i).sort((i, j) => {
      const ri = remainders[i]!;
      const rj = remainders[j]!;
      return ri > rj ? -1 : ri < rj ? 1 : i - j;
    });
    for (let k = 0; k < left; k++) parts[order[k]!]! += 1;
  }
  return parts as Cents[];
}
