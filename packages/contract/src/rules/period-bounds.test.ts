import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { calpaeInput, creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { PERIOD_BOUNDS_RULE } from "./period-bounds";

describe("PERIOD_BOUNDS_RULE", () => {
  it.each([
    ["profile's period by default", creuseInput()],
    ["the profile's period written out", variant(creuseInput, (i) => { i.period = { start: "2024-01-01", end: "2027-12-31" }; })],
    ["a shorter period", variant(creuseInput, (i) => { i.period = { start: "2024-07-01", end: "2026-12-31" }; })],
    ["CALPAE extended to 2022", variant(calpaeInput, (i) => { i.period = { start: "2019-01-01", end: "2022-12-31" }; })],
    ["CALPAE extended to 2023", variant(calpaeInput, (i) => { i.period = { start: "2019-01-01", end: "2023-12-31" }; })],
  ])("passes: %s", (_, input) => {
    expect(PERIOD_BOUNDS_RULE.check(ruleContext(input))).toEqual([]);
  });

  it.each([
    ["end before start", creuseInput, { start: "2027-12-31", end: "2024-01-01" }, [["contract.period_order", "period.end"]]],
    ["start before the profile's", creuseInput, { start: "2023-01-01", end: "2027-12-31" }, [["contract.period_outside_profile", "period.start"]]],
    ["CLS end after 2027", creuseInput, { start: "2024-01-01", end: "2028-12-31" }, [["contract.period_outside_profile", "period.end"]]],
    ["CALPAE end after 2023", calpaeInput, { start: "2019-01-01", end: "2024-12-31" }, [["contract.period_outside_profile", "period.end"]]],
    ["both ends out", creuseInput, { start: "2023-01-01", end: "2028-12-31" }, [["contract.period_outside_profile", "period.start"], ["contract.period_outside_profile", "period.end"]]],
  ])("refuses %s", (_, base, period, expected) => {
    const issues = PERIOD_BOUNDS_RULE.check(ruleContext(variant(base, (i) => { i.period = period; })));
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual(expected);
  });
});
