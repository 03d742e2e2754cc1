import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import type { ContractRule } from "./rule";

/**
 * Under a `parity` profile, the State's amount equals the collectivity's — per action and year
 * (`contract.parity` at `actions[i].funding[year]`) or, when the profile says so, for the whole
 * contract per year (at `actions`). Other partners' money does not count. Years outside the
 * period are left to `contract.year_outside_period`.
 *
 * @example
 * formatPath(PARITY_RULE.check(ctx)[0]!.path) //=> "actions[2].funding[2026]"
 */
export const PARITY_RULE: ContractRule = {
  id: "parity",
  check: ({ input, profile, years, lang }) => {
    if (profile.financing.rule !== "parity") return [];
    const inPeriod = new Set(years.map(String));
    const issues: Issue[] = [];
    if (profile.financing.perAction) {
      input.actions.forEach((action, i) => {
        for (const [year, f] of Object.entries(action.funding)) {
          if (!inPeriod.has(year) || f.state === f.collectivite) continue;
          const params = {
            actionId: action.id,
            year: Number(year),
            state: f.state,
            collectivite: f.collectivite,
            difference: Math.abs(f.state - f.collectivite),
          };
          issues.push(contractIssue("contract.parity", ["actions", i, "funding", year], params, { lang }));
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
      if (state !== collectivite) {
        const params = { actionId: "(toutes)", year, state, collectivite, difference: Math.abs(state - collectivite) };
        issues.push(contractIssue("contract.parity", ["actions"], params, { lang }));
      }
    }
    return issues;
  },
};
