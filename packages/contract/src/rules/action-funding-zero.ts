import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * A warning for an action that gets no money at all, from anyone, in any year
 * (`contract.action_zero_funding` at `actions[i].funding`).
 *
 * @example
 * ZERO_FUNDING_RULE.check(ctxWithEmptyFunding)[0]?.code //=> "contract.action_zero_funding"
 */
export const ZERO_FUNDING_RULE: ContractRule<"actions"> = defineRule({
  id: "action-zero-funding",
  needs: ["actions"],
  check: ({ input, lang }) => {
    const issues: Issue[] = [];
    input.actions.forEach((action, i) => {
      const any = Object.values(action.funding).some(
        (f) => f.state > 0 || f.collectivite > 0 || (f.others ?? []).some((o) => o.amount > 0),
      );
      if (!any) issues.push(contractIssue("contract.action_zero_funding", ["actions", i, "funding"], { actionId: action.id }, { lang }));
    });
    return issues;
  },
});
