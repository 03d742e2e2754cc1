import { describe, expect, it } from "vitest";
import { bordeauxContract, creuseContract } from "../test-support/fixtures";
import { financialTable, FinancialTableSchema } from "./financial-table";

describe("financialTable", () => {
  it.each([["Creuse", creuseContract], ["Bordeaux Métropole", bordeauxContract]])("%s: totals equal the sums", (_, make) => {
    const c = make();
    const t = financialTable(c);
    expect(FinancialTableSchema.safeParse(t).success).toBe(true);
    expect(t.rows).toHaveLength(c.actions.length * c.years.length);
    for (const s of t.sections) {
      s.subtotal.byYear.forEach((y, k) => {
        expect(y.amounts.state).toBe(s.actions.reduce((sum, a) => sum + a.byYear[k]!.amounts.state, 0));
        expect(y.amounts.total).toBe(s.actions.reduce((sum, a) => sum + a.byYear[k]!.amounts.total, 0));
      });
      for (const a of s.actions) expect(a.total.total).toBe(a.byYear.reduce((sum, y) => sum + y.amounts.total, 0));
    }
    expect(t.total.total.total).toBe(t.rows.reduce((sum, r) => sum + r.amounts.total, 0));
    expect(t.total.total.state).toBe(t.sections.reduce((sum, s) => sum + s.subtotal.total.state, 0));
  });

  it("groups actions by axis in input order", () => {
    const t = financialTable(creuseContract());
    expect(t.sections.map((s) => [s.axis, s.actions.map((a) => a.actionId)])).toEqual([
      [1, ["A1.1", "A1.2", "A1.3", "A1.4", "A1.5"]],
      [3, ["A3.1", "A3.2", "A3.3", "A3.4"]],
      [4, ["A4.1", "A4.2", "A4.3"]],
    ]);
    expect(t.rows[0]).toMatchObject({ actionId: "A1.1", year: 2024, title: "Accueil des jeunes enfants en situation de pauvreté" });
  });
});
