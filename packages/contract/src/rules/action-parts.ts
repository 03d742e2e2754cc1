import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * Under a profile with parts (CALPAE), each action says whether it belongs to the socle or the
 * local initiatives (`contract.part_missing` at `actions[i].part`); under other profiles a `part`
 * is ignored with a warning (`contract.part_not_applicable`).
 *
 * @example
 * ACTION_PARTS_RULE.check(calpaeCtxWithoutPart)[0]?.code //=> "contract.part_missing"
 */
export const ACTION_PARTS_RULE: ContractRule<"actions"> = defineRule({
  id: "action-parts",
  needs: ["actions"],
  check: ({ input, profile, lang }) => {
    const issues: Issue[] = [];
    input.actions.forEach((action, i) => {
      const path = ["actions", i, "part"];
      if (profile.parts?.required === true && action.part === undefined) {
        issues.push(contractIssue("contract.part_missing", path, { actionId: action.id, profile: profile.id }, { lang }));
      } else if (profile.parts === undefined && action.part !== undefined) {
        const params = { actionId: action.id, received: action.part, profile: profile.id };
        issues.push(contractIssue("contract.part_not_applicable", path, params, { lang }));
      }
    });
    return issues;
  },
});
