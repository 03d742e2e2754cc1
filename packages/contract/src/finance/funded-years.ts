import type { ContractTotals } from "./totals";

/**
 * The contract's years that carry money — from the State, the collectivity or another partner —
 * and those that carry none, in order. A contract never commits « zéro euro » for a year: the
 * years without money are the ones its text says are set later by avenant (a CALPAE funds its
 * first year; an avenant sets the next).
 *
 * @example
 * fundedYears(contractTotals(calpaeContract())) //=> { funded: [2019], unfunded: [2020, 2021] }
 */
export function fundedYears(totals: Pick<ContractTotals, "byYear">): { readonly funded: readonly number[]; readonly unfunded: readonly number[] } {
  const funded: number[] = [];
  const unfunded: number[] = [];
  for (const { year, amounts } of totals.byYear) (amounts.total > 0 ? funded : unfunded).push(year);
  return { funded, unfunded };
}
