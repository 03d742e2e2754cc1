import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import type { ContractRule } from "./rule";

/**
 * Under an `at-least` profile (CALPAE), the collectivity gives at least as much as the State
 * each year: for the whole contract (`contract.collectivite_below_state` at `actions`, the year
 * in `params.year`) or, when the profile says so, per action (at `actions[i].funding[year]`).
 *
 * @example
 * AT_LEAST_RULE.check(ctx)[0]?.params //=> { year: 2020, state: 100000, collectivite: 90000, difference: 10000 }
 */
export const AT_LEAST_RULE: ContractRule = {
  id: "collectivite-at-least",
  check: ({ input, profile, years, lang }) => {
    if (profile.financing.rule !== "at-least") return [];
    const issues: Issue[] = [];
    if (profile.financing.perAction) {
      const inPeriod = new Set(years.map(String));
      input.actions.forEach((action, i) => {
        for (const [year, f] of Object.entries(action.funding)) {
          if (!inPeriod.has(year) || f.collectivite >= f.state) continue;
          const params = { actionId: action.id, year: Number(year), state: f.state, collectivite: f.collectivite, difference: f.state - f.collectivite };
          issues.push(contractIssue("contract.collectivite_below_state", ["actions", i, "funding", year], params, { lang }));
        }
      });
      return issues;
    }
    for (const year of years) {
      let state = 0;
      let collectivite = 0;
      for (const a of input.actions) {
        const f = a.funding[String(year)];
        if (f === undefined) continue;
        state += f.state;
        collectivite += f.collectivite;
      }
      if (collectivite < state) {
        const params = { year, state, collectivite, difference: state - collectivite };
        issues.push(contractIssue("contract.collectivite_below_state", ["actions"], params, { lang }));
      }
    }
    return issues;
  },
};
