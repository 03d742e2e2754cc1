import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTRACT_INPUT_FORMATS, ContractInputFormatSchema, inputEuros, LATEST_CONTRACT_INPUT_FORMAT } from "./input-format";

describe("the input formats", () => {
  it("are 1 (cents) and 2 (euros), 2 being the one written", () => {
    expect(CONTRACT_INPUT_FORMATS).toEqual([1, 2]);
    expect(LATEST_CONTRACT_INPUT_FORMAT).toBe(2);
    expect(CONTRACT_INPUT_FORMATS.map((f) => ContractInputFormatSchema.parse(f))).toEqual([1, 2]);
  });

  it.each([[3], ["2"], [null], [2.0000001]])("refuses %j", (value) => {
    expect(ContractInputFormatSchema.safeParse(value).success).toBe(false);
  });
});

describe("inputEuros", () => {
  it.each([
    [4_000_000, "40 000 €"],
    [123_456, "1 234,56 €"],
    [10, "0,10 €"],
    [0, "0 €"],
    [10_000_000_000_000, "100 000 000 000 €"],
  ])("%i cents → %s", (cents, text) => {
    expect(inputEuros(cents)).toBe(text);
  });

  it("writes plain spaces only, easy to type again", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (cents) => /^\d{1,3}( \d{3})*(,\d\d)? €$/.test(inputEuros(cents))));
  });
});
