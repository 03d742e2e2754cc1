import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * A period given in the input ends after it starts (`contract.period_order` at `period.end`)
 * and lies within what the profile allows: not before its start (`period.start`), not after
 * its `maxEnd`, or its end without one (`period.end`) — `contract.period_outside_profile`.
 *
 * @example
 * PERIOD_BOUNDS_RULE.check(ctxEndingIn2028)[0]?.code //=> "contract.period_outside_profile"
 */
export const PERIOD_BOUNDS_RULE: ContractRule<"period"> = defineRule({
  id: "period-bounds",
  needs: ["period"],
  check: ({ input, profile, lang }) => {
    const period = input.period;
    if (period === undefined) return [];
    if (period.end < period.start) {
      return [contractIssue("contract.period_order", ["period", "end"], { start: period.start, end: period.end }, { lang })];
    }
    const issues: Issue[] = [];
    if (period.start < profile.period.start) {
      const params = { bound: "start", received: period.start, limit: profile.period.start, profile: profile.id };
      issues.push(contractIssue("contract.period_outside_profile", ["period", "start"], params, { lang }));
    }
    const maxEnd = profile.period.maxEnd ?? profile.period.end;
    if (period.end > maxEnd) {
      const params = { bound: "end", received: period.end, limit: maxEnd, profile: profile.id };
      issues.push(contractIssue("contract.period_outside_profile", ["period", "end"], params, { lang }));
    }
    return issues;
  },
});
