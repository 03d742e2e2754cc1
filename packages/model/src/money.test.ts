import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  addCents,
  cents,
  CentsSchema,
  centsToDecimalString,
  compareCents,
  eurosToCents,
  signedCents,
  SignedCentsSchema,
  subtractCents,
  sumCents,
  type Cents,
  type SignedCents,
} from "./money";
import { MoneyError } from "./money-error";
import { parseMoney } from "./money-parse";
import { safeParseWith } from "./validate";

const MAX = Number.MAX_SAFE_INTEGER;

function moneyErrorCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof MoneyError) return e.code;
    throw e;
  }
  return undefined;
}

describe("CentsSchema", () => {
  it.each([0, 1, 123456, 10000000, MAX])("accepts %d", (n) => {
    expect(CentsSchema.parse(n)).toBe(n);
  });

  it.each([
    [12.5, "money.not_integer_cents"],
    [0.1, "money.not_integer_cents"],
    [-1, "money.negative"],
    [-100, "money.negative"],
    [MAX + 1, "money.unsafe"],
    [1e20, "money.unsafe"],
  ])("refuses %d with %s", (n, code) => {
    const r = safeParseWith(CentsSchema, n);
    expect(!r.success && r.issues.map((i) => i.code)).toEqual([code]);
  });

  it.each([NaN, Infinity, -Infinity, "100"])("refuses %j as a type error", (n) => {
    const r = safeParseWith(CentsSchema, n);
    expect(!r.success && r.issues[0]?.code).toBe("schema.invalid_type");
  });

  it("turns -0 into 0", () => {
    expect(Object.is(CentsSchema.parse(-0), 0)).toBe(true);
    expect(Object.is(cents(-0), 0)).toBe(true);
  });

  it("words the issue in French with what to do", () => {
    const r = safeParseWith(CentsSchema, 1234.5);
    expect(!r.success && r.issues[0]?.message).toBe(
      "Montant invalide : 1234.5 n’est pas un nombre entier de centimes ; les montants sont des entiers en centimes (100 000 € = 10000000).",
    );
  });

  it("brands: Cents is a SignedCents, numbers are neither", () => {
    expectTypeOf<Cents>().toExtend<SignedCents>();
    expectTypeOf<Cents>().toExtend<number>();
    expectTypeOf<number>().not.toExtend<Cents>();
    expectTypeOf<SignedCents>().not.toExtend<Cents>();
  });
});

describe("SignedCentsSchema", () => {
  it.each([-MAX, -1, 0, 1, MAX])("accepts %d", (n) => {
    expect(SignedCentsSchema.parse(n)).toBe(n);
  });

  it.each([
    [-0.5, "money.not_integer_cents"],
    [-MAX - 1, "money.unsafe"],
  ])("refuses %d with %s", (n, code) => {
    const r = safeParseWith(SignedCentsSchema, n);
    expect(!r.success && r.issues[0]?.code).toBe(code);
  });
});

describe("cents and signedCents", () => {
  it.each([
    [1.5, "money.not_integer_cents"],
    [NaN, "money.not_integer_cents"],
    [-1, "money.negative"],
    [MAX + 1, "money.unsafe"],
  ])("cents(%d) throws MoneyError %s", (n, code) => {
    expect(moneyErrorCode(() => cents(n))).toBe(code);
  });

  it("throws a RangeError named MoneyError that says where", () => {
    try {
      cents(1.5);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RangeError);
      expect((e as Error).name).toBe("MoneyError");
      expect((e as Error).message).toContain("(cents())");
      expect((e as MoneyError).params).toEqual({ received: 1.5 });
    }
  });

  it("signedCents accepts negatives only", () => {
    expect(signedCents(-5)).toBe(-5);
    expect(moneyErrorCode(() => signedCents(0.5))).toBe("money.not_integer_cents");
    expect(moneyErrorCode(() => signedCents(-MAX - 1))).toBe("money.unsafe");
  });
});

