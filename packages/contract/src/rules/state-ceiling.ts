import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * When `stateAnnualCeiling` is given, the State's total of each year of the period stays within
 * it (`contract.ceiling_exceeded` at `stateAnnualCeiling`, with the year, total, ceiling and
 * excess in `params`).
 *
 * @example
 * STATE_CEILING_RULE.check(ctx)[0]?.params.excess //=> 1000000
 */
export const STATE_CEILING_RULE: ContractRule<"stateAnnualCeiling" | "actions" | "period"> = defineRule({
  id: "state-ceiling",
  needs: ["stateAnnualCeiling", "actions", "period"],
  check: ({ input, years, lang }) => {
    const ceiling = input.stateAnnualCeiling;
    if (ceiling === undefined) return [];
    const issues: Issue[] = [];
    for (const year of years) {
      let total = 0;
      for (const a of input.actions) total += a.funding[String(year)]?.state ?? 0;
      if (total > ceiling) {
        const params = { year, total, ceiling, excess: total - ceiling };
        issues.push(contractIssue("contract.ceiling_exceeded", ["stateAnnualCeiling"], params, { lang }));
      }
    }
    return issues;
  },
});
