import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * A warning when the committee's meeting dates and its number of meetings a year disagree
 * (`contract.meeting_dates_count` at `governance.meetingDates`).
 *
 * @example
 * MEETING_DATES_RULE.check(ctxTwoMeetingsOneDate)[0]?.params //=> { count: 1, expected: 2 }
 */
export const MEETING_DATES_RULE: ContractRule<"governance"> = defineRule({
  id: "meeting-dates",
  needs: ["governance"],
  check: ({ input, lang }) => {
    const dates = input.governance?.meetingDates;
    const expected = input.governance?.meetingsPerYear;
    if (dates === undefined || expected === undefined || dates.length === expected) return [];
    return [contractIssue("contract.meeting_dates_count", ["governance", "meetingDates"], { count: dates.length, expected }, { lang })];
  },
});
