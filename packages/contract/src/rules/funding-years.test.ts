import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { calpaeInput, creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { FUNDING_YEARS_RULE } from "./funding-years";

describe("FUNDING_YEARS_RULE", () => {
  it.each([
    ["CLS 2024–2027", creuseInput()],
    ["CALPAE extended to 2023", variant(calpaeInput, (i) => { i.period = { start: "2019-01-01", end: "2023-12-31" }; i.actions[0]!.funding["2023"] = { state: 1, collectivite: 1 }; })],
  ])("passes: %s", (_, input) => {
    expect(FUNDING_YEARS_RULE.check(ruleContext(input))).toEqual([]);
  });

  it.each([
    ["a year after the period", creuseInput, 0, "2031", "actions[0].funding[2031]"],
    ["a year before the period", creuseInput, 5, "2023", "actions[5].funding[2023]"],
    ["CALPAE 2022 without extension", calpaeInput, 3, "2022", "actions[3].funding[2022]"],
  ])("refuses %s", (_, base, index, year, path) => {
    const input = variant(base, (i) => { i.actions[index]!.funding[year] = { state: 100, collectivite: 100 }; });
    const issues = FUNDING_YEARS_RULE.check(ruleContext(input));
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["contract.year_outside_period", path]]);
  });
});
