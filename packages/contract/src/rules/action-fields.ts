import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * The fields of a fiche action a contract promises — who carries the action, for whom, where —
 * in the order their warnings come.
 *
 * @example
 * FICHE_FIELDS //=> ["carrier", "publics", "territory"]
 */
export const FICHE_FIELDS = Object.freeze(["carrier", "publics", "territory"] as const);

/**
 * A warning for each action that does not say its porteur, its publics or its territory
 * (`contract.action_field_missing` at `actions[i].carrier`, `.publics`, `.territory`): the
 * article on the actions promises only what every fiche holds, so a missing field shrinks that
 * promise — better to fill it in.
 *
 * @example
 * formatPath(ACTION_FIELDS_RULE.check(ctxWithoutCarrier)[0]!.path) //=> "actions[0].carrier"
 */
export const ACTION_FIELDS_RULE: ContractRule<"actions"> = defineRule({
  id: "action-fields",
  needs: ["actions"],
  check: ({ input, lang }) => {
    const issues: Issue[] = [];
    input.actions.forEach((action, i) => {
      for (const field of FICHE_FIELDS) {
        const value = action[field];
        if (value === undefined || (Array.isArray(value) && value.length === 0)) {
          issues.push(contractIssue("contract.action_field_missing", ["actions", i, field], { actionId: action.id, field }, { lang }));
        }
      }
    });
    return issues;
  },
});
