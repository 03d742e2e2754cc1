import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FormatError } from "./format-error";
import { formatPercent, type FormatPercentOptions, type PartOfWhole } from "./format-percent";

const NB = "\u00A0";
const NNB = "\u202F";

/** Intl data differ across ICU versions in which space they use: compare digits and signs only. */
const spaces = (s: string): string => s.replace(/[\u00A0\u202F ]/g, "_");

describe("formatPercent", () => {
  it.each([
    [0.5, 0, `50${NB}%`],
    [0.5, 1, `50,0${NB}%`],
    [1, 0, `100${NB}%`],
    [0, 0, `0${NB}%`],
    [0.07, 0, `7${NB}%`],
    [0.075, 1, `7,5${NB}%`],
    [0.005, 0, `1${NB}%`],
    [-0.25, 0, `\u221225${NB}%`],
    [-0.001, 0, `0${NB}%`],
    [123.45, 0, `12${NNB}345${NB}%`],
    [{ part: 1, whole: 3 }, 1, `33,3${NB}%`],
    [{ part: 2, whole: 3 }, 2, `66,67${NB}%`],
    [{ part: 1, whole: 2 }, 0, `50${NB}%`],
    [{ part: 775213.7, whole: 904724.25 }, 1, `85,7${NB}%`],
    [{ part: -1, whole: 8 }, 1, `\u221212,5${NB}%`],
    [{ part: -1, whole: -8 }, 1, `12,5${NB}%`],
  ] as const)("formatPercent(%j, %s) → %j", (value, decimals, expected) => {
    expect(formatPercent(value as number | PartOfWhole, decimals)).toBe(expected);
  });

  it.each([
    [0.001, {}, `0,1${NB}%`],
    [0.999, {}, `99,9${NB}%`],
    [0.5, {}, `50${NB}%`],
    [1e-14, {}, `0,000000000001${NB}%`],
    [1e21, {}, `100${NNB}000${NNB}000${NNB}000${NNB}000${NNB}000${NNB}000${NNB}000${NB}%`],
    [-0.0125, {}, `\u22121,25${NB}%`],
    [0.1, { scale: "percent" }, `0,1${NB}%`],
    [99.9, { scale: "percent" }, `99,9${NB}%`],
    [80, { scale: "percent" }, `80${NB}%`],
    [1e-12, { scale: "percent" }, `0,000000000001${NB}%`],
    [{ part: 1, whole: 8 }, {}, `12,5${NB}%`],
    [{ part: 20, whole: 100 }, { scale: "percent" }, `0,2${NB}%`],
  ] as const)("without decimals, writes %j (%j) exactly: %j — no point, no exponent, no rounding", (value, options, expected) => {
    expect(formatPercent(value as number | PartOfWhole, undefined, options as FormatPercentOptions)).toBe(expected);
  });

  it("never writes a decimal point nor an exponent, whatever the number (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom("ratio", "percent") as fc.Arbitrary<"ratio" | "percent">, (value, scale) => {
        const text = formatPercent(value, undefined, { scale });
        expect(text).toMatch(/^\u2212?\d{1,3}(\u202F\d{3})*(,\d+)?\u00A0%$/);
      }),
      { numRuns: 500 },
    );
  });

  it("asks for decimals when a share has no finite decimal form", () => {
    expect(() => formatPercent({ part: 1, whole: 3 })).toThrowError(expect.objectContaining({ code: "format.invalid-option" }) as FormatError);
  });

  it("takes the separator, space and minus as options", () => {
    expect(formatPercent(-123.45, 0, { separator: "", space: "\u202F", minus: "-" })).toBe(`-12345${NNB}%`);
  });

  it.each([
    [Number.NaN, 0, {}, "format.not-finite"],
    [{ part: 1, whole: 0 }, 0, {}, "format.zero-whole"],
    [{ part: 1, whole: Number.NaN }, 0, {}, "format.not-finite"],
    [0.5, -1, {}, "format.invalid-option"],
    [0.5, 0, { space: "" }, "format.invalid-option"],
    [0.5, 0, { scale: "pourcent" }, "format.invalid-option"],
  ])("formatPercent(%j, %s, %j) throws %s", (value, decimals, options, code) => {
    expect(() => formatPercent(value, decimals, options as FormatPercentOptions)).toThrowError(
      expect.objectContaining({ name: "FormatError", code }) as FormatError,
    );
  });

  it("agrees with Intl fr-FR percent output (cross-check only)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (ratio, decimals) => {
        const intl = new Intl.NumberFormat("fr-FR", {
          style: "percent",
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        })
          .format(ratio)
          .replace(/^-(0(,0*)?[\u00A0\u202F]%)$/, "$1");
        expect(spaces(formatPercent(ratio, decimals, { minus: "-" }))).toBe(spaces(intl));
      }),
      { numRuns: 2000 },
    );
  });

  it("rounds a part of a whole to the nearest, ties away from zero", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 0, max: 3 }),
        (part, whole, decimals) => {
          const text = formatPercent({ part, whole }, decimals, { separator: "" });
          const scaled = BigInt(text.replace(/[^\d]/g, "")); // percent × 10^decimals
          const exact2 = 2n * 100n * 10n ** BigInt(decimals) * BigInt(part); // 2 × exact × whole
          const error = 2n * scaled * BigInt(whole) - exact2;
          // |scaled − exact| ≤ 1/2, and a tie goes up.
          expect(error <= BigInt(whole) && error > -BigInt(whole)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
