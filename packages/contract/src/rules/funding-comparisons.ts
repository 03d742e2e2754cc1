import type { IssuePath } from "@pacte/model";
import type { ParsedContractInput } from "../input";

/** The State's and the collectivity's money compared for one year: of one action, or of them all. */
export interface FundingComparison {
  readonly path: IssuePath;
  readonly actionId?: string;
  readonly year: number;
  readonly state: number;
  readonly collectivite: number;
}

/**
 * What the financing rules compare: per action and year of the period (at
 * `actions[i].funding[year]`), or per year for the whole contract (at `actions`). Years outside
 * the period are left to `contract.year_outside_period`; other partners' money never counts.
 *
 * @example
 * fundingComparisons(input, [2024], false)[0] //=> { path: ["actions"], year: 2024, state: 9000000, collectivite: 9000000 }
 */
export function fundingComparisons(input: Pick<ParsedContractInput, "actions">, years: readonly number[], perAction: boolean): FundingComparison[] {
  if (perAction) {
    const inPeriod = new Set(years.map(String));
    return input.actions.flatMap((action, i) =>
      Object.entries(action.funding)
        .filter(([year]) => inPeriod.has(year))
        .map(([year, f]) => ({ path: ["actions", i, "funding", year], actionId: action.id, year: Number(year), state: f.state, collectivite: f.collectivite })),
    );
  }
  return years.map((year) => {
    let state = 0;
    let collectivite = 0;
    for (const a of input.actions) {
      const f = a.funding[String(year)];
      if (f === undefined) continue;
      state += f.state;
      collectivite += f.collectivite;
    }
    return { path: ["actions"], year, state, collectivite };
  });
}
