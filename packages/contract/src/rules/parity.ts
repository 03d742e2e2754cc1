import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { fundingComparisons } from "./funding-comparisons";
import { defineRule, type ContractRule } from "./rule";

/**
 * Under a `parity` profile, the State's amount equals the collectivity's — per action and year
 * (`contract.parity` at `actions[i].funding[year]`) or, when the profile says so, for the whole
 * contract per year (at `actions`). Other partners' money does not count. Years outside the
 * period are left to `contract.year_outside_period`.
 *
 * @example
 * formatPath(PARITY_RULE.check(ctx)[0]!.path) //=> "actions[2].funding[2026]"
 */
export const PARITY_RULE: ContractRule<"actions" | "period"> = defineRule({
  id: "parity",
  needs: ["actions", "period"],
  check: ({ input, profile, years, lang }) => {
    if (profile.financing.rule !== "parity") return [];
    const issues: Issue[] = [];
    for (const c of fundingComparisons(input, years, profile.financing.perAction)) {
      if (c.state === c.collectivite) continue;
      const params = {
        actionId: c.actionId ?? "(toutes)",
        year: c.year,
        state: c.state,
        collectivite: c.collectivite,
        difference: Math.abs(c.state - c.collectivite),
      };
      issues.push(contractIssue("contract.parity", c.path, params, { lang }));
    }
    return issues;
  },
});
