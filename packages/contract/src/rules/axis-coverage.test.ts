import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { bordeauxInput, creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { AXIS_COVERAGE_RULE } from "./axis-coverage";

describe("AXIS_COVERAGE_RULE", () => {
  it.each([
    ["département", creuseInput()],
    ["métropole", bordeauxInput()],
  ])("passes: %s", (_, input) => {
    expect(AXIS_COVERAGE_RULE.check(ruleContext(input))).toEqual([]);
  });

  it.each([
    ["département without axis 4", () => variant(creuseInput, (i) => { i.actions = i.actions.filter((a) => a.axis !== 4); }), [4]],
    ["département without axes 3 and 4", () => variant(creuseInput, (i) => { i.actions = i.actions.filter((a) => a.axis === 1); }), [3, 4]],
    ["métropole without axis 2", () => variant(bordeauxInput, (i) => { i.actions = i.actions.filter((a) => a.axis !== 2); }), [2]],
    ["métropole with no action", () => variant(bordeauxInput, (i) => { i.actions = []; }), [1, 2, 3, 4]],
  ])("refuses %s", (_, make, axes) => {
    const issues = AXIS_COVERAGE_RULE.check(ruleContext(make()));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.params.axis])).toEqual(
      axes.map((a) => ["contract.axis_without_action", "actions", a]),
    );
  });
});
