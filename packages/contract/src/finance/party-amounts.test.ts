import { describe, expect, it } from "vitest";
import { addAmounts, amountsOfFunding, ZERO_AMOUNTS } from "./party-amounts";

describe("amountsOfFunding / addAmounts", () => {
  it("sums other partners and the total", () => {
    expect(amountsOfFunding({ state: 100 as never, collectivite: 100 as never, others: [{ name: "CAF", amount: 30 as never }, { name: "ARS", amount: 20 as never }] })).toEqual({
      state: 100, collectivite: 100, others: 50, total: 250,
    });
    expect(amountsOfFunding(undefined)).toEqual(ZERO_AMOUNTS);
  });
  it("adds party by party", () => {
    expect(addAmounts([{ state: 1, collectivite: 1, others: 0, total: 2 }, { state: 2, collectivite: 2, others: 1, total: 5 }] as never)).toEqual({
      state: 3, collectivite: 3, others: 1, total: 7,
    });
    expect(addAmounts([])).toEqual(ZERO_AMOUNTS);
  });
});
