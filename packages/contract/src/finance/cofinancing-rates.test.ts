import { describe, expect, it } from "vitest";
import { creuseContract } from "../test-support/fixtures";
import { cofinancingRates, contractCofinancingRates } from "./cofinancing-rates";

describe("cofinancing rates", () => {
  it("gives each party's share", () => {
    expect(cofinancingRates({ state: 100, collectivite: 100, others: 50, total: 250 } as never)).toEqual({ state: 0.4, collectivite: 0.4, others: 0.2 });
    expect(cofinancingRates({ state: 0, collectivite: 0, others: 0, total: 0 } as never)).toEqual({});
  });
  it("is 50/50 for actions without other partners", () => {
    const r = contractCofinancingRates(creuseContract());
    expect(r.byAction.find((a) => a.actionId === "A1.2")?.rates).toEqual({ state: 0.5, collectivite: 0.5, others: 0 });
    expect(r.total.state).toBeCloseTo(1888000 / 3896000, 12);
    expect(r.byYear).toHaveLength(4);
    expect(r.byAxis.map((a) => a.axis)).toEqual([1, 3, 4]);
  });
});
