import { describe, expect, it } from "vitest";
import { ContractInputSchema } from "../input";
import { creuseInput } from "../test-support/fixtures";
import { fundingComparisons } from "./funding-comparisons";

const input = ContractInputSchema.parse(creuseInput());

describe("fundingComparisons", () => {
  it("compares each action's year of the period, at its path", () => {
    const all = fundingComparisons(input, [2024, 2025, 2026, 2027], true);
    const years = input.actions.reduce((n, a) => n + Object.keys(a.funding).length, 0);
    expect(all).toHaveLength(years);
    expect(all[0]).toEqual({
      path: ["actions", 0, "funding", "2024"],
      actionId: input.actions[0]?.id,
      year: 2024,
      state: input.actions[0]?.funding["2024"]?.state,
      collectivite: input.actions[0]?.funding["2024"]?.collectivite,
    });
  });

  it("leaves out the years outside the period", () => {
    expect(fundingComparisons(input, [2025], true).every((c) => c.year === 2025)).toBe(true);
  });

  it("sums the actions per year for the whole contract, other partners left out", () => {
    const [y] = fundingComparisons(input, [2024], false);
    const state = input.actions.reduce((t, a) => t + (a.funding["2024"]?.state ?? 0), 0);
    const collectivite = input.actions.reduce((t, a) => t + (a.funding["2024"]?.collectivite ?? 0), 0);
    expect(y).toEqual({ path: ["actions"], year: 2024, state, collectivite });
  });
});
