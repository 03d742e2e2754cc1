import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { calpaeInput, creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { ACTION_PARTS_RULE } from "./action-parts";

describe("ACTION_PARTS_RULE", () => {
  it.each([
    ["CALPAE with parts", calpaeInput()],
    ["CLS without parts", creuseInput()],
  ])("passes: %s", (_, input) => {
    expect(ACTION_PARTS_RULE.check(ruleContext(input))).toEqual([]);
  });

  it("requires a part under CALPAE", () => {
    const issues = ACTION_PARTS_RULE.check(ruleContext(variant(calpaeInput, (i) => { delete i.actions[3]!.part; })));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([["contract.part_missing", "actions[3].part", "error"]]);
  });

  it("warns about a part under a CLS profile", () => {
    const issues = ACTION_PARTS_RULE.check(ruleContext(variant(creuseInput, (i) => { i.actions[0]!.part = "socle"; })));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([["contract.part_not_applicable", "actions[0].part", "warning"]]);
  });
});
