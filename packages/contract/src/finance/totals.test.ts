import { describe, expect, it } from "vitest";
import { bordeauxContract, calpaeContract, creuseContract, eur } from "../test-support/fixtures";
import { contractTotals } from "./totals";

describe("contractTotals", () => {
  const t = contractTotals(creuseContract());

  it("totals each party per year", () => {
    expect(t.byYear.map((y) => [y.year, y.amounts.state])).toEqual([
      [2024, eur(450000)],
      [2025, eur(470000)],
      [2026, eur(484000)],
      [2027, eur(484000)],
    ]);
    expect(t.byYear.every((y) => y.amounts.state === y.amounts.collectivite)).toBe(true);
  });

  it("totals per axis, in order, with counts", () => {
    expect(t.byAxis.map((a) => [a.axis, a.actionCount])).toEqual([[1, 5], [3, 4], [4, 3]]);
    expect(t.byAxis.reduce((s, a) => s + a.total.total, 0)).toBe(t.total.total);
  });

  it("totals per action over the period, zero for unfunded years", () => {
    expect(t.byAction[0]).toMatchObject({ actionId: "A1.1", axis: 1, total: { state: eur(185000), collectivite: eur(185000), others: eur(40000), total: eur(410000) } });
    expect(t.byAction.every((a) => a.byYear.length === 4)).toBe(true);
  });

  it("names other partners", () => {
    expect(t.othersByName).toEqual([
      { name: "CAF de la Creuse", amount: eur(100000) },
      { name: "ARS Nouvelle-Aquitaine", amount: eur(20000) },
    ]);
    expect(t.total.others).toBe(eur(120000));
  });

  it("grand total equals the sum of everything", () => {
    expect(t.total).toEqual({ state: eur(1888000), collectivite: eur(1888000), others: eur(120000), total: eur(3896000) });
  });

  it("works on the other fixtures", () => {
    expect(contractTotals(calpaeContract()).byYear[0]?.amounts).toMatchObject({ state: 77521370, collectivite: 90472425 });
    expect(contractTotals(bordeauxContract()).byAxis.map((a) => a.axis)).toEqual([1, 2, 3, 4]);
  });
});
