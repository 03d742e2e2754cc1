import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digitSum, luhnCheckDigit, luhnValid } from "./luhn";

describe("luhnValid", () => {
  it.each([
    ["222309627", true],
    ["22230962700016", true],
    ["79927398713", true], // the textbook example
    ["0", true],
    ["18", true],
    ["222309628", false],
    ["79927398710", false],
    ["", false],
    ["22230962a", false],
    ["222 309 627", false],
  ])("luhnValid(%j) is %s", (digits, expected) => {
    expect(luhnValid(digits)).toBe(expected);
  });

  it("accepts exactly one key digit for any payload", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,20}$/), (payload) => {
        const valid = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((k) => luhnValid(payload + String(k)));
        expect(valid).toEqual([luhnCheckDigit(payload)]);
      }),
    );
  });
});

describe("luhnCheckDigit and digitSum", () => {
  it("computes the key, and refuses non-digits", () => {
    expect(luhnCheckDigit("22230962")).toBe(7);
    expect(luhnCheckDigit("2223096270001")).toBe(6);
    expect(luhnCheckDigit("12a")).toBeUndefined();
  });

  it("sums digits, -1 for non-digits", () => {
    expect(digitSum("35600000000048")).toBe(26);
    expect(digitSum("")).toBe(0);
    expect(digitSum("1x")).toBe(-1);
  });
});
