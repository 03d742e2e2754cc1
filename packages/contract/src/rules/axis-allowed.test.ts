import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { bordeauxInput, calpaeInput, creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { AXIS_ALLOWED_RULE } from "./axis-allowed";

describe("AXIS_ALLOWED_RULE", () => {
  it.each([
    ["département, axes 1 3 4", creuseInput()],
    ["métropole, four axes", bordeauxInput()],
    ["CALPAE, axes 1 2 3", calpaeInput()],
    ["département, axis 2 with singleConvention", variant(creuseInput, (i) => { i.options = { singleConvention: true }; i.actions[0]!.axis = 2; })],
  ])("passes: %s", (_, input) => {
    expect(AXIS_ALLOWED_RULE.check(ruleContext(input))).toEqual([]);
  });

  it.each([
    ["axis 2 without the option", (i: ReturnType<typeof creuseInput>) => { i.actions[2]!.axis = 2; }, "actions[2].axis", "singleConvention"],
    ["axis 2 with the option false", (i: ReturnType<typeof creuseInput>) => { i.options = { singleConvention: false }; i.actions[5]!.axis = 2; }, "actions[5].axis", "singleConvention"],
  ])("refuses %s", (_, change, path, option) => {
    const issues = AXIS_ALLOWED_RULE.check(ruleContext(variant(creuseInput, change)));
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["contract.axis_not_allowed", path]]);
    expect(issues[0]?.params.option).toBe(option);
    expect(issues[0]?.message).toContain("singleConvention");
  });

  it("refuses an axis outside a custom profile's list, without option hint", () => {
    const ctx = ruleContext(creuseInput());
    const profile = { ...ctx.profile, axes: { ...ctx.profile.axes, allowed: [1, 3] as (1 | 3)[], optionalWithOption: [] } };
    const issues = AXIS_ALLOWED_RULE.check({ ...ctx, profile });
    expect(issues.map((i) => formatPath(i.path))).toEqual(["actions[9].axis", "actions[10].axis", "actions[11].axis"]);
    expect(issues[0]?.params).toEqual({ received: 4, allowed: [1, 3], profile: "cls-departement-2024" });
  });
});
