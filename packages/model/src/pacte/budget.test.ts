import { describe, expect, it } from "vitest";
import { BudgetLineSchema, PACTE_BUDGET_LINE, formatBudgetLine } from "./budget";

describe("PACTE_BUDGET_LINE", () => {
  it("validates against BudgetLineSchema", () => {
    expect(BudgetLineSchema.parse(PACTE_BUDGET_LINE)).toEqual(PACTE_BUDGET_LINE);
  });

  it("is programme 304, action 23, owned by the DGCS", () => {
    expect(PACTE_BUDGET_LINE).toEqual({
      programme: { number: 304, name: "Inclusion sociale et protection des personnes" },
      action: { number: 23, name: "Pacte des solidarités" },
      owner: "dgcs",
    });
  });

  it.each([
    { programme: { number: 0, name: "x" } },
    { action: { number: 23.5, name: "x" } },
    { action: { number: 23, name: "" } },
    { owner: "DGCS" },
  ])("rejects a line with %j", (patch) => {
    expect(BudgetLineSchema.safeParse({ ...PACTE_BUDGET_LINE, ...patch }).success).toBe(false);
  });
});

describe("formatBudgetLine", () => {
  it("cites the programme and the action", () => {
    expect(formatBudgetLine(PACTE_BUDGET_LINE)).toBe(
      "programme 304 « Inclusion sociale et protection des personnes », action 23 « Pacte des solidarités »",
    );
  });
});
