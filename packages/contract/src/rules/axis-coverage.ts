import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * Each axis the profile requires holds at least `minActionsPerRequiredAxis` actions
 * (`contract.axis_without_action` at `actions`, with the axis in `params.axis`).
 *
 * @example
 * AXIS_COVERAGE_RULE.check(ctxWithoutAxis4)[0]?.params.axis //=> 4
 */
export const AXIS_COVERAGE_RULE: ContractRule<"actions"> = defineRule({
  id: "axis-coverage",
  needs: ["actions"],
  check: ({ input, profile, lang }) => {
    const min = profile.axes.minActionsPerRequiredAxis;
    const issues: Issue[] = [];
    for (const axis of profile.axes.required) {
      const count = input.actions.filter((a) => a.axis === axis).length;
      if (count < min) {
        issues.push(contractIssue("contract.axis_without_action", ["actions"], { axis, min, count, profile: profile.id }, { lang }));
      }
    }
    return issues;
  },
});
