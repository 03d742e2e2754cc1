import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { bordeauxInput, creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { PROFILE_OPTIONS_RULE } from "./profile-options";

describe("PROFILE_OPTIONS_RULE", () => {
  it.each([
    ["no option", creuseInput()],
    ["a declared option", variant(creuseInput, (i) => { i.options = { singleConvention: true }; })],
  ])("passes: %s", (_, input) => {
    expect(PROFILE_OPTIONS_RULE.check(ruleContext(input))).toEqual([]);
  });

  it.each([
    ["unknown option", creuseInput, { singleConvension: true }, "contract.unknown_option", "options.singleConvension", "warning"],
    ["option the métropole profile lacks", bordeauxInput, { singleConvention: true }, "contract.unknown_option", "options.singleConvention", "warning"],
    ["wrong type", creuseInput, { singleConvention: "oui" }, "contract.option_type", "options.singleConvention", "error"],
  ])("flags %s", (_, base, options, code, path, severity) => {
    const issues = PROFILE_OPTIONS_RULE.check(ruleContext(variant(base, (i) => { i.options = options; })));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([[code, path, severity]]);
  });
});
