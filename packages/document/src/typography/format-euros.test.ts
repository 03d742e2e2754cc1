import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEuros, type FormatEurosOptions } from "./format-euros";
import { FormatError } from "./format-error";

const NB = "\u00A0";
const NNB = "\u202F";

/** Intl data differ across ICU versions in which space they use: compare digits and signs only. */
const spaces = (s: string): string => s.replace(/[\u00A0\u202F ]/g, "_");

describe("formatEuros", () => {
  it.each([
    [0, {}, `0,00${NB}€`],
    [1, {}, `0,01${NB}€`],
    [123456789, {}, `1${NNB}234${NNB}567,89${NB}€`],
    [10000000, {}, `100${NNB}000,00${NB}€`],
    [10000000, { cents: "never-if-round" }, `100${NNB}000${NB}€`],
    [10000050, { cents: "never-if-round" }, `100${NNB}000,50${NB}€`],
    [-5050, {}, `\u221250,50${NB}€`],
    [-5050, { minus: "-" }, `-50,50${NB}€`],
    [77521370, {}, `775${NNB}213,70${NB}€`],
    [90472425, { separator: "\u00A0" }, `904\u00A0724,25${NB}€`],
    [116070000, { space: "\u202F", cents: "never-if-round" }, `1${NNB}160${NNB}700${NNB}€`],
    [123456789012345678901n, {}, `1${NNB}234${NNB}567${NNB}890${NNB}123${NNB}456${NNB}789,01${NB}€`],
  ] as const)("formatEuros(%s, %j) → %j", (cents, options, expected) => {
    expect(formatEuros(cents, options as FormatEurosOptions)).toBe(expected);
  });

  it.each([
    [12.5, {}, "format.not-integer"],
    [Number.NaN, {}, "format.not-integer"],
    [Number.POSITIVE_INFINITY, {}, "format.not-integer"],
    [2 ** 53, {}, "format.unsafe-integer"],
    [100, { cents: "sometimes" }, "format.invalid-option"],
    [100, { space: "" }, "format.invalid-option"],
  ])("formatEuros(%s, %j) throws %s", (cents, options, code) => {
    expect(() => formatEuros(cents, options as FormatEurosOptions)).toThrowError(
      expect.objectContaining({ name: "FormatError", code }) as FormatError,
    );
  });

  it("explains how to fix fractional cents", () => {
    expect(() => formatEuros(12.5)).toThrowErrorMatchingInlineSnapshot(
      `[FormatError: formatEuros attend un nombre de centimes entier ; reçu 12.5. Arrondissez d’abord (Math.round) ou passez un bigint.]`,
    );
  });

  it("agrees with Intl fr-FR currency output (cross-check only)", () => {
    const intl = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), (cents) => {
        expect(spaces(formatEuros(cents, { minus: "-" }))).toBe(spaces(intl.format(cents / 100)));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back as the same number of cents", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (cents) => {
        const text = formatEuros(cents);
        expect(text.endsWith(`${NB}€`)).toBe(true);
        const digits = text.replace(/[^\d\u2212]/g, "").replace("\u2212", "-");
        expect(BigInt(digits)).toBe(cents);
      }),
    );
  });
});
