import type { AxisNumber, Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import type { Profile } from "../profile";
import { defineRule, type ContractRule } from "./rule";

/**
 * The axes a contract may hold: the profile's, plus those unlocked by an option set to `true`.
 *
 * @example
 * [...allowedAxes(CLS_DEPARTEMENT_2024, {})] //=> [1, 3, 4]
 * [...allowedAxes(CLS_DEPARTEMENT_2024, { singleConvention: true })].sort() //=> [1, 2, 3, 4]
 */
export function allowedAxes(profile: Profile, options: Readonly<Record<string, unknown>> | undefined): ReadonlySet<AxisNumber> {
  const out = new Set<AxisNumber>(profile.axes.allowed);
  for (const o of profile.axes.optionalWithOption) if (options?.[o.option] === true) out.add(o.axis);
  return out;
}

/**
 * Each action's axis is allowed by the profile (`contract.axis_not_allowed` at
 * `actions[i].axis`); an axis the profile allows only with an option says which option. Under a
 * profile with Pacte axes every action gives one (`contract.axis_missing`); under a profile
 * without (the CALPAE, older than the Pacte) none does (`contract.axis_not_applicable`).
 *
 * @example
 * AXIS_ALLOWED_RULE.check(ctxWithAxis2Action)[0]?.code //=> "contract.axis_not_allowed"
 */
export const AXIS_ALLOWED_RULE: ContractRule<"actions" | "options"> = defineRule({
  id: "axis-allowed",
  needs: ["actions", "options"],
  check: ({ input, profile, lang }) => {
    const allowed = allowedAxes(profile, input.options);
    const issues: Issue[] = [];
    const hasAxes = profile.axes.allowed.length > 0 || profile.axes.optionalWithOption.length > 0;
    input.actions.forEach((action, i) => {
      const path = ["actions", i, "axis"];
      if (action.axis === undefined) {
        if (hasAxes) issues.push(contractIssue("contract.axis_missing", path, { actionId: action.id, allowed: [...allowed].sort(), profile: profile.id }, { lang }));
        return;
      }
      if (!hasAxes) {
        issues.push(contractIssue("contract.axis_not_applicable", path, { actionId: action.id, received: action.axis, profile: profile.id }, { lang }));
        return;
      }
      if (allowed.has(action.axis)) return;
      const option = profile.axes.optionalWithOption.find((o) => o.axis === action.axis)?.option;
      const params = {
        received: action.axis,
        allowed: [...profile.axes.allowed],
        profile: profile.id,
        ...(option !== undefined ? { option } : {}),
      };
      issues.push(contractIssue("contract.axis_not_allowed", path, params, { lang }));
    });
    return issues;
  },
});
