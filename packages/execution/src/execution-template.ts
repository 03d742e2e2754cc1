import type { Contract } from "@pacte/contract";
import { PacteError, type Lang } from "@pacte/issues";
import type { ExecutionInput } from "./execution-input";
import { committedFunding, fundedIn, yearTerms } from "./internal/contract-terms";
import { indicatorKeys } from "./internal/indicator-keys";
import { EXECUTION_ISSUES } from "./messages";

/**
 * A year's execution input prefilled from the signed contract, for the collectivity to complete:
 * the contract's reference, the year, the report's date (by default the contract's deadline for
 * that year), and every action the contract funds that year, in its order — status
 * `"in-progress"`, nothing spent by the State, the collectivity and each other funder the
 * contract names for the year, and a value of 0 for each indicator with a target that year (by
 * its id, else its label). It validates against the contract as it is; every figure is to be
 * replaced by what was done.
 *
 * @throws {PacteError} `execution.year_outside` for a year that is not one of the contract's.
 * @example
 * const t = executionTemplate(contract, 2024);
 * t.date //=> "2025-06-30"
 * t.actions[0] //=> { id: "A1.1", status: "in-progress", spent: { state: 0, collectivite: 0, others: [{ name: "CAF de la Creuse", amount: 0 }] }, indicators: [{ indicator: "Places réservées", value: 0 }] }
 */
export function executionTemplate(contract: Contract, year: number, options: { readonly date?: string; readonly lang?: Lang } = {}): ExecutionInput {
  const terms = yearTerms(contract, year);
  if (!terms.inContract) {
    throw new PacteError([EXECUTION_ISSUES.issue("execution.year_outside", ["year"], { received: year, years: contract.years }, { lang: options.lang ?? "fr" })], { lang: options.lang ?? "fr" });
  }
  return {
    contract: contract.reference,
    year,
    date: options.date ?? terms.reportDue,
    actions: contract.actions
      .filter((a) => fundedIn(a, year))
      .map((a) => {
        const others = committedFunding(a, year)?.others ?? [];
        const keys = indicatorKeys(a);
        const indicators = (a.indicators ?? []).flatMap((i, k) => (i.targets?.[String(year)] === undefined ? [] : [{ indicator: keys[k] ?? i.label, value: 0 }]));
        return {
          id: a.id,
          status: "in-progress" as const,
          spent: { state: 0, collectivite: 0, ...(others.length === 0 ? {} : { others: others.map((o) => ({ name: o.name, amount: 0 })) }) },
          ...(indicators.length === 0 ? {} : { indicators }),
        };
      }),
  };
}
