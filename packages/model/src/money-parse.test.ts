import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cents, centsToDecimalString } from "./money";
import { MoneyInputSchema, parseMoney, safeParseMoney } from "./money-parse";
import { safeParseWith } from "./validate";
import { PacteError } from "@pacte/issues";

const NNBSP = "\u202F";
const NBSP = "\u00A0";

describe("parseMoney: accepted", () => {
  it.each([
    ["1 234,56", 123456],
    [`1${NBSP}234,56`, 123456],
    [`1${NNBSP}234${NNBSP}567,89`, 123456789],
    ["1234,56", 123456],
    ["1234.56", 123456],
    ["1234,5", 123450],
    ["1234", 123400],
    ["0", 0],
    ["0,05", 5],
    ["1234,56 €", 123456],
    ["1234,56€", 123456],
    ["€ 1234", 123400],
    ["€1234.5", 123450],
    ["1 234 EUR", 123400],
    ["1 234 euros", 123400],
    ["EUR 12", 1200],
    ["  1 234,56  ", 123456],
    ["1 234 567", 123456700],
    ["1.234.567", 123456700],
    ["1,234,567", 123456700],
    ["1.234.567,89", 123456789],
    ["1,234,567.89", 123456789],
    ["1.234,5", 123450],
    ["1 234.56", 123456],
    ["100 000", 10000000],
    ["1234,500", 123450], // trailing zeros are not decimals
    ["1234,560", 123456],
    ["90071992547409.91", Number.MAX_SAFE_INTEGER],
    [1234.56, 123456],
    [1234.5, 123450],
    [0.1, 10],
    [1e3, 100000],
    [0, 0],
    [-0, 0],
    [775213.7, 77521370],
  ])("%j is %d cents", (input, expected) => {
    expect(parseMoney(input)).toBe(expected);
    expect(MoneyInputSchema.parse(input)).toBe(expected);
  });
});

describe("parseMoney: refused", () => {
  it("rejects 1,234.5.6, NaN, 1e400 and -0,001", () => {
    for (const input of ["1,234.5.6", "NaN", NaN, "1e400", 1e400, "-0,001"]) {
      expect(safeParseMoney(input).success, String(input)).toBe(false);
      expect(() => parseMoney(input), String(input)).toThrow(PacteError);
    }
  });

  it.each([
    ["1,234.5.6", "money.format"],
    ["NaN", "money.format"],
    ["Infinity", "money.format"],
    ["1e400", "money.format"],
    ["1e3", "money.format"],
    ["", "money.format"],
    ["   ", "money.format"],
    ["€", "money.format"],
    ["abc", "money.format"],
    ["+12", "money.format"],
    ["12 34", "money.format"],
    ["1 2345", "money.format"],
    ["01 234", "money.format"],
    ["1  234", "money.format"],
    [",5", "money.format"],
    ["5,", "money.format"],
    ["1.2.3", "money.format"],
    ["1.234 567", "money.format"],
    ["1 234.567.890", "money.format"],
    ["1,23,456", "money.format"],
    ["1.23,4.5", "money.format"],
    ["€ 12 €", "money.format"],
    ["12 $", "money.format"],
    [NaN, "money.format"],
    [Infinity, "money.format"],
    [1e400, "money.format"],
    [-Infinity, "money.format"],
    [null, "money.format"],
    [undefined, "money.format"],
    [{}, "money.format"],
    ["1,234", "money.ambiguous"],
    ["1.234", "money.ambiguous"],
    ["12,345", "money.ambiguous"],
    ["999.000", "money.ambiguous"],
    ["-0,001", "money.negative"],
    ["-12", "money.negative"],
    ["\u221212,50", "money.negative"],
    ["- 12 €", "money.negative"],
    ["€ -12", "money.negative"],
    [-0.01, "money.negative"],
    [-1234.56, "money.negative"],
    ["1234,567", "money.too_many_decimals"],
    ["0,001", "money.too_many_decimals"],
    ["0.125", "money.too_many_decimals"],
    ["1 234,567", "money.too_many_decimals"],
    ["1.234,567", "money.too_many_decimals"],
    [0.1 + 0.2, "money.too_many_decimals"],
    [1.005, "money.too_many_decimals"],
    [1e-7, "money.too_many_decimals"],
    ["90071992547409.92", "money.unsafe"],
    ["100 000 000 000 000", "money.unsafe"],
    [1e21, "money.unsafe"],
    [1e15, "money.unsafe"],
  ])("%j gives %s", (input, code) => {
    const r = safeParseMoney(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.code)).toEqual([code]);
    const s = safeParseWith(MoneyInputSchema, input);
    expect(!s.success && s.issues.map((i) => i.code)).toEqual([code]);
  });

  it("tells the person what to write, in French or English, at the path given", () => {
    const r = safeParseMoney("1,234", { path: ["actions", 3, "montant"] });
    expect(r).toEqual({
      success: false,
      warnings: [],
      issues: [
        {
          code: "money.ambiguous",
          path: ["actions", 3, "montant"],
          severity: "error",
          params: { received: "1,234" },
          message:
            "Montant ambigu : « 1,234 » peut se lire de plusieurs façons ; écrivez-le sans séparateur de milliers (« 1234,56 ») ou avec des espaces (« 1 234,56 »).",
        },
      ],
    });
    const en = safeParseMoney(NaN, { lang: "en" });
    expect(!en.success && en.issues[0]?.message).toBe(
      'Unreadable amount: "NaN"; expected an amount in euros such as "1 234,56", "1234.56" or "1 234,56 €".',
    );
    const unsafe = safeParseMoney("90071992547409.92");
    expect(!unsafe.success && unsafe.issues[0]?.params).toEqual({ received: "90071992547409.92", max: Number.MAX_SAFE_INTEGER });
  });
});

describe("parseMoney: properties", () => {
  const formatFrench = (c: number, sep: string, mark: string): string => {
    const [int, frac] = centsToDecimalString(cents(c)).split(".") as [string, string];
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    return `${grouped}${mark}${frac}`;
  };

  it("reads back any amount written with space, no-break or narrow no-break thousands", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(" ", NBSP, NNBSP),
        fc.constantFrom(",", "."),
        fc.constantFrom("", " €", "€", " EUR"),
        (c, sep, mark, suffix) => {
          expect(parseMoney(formatFrench(c, sep, mark) + suffix)).toBe(c);
        },
      ),
    );
  });

  it("reads back any amount written with dot thousands and a decimal comma", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (c) => {
        expect(parseMoney(formatFrench(c, ".", ","))).toBe(c);
      }),
    );
  });

  it("reads any number with at most two decimals exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (c) => {
        expect(parseMoney(c / 100)).toBe(c);
      }),
    );
  });

  it("never throws from safeParseMoney, whatever the input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.anything()), (input) => {
        const r = safeParseMoney(input);
        if (r.success) expect(Number.isSafeInteger(r.data) && r.data >= 0).toBe(true);
        else expect(r.issues[0]?.code).toMatch(/^money\./);
      }),
    );
  });
});
