import { describe, expect, it } from "vitest";
import { contractInputInCents } from "./input-in-cents";
import { contractInputInEuros } from "./input-in-euros";
import { bordeauxInput, calpaeInput, creuseInput } from "./test-support/fixtures";

describe("contractInputInEuros", () => {
  it("puts format: 2 first, keeps the keys' order, and writes the amounts in euros", () => {
    const input = creuseInput();
    const euros = contractInputInEuros(input);
    expect(Object.keys(euros)).toEqual(["format", ...Object.keys(input)]);
    expect(euros.stateAnnualCeiling).toBe("500 000 €");
    expect((euros.actions as typeof input.actions)[0]?.funding["2024"]).toEqual({ state: "40 000 €", collectivite: "40 000 €", others: [{ name: "CAF de la Creuse", amount: "10 000 €" }] });
  });

  it.each([
    ["Creuse", creuseInput],
    ["Bordeaux Métropole", bordeauxInput],
    ["CALPAE 2019", calpaeInput],
  ])("is read back by contractInputInCents to the same input (%s)", (_, make) => {
    const r = contractInputInCents(contractInputInEuros(make()));
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual(make());
  });

  it("leaves an amount that is not a whole number of cents for the check to report, and never changes its argument", () => {
    const input = { ...creuseInput(), stateAnnualCeiling: 12.5 };
    const before = structuredClone(input);
    expect(contractInputInEuros(input).stateAnnualCeiling).toBe(12.5);
    expect(input).toEqual(before);
  });
});
