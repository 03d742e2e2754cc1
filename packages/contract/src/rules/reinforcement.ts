import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * Warnings on how an action is reinforced: a reinforced action should say how
 * (`contract.reinforcement_missing`), a new one has nothing to say
 * (`contract.reinforcement_unexpected`), both at `actions[i].reinforcement`.
 *
 * @example
 * REINFORCEMENT_RULE.check(ctx)[0]?.code //=> "contract.reinforcement_missing"
 */
export const REINFORCEMENT_RULE: ContractRule<"actions"> = defineRule({
  id: "reinforcement",
  needs: ["actions"],
  check: ({ input, lang }) => {
    const issues: Issue[] = [];
    input.actions.forEach((action, i) => {
      const path = ["actions", i, "reinforcement"];
      if (action.nature === "reinforced" && action.reinforcement === undefined) {
        issues.push(contractIssue("contract.reinforcement_missing", path, { actionId: action.id }, { lang }));
      } else if (action.nature === "new" && action.reinforcement !== undefined) {
        issues.push(contractIssue("contract.reinforcement_unexpected", path, { actionId: action.id }, { lang }));
      }
    });
    return issues;
  },
});
