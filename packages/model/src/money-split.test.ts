import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cents, type Cents } from "./money";
import { MoneyError } from "./money-error";
import { splitCents } from "./money-split";

describe("splitCents", () => {
  it.each([
    [10000, [1, 1, 1], [3334, 3333, 3333]],
    [100, [1, 1, 1], [34, 33, 33]],
    [2, [1, 1, 1], [1, 1, 0]],
    [100, [50, 30, 20], [50, 30, 20]],
    [5, [0, 1, 1], [0, 3, 2]],
    [0, [1, 2, 3], [0, 0, 0]],
    [1, [1], [1]],
    [7, [0, 0, 1], [0, 0, 7]],
    // remainders 1/6, 2/6, 3/6 of a cent: the largest gets the cent left over
    [1, [1, 2, 3], [0, 0, 1]],
    // 100 € split by amounts (cents) 775 213,70 € and 904 724,25 €
    [10000, [77521370, 90472425], [4615, 5385]],
    [Number.MAX_SAFE_INTEGER, [1, 1], [4503599627370496, 4503599627370495]],
  ])("splitCents(%d, %j) is %j", (total, weights, expected) => {
    expect(splitCents(cents(total), weights)).toEqual(expected);
  });

  it("breaks ties by the lower index, whatever the order of equal weights", () => {
    expect(splitCents(cents(2), [1, 1, 1, 1])).toEqual([1, 1, 0, 0]);
    expect(splitCents(cents(3), [2, 1, 1, 2])).toEqual([1, 1, 0, 1]);
  });

  it("does not mutate the weights", () => {
    const weights = Object.freeze([3, 1, 2]);
    splitCents(cents(100), weights);
    expect(weights).toEqual([3, 1, 2]);
  });

  it.each([
    [[], "Aucun poids"],
    [[0, 0], "Tous les poids sont nuls"],
    [[1, -1], "-1"],
    [[1, 0.5], "0.5"],
    [[1, NaN], "NaN"],
    [[1, Infinity], "Infinity"],
    [[1, Number.MAX_SAFE_INTEGER + 1], "9007199254740992"],
  ])("throws MoneyError money.weights for %j", (weights, hint) => {
    try {
      splitCents(cents(100), weights);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MoneyError);
      expect((e as MoneyError).code).toBe("money.weights");
      expect((e as MoneyError).message).toContain("Clé de répartition invalide");
      expect((e as MoneyError).message).toContain(hint);
    }
  });

  it.each([
    [-1, "money.negative"],
    [1.5, "money.not_integer_cents"],
    [Number.MAX_SAFE_INTEGER + 1, "money.unsafe"],
  ])("throws MoneyError %s for a total of %d", (total, code) => {
    expect(() => splitCents(total as Cents, [1])).toThrow(expect.objectContaining({ code }) as unknown as Error);
  });

  const totals = fc.integer({ min: 0, max: 1e12 });
  const weights = fc
    .array(fc.nat({ max: 1_000_000_000 }), { minLength: 1, maxLength: 50 })
    .filter((ws) => ws.some((w) => w > 0));

  it("gives non-negative integer parts that add up exactly to the total", () => {
    fc.assert(
      fc.property(totals, weights, (total, ws) => {
        const parts = splitCents(cents(total), ws);
        expect(parts).toHaveLength(ws.length);
        for (const p of parts) expect(Number.isSafeInteger(p) && p >= 0).toBe(true);
        expect(parts.reduce((s, p) => s + BigInt(p), 0n)).toBe(BigInt(total));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps every part within one cent of its exact share, and zero weights at zero", () => {
    fc.assert(
      fc.property(totals, weights, (total, ws) => {
        const parts = splitCents(cents(total), ws);
        const sum = ws.reduce((s, w) => s + BigInt(w), 0n);
        parts.forEach((p, i) => {
          const exact = BigInt(total) * BigInt(ws[i]!); // the share, times `sum`
          const diff = BigInt(p) * sum - exact;
          expect(diff < sum && -diff < sum).toBe(true);
          if (ws[i] === 0) expect(p).toBe(0);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("is the largest remainder split: scaling the weights changes nothing", () => {
    fc.assert(
      fc.property(totals, weights, fc.integer({ min: 2, max: 1000 }), (total, ws, k) => {
        expect(splitCents(cents(total), ws.map((w) => w * k))).toEqual(splitCents(cents(total), ws));
      }),
    );
  });
});
