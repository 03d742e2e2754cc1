import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { ZERO_FUNDING_RULE } from "./action-funding-zero";

describe("ZERO_FUNDING_RULE", () => {
  it.each([
    ["funded actions", creuseInput()],
    ["only another partner pays", variant(creuseInput, (i) => { i.actions[3]!.funding = { "2024": { state: 0, collectivite: 0, others: [{ name: "CAF", amount: 100 }] } }; })],
  ])("passes: %s", (_, input) => {
    expect(ZERO_FUNDING_RULE.check(ruleContext(input))).toEqual([]);
  });

  it.each([
    ["no year at all", {}],
    ["zero every year", { "2024": { state: 0, collectivite: 0 }, "2025": { state: 0, collectivite: 0, others: [] } }],
  ])("warns about %s", (_, funding) => {
    const issues = ZERO_FUNDING_RULE.check(ruleContext(variant(creuseInput, (i) => { i.actions[3]!.funding = funding; })));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([["contract.action_zero_funding", "actions[3].funding", "warning"]]);
  });
});
