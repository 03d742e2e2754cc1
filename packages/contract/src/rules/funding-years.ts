import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * Every funded year lies in the contract's period (`contract.year_outside_period` at
 * `actions[i].funding[year]`). Nothing is reported while the period itself is reversed.
 *
 * @example
 * formatPath(FUNDING_YEARS_RULE.check(ctx)[0]!.path) //=> "actions[0].funding[2031]"
 */
export const FUNDING_YEARS_RULE: ContractRule<"actions" | "period"> = defineRule({
  id: "funding-years",
  needs: ["actions", "period"],
  check: ({ input, period, years, lang }) => {
    if (years.length === 0) return []; // a reversed period is reported once, by PERIOD_BOUNDS_RULE
    const inPeriod = new Set(years.map(String));
    const issues: Issue[] = [];
    input.actions.forEach((action, i) => {
      for (const year of Object.keys(action.funding)) {
        if (inPeriod.has(year)) continue;
        const params = { actionId: action.id, year: Number(year), start: period.start, end: period.end };
        issues.push(contractIssue("contract.year_outside_period", ["actions", i, "funding", year], params, { lang }));
      }
    });
    return issues;
  },
});
