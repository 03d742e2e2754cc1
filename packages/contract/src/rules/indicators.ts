import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * Warnings on indicators: an action without any (`contract.action_without_indicators` at
 * `actions[i].indicators`) and a yearly target outside the period
 * (`contract.indicator_target_outside_period` at `actions[i].indicators[j].targets[year]`).
 *
 * @example
 * INDICATORS_RULE.check(ctx).map((i) => i.severity) //=> ["warning"]
 */
export const INDICATORS_RULE: ContractRule<"actions" | "period"> = defineRule({
  id: "indicators",
  needs: ["actions", "period"],
  check: ({ input, period, years, lang }) => {
    const inPeriod = new Set(years.map(String));
    const issues: Issue[] = [];
    input.actions.forEach((action, i) => {
      const indicators = action.indicators ?? [];
      if (indicators.length === 0) {
        issues.push(contractIssue("contract.action_without_indicators", ["actions", i, "indicators"], { actionId: action.id }, { lang }));
      }
      indicators.forEach((indicator, j) => {
        for (const year of Object.keys(indicator.targets ?? {})) {
          if (inPeriod.has(year) || years.length === 0) continue;
          const params = { actionId: action.id, indicator: indicator.label, year: Number(year), start: period.start, end: period.end };
          const path = ["actions", i, "indicators", j, "targets", year];
          issues.push(contractIssue("contract.indicator_target_outside_period", path, params, { lang }));
        }
      });
    });
    return issues;
  },
});
