import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cents, type Cents } from "./money";
import { MoneyError } from "./money-error";
import { percentOf, ratio, RateSchema, type Rate } from "./money-rate";

describe("RateSchema", () => {
  it.each([{ basisPoints: 5000 }, { basisPoints: 0 }, { basisPoints: 15000 }, { numerator: 1, denominator: 3 }])(
    "accepts %j",
    (rate) => {
      expect(RateSchema.parse(rate)).toEqual(rate);
    },
  );

  it.each([{ basisPoints: 50.5 }, { basisPoints: -1 }, { numerator: 1, denominator: 0 }, { numerator: 1 }, { basisPoints: 1, numerator: 1 }, {}])(
    "refuses %j",
    (rate) => {
      expect(RateSchema.safeParse(rate).success).toBe(false);
    },
  );
});

describe("percentOf", () => {
  it.each([
    [77521370, { basisPoints: 5000 }, 38760685],
    [1001, { basisPoints: 5000 }, 501], // 500,5 → 501 (half up)
    [1003, { basisPoints: 5000 }, 502], // 501,5 → 502
    [1, { basisPoints: 5000 }, 1], // 0,5 → 1
    [1, { basisPoints: 4999 }, 0],
    [100, { numerator: 1, denominator: 3 }, 33],
    [200, { numerator: 1, denominator: 3 }, 67],
    [10000000, { basisPoints: 8000 }, 8000000],
    [12345, { basisPoints: 10000 }, 12345],
    [12345, { basisPoints: 0 }, 0],
    [100, { basisPoints: 15000 }, 150],
    [Number.MAX_SAFE_INTEGER, { numerator: 1, denominator: 1 }, Number.MAX_SAFE_INTEGER],
  ] satisfies [number, Rate, number][])("percentOf(%d, %j) is %d", (amount, rate, expected) => {
    expect(percentOf(cents(amount), rate)).toBe(expected);
  });

  it("rounds half up exactly, without floats", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e14 }), fc.nat({ max: 20000 }), (amount, bp) => {
        const r = percentOf(cents(amount), { basisPoints: bp });
        const twice = 2n * BigInt(amount) * BigInt(bp); // 2 × exact × 10000
        // r − 1/2 ≤ exact < r + 1/2
        expect(BigInt(2 * r - 1) * 10000n <= twice && twice < BigInt(2 * r + 1) * 10000n).toBe(true);
      }),
    );
  });

  it.each([
    [{ basisPoints: 0.5 }, "money.rate"],
    [{ basisPoints: -1 }, "money.rate"],
    [{ numerator: 1, denominator: 0 }, "money.rate"],
    [{ numerator: -1, denominator: 2 }, "money.rate"],
  ])("throws MoneyError for the rate %j", (rate, code) => {
    expect(() => percentOf(cents(100), rate as Rate)).toThrow(MoneyError);
    try {
      percentOf(cents(100), rate as Rate);
    } catch (e) {
      expect((e as MoneyError).code).toBe(code);
      expect((e as MoneyError).message).toMatch(/^Taux invalide/);
    }
  });

  it("throws MoneyError for unsafe results and amounts that are not cents", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as MoneyError).code;
      }
      return undefined;
    };
    expect(code(() => percentOf(cents(Number.MAX_SAFE_INTEGER), { basisPoints: 10001 }))).toBe("money.unsafe");
    expect(code(() => percentOf(1.5 as Cents, { basisPoints: 1 }))).toBe("money.not_integer_cents");
    expect(code(() => percentOf(-1 as Cents, { basisPoints: 1 }))).toBe("money.negative");
  });
});

describe("ratio", () => {
  it("divides for display, undefined on a zero whole", () => {
    expect(ratio(cents(2500), cents(10000))).toBe(0.25);
    expect(ratio(cents(0), cents(10000))).toBe(0);
    expect(ratio(cents(0), cents(0))).toBeUndefined();
    expect(ratio(cents(5), cents(0))).toBeUndefined();
  });
});
