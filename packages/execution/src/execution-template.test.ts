import { PacteError } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import { executionTemplate } from "./execution-template";
import { creuseContract } from "./test-support/fixtures";
import { validateExecution } from "./validate-execution";

const contract = creuseContract();

describe("executionTemplate", () => {
  it("prefills every action the contract funds in the year, with its funders and indicators, dated by the deadline", () => {
    const t = executionTemplate(contract, 2024);
    expect(t.date).toBe("2025-06-30");
    expect(t.actions.map((a) => a.id)).toEqual(contract.actions.filter((a) => a.funding["2024"] !== undefined).map((a) => a.id));
    expect(t.actions[0]).toEqual({ id: "A1.1", status: "in-progress", spent: { state: 0, collectivite: 0, others: [{ name: "CAF de la Creuse", amount: 0 }] }, indicators: [{ indicator: "Places réservées", value: 0 }] });
  });

  it("validates against the contract as it is, without a warning", () => {
    const r = validateExecution(executionTemplate(contract, 2026, { date: "2027-05-02" }), contract);
    expect(r.success && r.warnings).toEqual([]);
  });

  it("refuses a year outside the contract with the report's issue", () => {
    expect(() => executionTemplate(contract, 2031)).toThrow(PacteError);
    try {
      executionTemplate(contract, 2031);
    } catch (e) {
      expect((e as PacteError).issues.map((i) => i.code)).toEqual(["execution.year_outside"]);
    }
  });
});
