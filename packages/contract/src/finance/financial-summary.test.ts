import { describe, expect, it } from "vitest";
import { calpaeContract, creuseContract } from "../test-support/fixtures";
import { amountForms, financialSummary } from "./financial-summary";

describe("financialSummary", () => {
  it("writes amounts in figures and words", () => {
    expect(amountForms(10000000)).toEqual({ cents: 10000000, figures: "100\u202F000,00\u00A0€", words: "cent mille euros" });
  });
  it("gives the totals of the financial article", () => {
    const s = financialSummary(creuseContract());
    expect(s.total.state.words).toBe("un million huit cent quatre-vingt-huit mille euros");
    expect(s.total.state.cents).toBe(s.total.collectivite.cents);
    expect(s.byYear.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
  });
  it("keeps the cents of the real CALPAE figures", () => {
    const y = financialSummary(calpaeContract()).byYear[0]!;
    expect(y.state.figures).toBe("775\u202F213,70\u00A0€");
    expect(y.collectivite.words).toBe("neuf cent quatre mille sept cent vingt-quatre euros et vingt-cinq centimes");
  });
});