describe("eurosToCents", () => {
  it.each([
    [0, 0],
    [0.01, 1],
    [0.1, 10],
    [1234.5, 123450],
    [1234.56, 123456],
    [100000, 10000000],
    [775213.7, 77521370],
    [904724.25, 90472425],
    // The literal 90071992547409.91 is stored as the double printed 90071992547409.9: that is what is read.
    [90071992547409.91, MAX - 1],
    [70368744177663.99, 7036874417766399],
    [1e3, 100000],
  ])("eurosToCents(%d) is %d", (euros, expected) => {
    expect(eurosToCents(euros)).toBe(expected);
  });

  it.each([
    [0.1 + 0.2, "money.too_many_decimals"],
    [1.005, "money.too_many_decimals"],
    [1e-7, "money.too_many_decimals"],
    [-1, "money.negative"],
    [NaN, "money.format"],
    [Infinity, "money.format"],
    [1e21, "money.unsafe"],
    [90071992547409.92, "money.unsafe"],
  ])("eurosToCents(%d) throws %s", (euros, code) => {
    expect(moneyErrorCode(() => eurosToCents(euros))).toBe(code);
  });

  it("is exact for every amount with at most two decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 }), (c) => {
        const euros = Number(centsToDecimalString(c as Cents));
        expect(eurosToCents(euros)).toBe(c);
      }),
    );
  });
});

describe("addCents, sumCents, subtractCents, compareCents", () => {
  it("adds and sums exactly", () => {
    expect(addCents(cents(10), cents(20))).toBe(30);
    expect(sumCents([cents(77521370), cents(90472425)])).toBe(167993795);
    expect(sumCents([])).toBe(0);
    expect(sumCents(new Set([cents(1), cents(2)]))).toBe(3);
    // 0.1 € + 0.2 € is 30 cents, not 0.30000000000000004 €
    expect(addCents(eurosToCents(0.1), eurosToCents(0.2))).toBe(30);
  });

  it("throws money.unsafe beyond safe integers (a programming error)", () => {
    expect(moneyErrorCode(() => addCents(cents(MAX), cents(1)))).toBe("money.unsafe");
    expect(moneyErrorCode(() => sumCents([cents(MAX - 1), cents(1), cents(1)]))).toBe("money.unsafe");
    expect(addCents(cents(MAX - 1), cents(1))).toBe(MAX);
  });

  it("refuses values that are not cents", () => {
    expect(moneyErrorCode(() => addCents(0.5 as Cents, cents(1)))).toBe("money.not_integer_cents");
    expect(moneyErrorCode(() => sumCents([-1 as Cents]))).toBe("money.negative");
  });

  it("subtracts into a signed amount", () => {
    expect(subtractCents(cents(100), cents(250))).toBe(-150);
    expect(subtractCents(cents(MAX), cents(0))).toBe(MAX);
    expect(moneyErrorCode(() => subtractCents(signedCents(-MAX), cents(1)))).toBe("money.unsafe");
  });

  it("orders amounts", () => {
    expect(compareCents(cents(1), cents(2))).toBe(-1);
    expect(compareCents(cents(2), cents(2))).toBe(0);
    expect(compareCents(cents(3), signedCents(-2))).toBe(1);
    expect([cents(300), cents(100), cents(200)].sort(compareCents)).toEqual([100, 200, 300]);
  });

  it("sums as integers do, whatever the order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e12 }), { maxLength: 50 }), (values) => {
        const amounts = values.map(cents);
        const total = sumCents(amounts);
        expect(BigInt(total)).toBe(values.reduce((s, v) => s + BigInt(v), 0n));
        expect(sumCents([...amounts].reverse())).toBe(total);
      }),
    );
  });
});

describe("centsToDecimalString", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [50, "0.50"],
    [123456, "1234.56"],
    [-5, "-0.05"],
    [-123456, "-1234.56"],
    [MAX, "90071992547409.91"],
  ])("centsToDecimalString(%d) is %j", (c, expected) => {
    expect(centsToDecimalString(c as SignedCents)).toBe(expected);
  });

  it("round-trips through parseMoney", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX }), (c) => {
        expect(parseMoney(centsToDecimalString(cents(c)))).toBe(c);
      }),
    );
  });
});
