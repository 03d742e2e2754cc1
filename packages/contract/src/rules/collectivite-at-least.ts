import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { fundingComparisons } from "./funding-comparisons";
import { defineRule, type ContractRule } from "./rule";

/**
 * Under an `at-least` profile (CALPAE), the collectivity gives at least as much as the State
 * each year: for the whole contract (`contract.collectivite_below_state` at `actions`, the year
 * in `params.year`) or, when the profile says so, per action (at `actions[i].funding[year]`).
 *
 * @example
 * AT_LEAST_RULE.check(ctx)[0]?.params //=> { year: 2020, state: 100000, collectivite: 90000, difference: 10000 }
 */
export const AT_LEAST_RULE: ContractRule<"actions" | "period"> = defineRule({
  id: "collectivite-at-least",
  needs: ["actions", "period"],
  check: ({ input, profile, years, lang }) => {
    if (profile.financing.rule !== "at-least") return [];
    const issues: Issue[] = [];
    for (const c of fundingComparisons(input, years, profile.financing.perAction)) {
      if (c.collectivite >= c.state) continue;
      const params = {
        ...(c.actionId === undefined ? {} : { actionId: c.actionId }),
        year: c.year,
        state: c.state,
        collectivite: c.collectivite,
        difference: c.state - c.collectivite,
      };
      issues.push(contractIssue("contract.collectivite_below_state", c.path, params, { lang }));
    }
    return issues;
  },
});
