// The one module that reads a signed contract's terms through @pacte/contract's API: its years,
// the report deadline, what the State pays before the report, the financing rule and what
// happens to unspent money. The rest of the package asks here, so that a change of that API (the
// payment schedule and the report deadline are being settled by the legal drafting) is adapted in
// one place.
import { amountsOfFunding, paymentSchedule, reportDueDate, type Action, type Contract, type PartyAmounts, type YearFunding } from "@pacte/contract";
import { sumCents, type Cents } from "@pacte/model";

/** What a contract says about one of its years, for a report on that year. */
export interface YearTerms {
  readonly year: number;
  /** Whether the year is one of the contract's. */
  readonly inContract: boolean;
  /** The contract's years, in order. */
  readonly years: readonly number[];
  /** Whether it is the contract's last year (nothing can be carried over after it). */
  readonly lastYear: boolean;
  /** The date by which the report on the year is due (`reporting.reportDue` of the next year). */
  readonly reportDue: string;
  readonly financing: { readonly rule: "parity" | "at-least" | "none"; readonly perAction: boolean };
  /** What the contract does with money paid and not spent. */
  readonly unspent: "recovered" | "carried-over" | "none";
  /** The State's money of the year, every action together. */
  readonly stateCommitted: Cents;
  /** What the payment schedule pays for the year before the report is approved: every instalment but those that wait for the report. */
  readonly paidBeforeReport: Cents;
}

/** The terms of `year` in `contract`. */
export function yearTerms(contract: Contract, year: number): YearTerms {
  const scheduled = paymentSchedule(contract).years.find((y) => y.year === year);
  const paid = scheduled?.payments.filter((p) => p.when !== "after-report").map((p) => p.amount) ?? [];
  const years = contract.years;
  return {
    year,
    inContract: years.includes(year),
    years,
    lastYear: year === years.at(-1),
    reportDue: reportDueDate(contract, year),
    financing: { rule: contract.profile.financing.rule, perAction: contract.profile.financing.perAction },
    unspent: contract.clawback.unspent,
    stateCommitted: scheduled?.total ?? (0 as Cents),
    paidBeforeReport: sumCents(paid),
  };
}

/** An action's funding in `year` as the contract commits it (`undefined` when it funds nothing that year). */
export function committedFunding(action: Action, year: number): YearFunding | undefined {
  return action.funding[String(year)];
}

/** An action's committed amounts in `year`, by party (zero when unfunded). */
export function committedAmounts(action: Action, year: number): PartyAmounts {
  return amountsOfFunding(committedFunding(action, year));
}

/** Whether the contract funds `action` in `year` (an entry for the year, whatever its amounts). */
export function fundedIn(action: Action, year: number): boolean {
  return committedFunding(action, year) !== undefined;
}

/** The contract's title and reference as a report names them: « Contrat local des solidarités n° CLS-23-2024-001 ». */
export function contractName(contract: Contract): { readonly title: string; readonly reference: string } {
  return { title: contract.title, reference: contract.reference };
}
