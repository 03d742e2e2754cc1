import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { creuseInput, eur } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { STATE_CEILING_RULE } from "./state-ceiling";

describe("STATE_CEILING_RULE", () => {
  it.each([
    ["under the ceiling", creuseInput()],
    ["exactly at the ceiling", variant(creuseInput, (i) => { i.stateAnnualCeiling = eur(484000); })],
    ["no ceiling", variant(creuseInput, (i) => { delete i.stateAnnualCeiling; })],
  ])("passes: %s", (_, input) => {
    expect(STATE_CEILING_RULE.check(ruleContext(input))).toEqual([]);
  });

  it.each([
    // State per year: 2024 450 000, 2025 470 000, 2026 484 000, 2027 484 000 €.
    [eur(480000), [[2026, eur(484000), eur(4000)], [2027, eur(484000), eur(4000)]]],
    [eur(460000), [[2025, eur(470000), eur(10000)], [2026, eur(484000), eur(24000)], [2027, eur(484000), eur(24000)]]],
  ])("ceiling %i: one issue per year over it, with the amounts", (ceiling, expected) => {
    const issues = STATE_CEILING_RULE.check(ruleContext(variant(creuseInput, (i) => { i.stateAnnualCeiling = ceiling; })));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.params.year, i.params.total, i.params.excess])).toEqual(
      expected.map(([y, t, e]) => ["contract.ceiling_exceeded", "stateAnnualCeiling", y, t, e]),
    );
    expect(issues[0]?.message).toMatch(/plafond annuel de 4[68]0\u202F000,00\u00A0€/);
  });
});
