import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FormatError } from "./format-error";
import { formatNumber, type FormatNumberOptions } from "./format-number";

const NNB = "\u202F";

/** Intl data differ across ICU versions in which space they use: compare digits and signs only. */
const spaces = (s: string): string => s.replace(/[\u00A0\u202F ]/g, "_");

describe("formatNumber", () => {
  it.each([
    [0, {}, "0"],
    [-0, { decimals: 2 }, "0,00"],
    [7, {}, "7"],
    [999, {}, "999"],
    [1000, {}, `1${NNB}000`],
    [1234567.891, { decimals: 2 }, `1${NNB}234${NNB}567,89`],
    [1234567.891, {}, `1${NNB}234${NNB}567,891`],
    [3.14, {}, "3,14"],
    [1.005, { decimals: 2 }, "1,01"],
    [2.5, { decimals: 0 }, "3"],
    [-2.5, { decimals: 0 }, "\u22123"],
    [0.125, { decimals: 2 }, "0,13"],
    [-0.001, { decimals: 2 }, "0,00"],
    [1e-7, {}, "0,0000001"],
    [1e21, {}, `1${NNB}000${NNB}000${NNB}000${NNB}000${NNB}000${NNB}000${NNB}000`],
    [-1234, { separator: " " }, "\u22121 234"],
    [-1234, { minus: "-", separator: "" }, "-1234"],
    [1234.5, { separator: "\u00A0", decimals: 2 }, "1\u00A0234,50"],
    [12345678901234567890n, {}, `12${NNB}345${NNB}678${NNB}901${NNB}234${NNB}567${NNB}890`],
    [-5n, { decimals: 2 }, "\u22125,00"],
  ] as const)("formatNumber(%s, %j) → %j", (n, options, expected) => {
    expect(formatNumber(n, options as FormatNumberOptions)).toBe(expected);
  });

  it.each([
    [Number.NaN, {}, "format.not-finite"],
    [Number.POSITIVE_INFINITY, {}, "format.not-finite"],
    [1, { decimals: -1 }, "format.invalid-option"],
    [1, { decimals: 1.5 }, "format.invalid-option"],
    [1, { separator: "." }, "format.invalid-option"],
    [1, { minus: "–" }, "format.invalid-option"],
  ])("formatNumber(%s, %j) throws %s", (n, options, code) => {
    expect(() => formatNumber(n, options as FormatNumberOptions)).toThrow(FormatError);
    try {
      formatNumber(n, options as FormatNumberOptions);
    } catch (e) {
      expect((e as FormatError).code).toBe(code);
    }
  });

  it("agrees with Intl fr-FR (cross-check only)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer({ min: 0, max: 6 }), (n, decimals) => {
        const intl = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
          .format(n)
          .replace(/^-(0(,0*)?)$/, "$1");
        expect(spaces(formatNumber(n, { decimals, minus: "-" }))).toBe(spaces(intl));
      }),
      { numRuns: 2000 },
    );
  });

  it("prints every digit of the number's shortest form when no decimals are given", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = formatNumber(n, { minus: "-", separator: "" }).replace(",", ".");
        expect(Number(text)).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 2000 },
    );
  });
});
