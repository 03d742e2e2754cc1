import { formatPath, type Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * Each action id is used once: a later action reusing an id gets `contract.duplicate_action_id`
 * at `actions[i].id`.
 *
 * @example
 * DUPLICATE_ACTION_ID_RULE.check(ctx).map((i) => formatPath(i.path)) //=> ["actions[3].id"]
 */
export const DUPLICATE_ACTION_ID_RULE: ContractRule<"actions"> = defineRule({
  id: "duplicate-action-id",
  needs: ["actions"],
  check: ({ input, lang }) => {
    const seen = new Map<string, number>();
    const issues: Issue[] = [];
    input.actions.forEach((action, i) => {
      const first = seen.get(action.id);
      if (first === undefined) seen.set(action.id, i);
      else {
        const params = { received: action.id, firstIndex: first, firstPath: formatPath(["actions", first]) };
        issues.push(contractIssue("contract.duplicate_action_id", ["actions", i, "id"], params, { lang }));
      }
    });
    return issues;
  },
});
