import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { INDICATORS_RULE } from "./indicators";

describe("INDICATORS_RULE", () => {
  it("passes actions with indicators and targets in the period", () => {
    expect(INDICATORS_RULE.check(ruleContext(creuseInput()))).toEqual([]);
  });

  it.each([
    ["no indicators", (i: ReturnType<typeof creuseInput>) => { delete i.actions[4]!.indicators; }, "contract.action_without_indicators", "actions[4].indicators"],
    ["an empty list", (i: ReturnType<typeof creuseInput>) => { i.actions[6]!.indicators = []; }, "contract.action_without_indicators", "actions[6].indicators"],
    ["a target in 2028", (i: ReturnType<typeof creuseInput>) => { i.actions[1]!.indicators![0]!.targets!["2028"] = 600; }, "contract.indicator_target_outside_period", "actions[1].indicators[0].targets[2028]"],
  ])("warns about %s", (_, change, code, path) => {
    const issues = INDICATORS_RULE.check(ruleContext(variant(creuseInput, change)));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([[code, path, "warning"]]);
  });
});
