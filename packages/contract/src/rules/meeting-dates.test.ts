import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { MEETING_DATES_RULE } from "./meeting-dates";

describe("MEETING_DATES_RULE", () => {
  it.each([
    ["as many dates as meetings", creuseInput()],
    ["no dates", variant(creuseInput, (i) => { delete i.governance!.meetingDates; })],
  ])("passes: %s", (_, input) => {
    expect(MEETING_DATES_RULE.check(ruleContext(input))).toEqual([]);
  });
  it("warns when dates and count disagree", () => {
    const issues = MEETING_DATES_RULE.check(ruleContext(variant(creuseInput, (i) => { i.governance!.meetingDates = ["06-01"]; })));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.params])).toEqual([
      ["contract.meeting_dates_count", "governance.meetingDates", { count: 1, expected: 2 }],
    ]);
  });
});
