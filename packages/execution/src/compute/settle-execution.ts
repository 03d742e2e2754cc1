import { addAmounts, amountsOfFunding, PartyAmountsSchema, type Action, type Contract, type PartyAmounts } from "@pacte/contract";
import { AxisNumberSchema, CentsSchema, isoDateToDate, ratio, splitCents, sumCents, type Cents } from "@pacte/model";
import { PacteError } from "@pacte/issues";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { z } from "zod";
import { ActionStatusSchema } from "../execution-input";
import type { CheckedActionExecution, Execution } from "../execution";
import { committedAmounts, fundedIn, yearTerms, type YearTerms } from "../internal/contract-terms";
import { ExecutionParametersSchema, type ExecutionParameters } from "../parameters";
import { EXECUTION_ISSUES } from "../messages";
import { resolveParameters, type ExecutionOptions } from "../validate-execution";
import { indicatorResults, IndicatorResultSchema } from "./indicator-rate";

/**
 * What one action committed and spent in the year, what the State owes it after the rules, and
 * its indicators against their targets. `executionRate` is spent ÷ committed, every party
 * together (a number for display; absent when nothing was committed).
 *
 * @example
 * settlement.byAction[0] //=> { actionId: "A1.1", axis: 1, status: "completed", committed: { state: 4000000, … }, spent: { state: 3850000, … }, stateDue: 3850000, stateUnspent: 150000, executionRate: 0.95, indicators: [...] }
 */
export const ActionSettlementSchema = z.object({
  actionId: z.string(),
  axis: AxisNumberSchema,
  title: z.string(),
  status: ActionStatusSchema,
  committed: PartyAmountsSchema,
  spent: PartyAmountsSchema,
  /** What the State owes the action for the year (see the rules in the README). */
  stateDue: CentsSchema,
  /** The State's commitment the action does not use: committed − due. */
  stateUnspent: CentsSchema,
  executionRate: z.number().optional(),
  indicators: z.array(IndicatorResultSchema),
});
/**
 * One action's settlement.
 *
 * @example
 * const a: ActionSettlement | undefined = settleExecution(execution, contract).byAction[0]; // a?.stateDue === 3850000
 */
export type ActionSettlement = z.infer<typeof ActionSettlementSchema>;

/**
 * One axis's totals for the year: its actions, committed, spent, the State's due.
 *
 * @example
 * settlement.byAxis.map((a) => a.axis) //=> [1, 3, 4]
 */
export const AxisSettlementSchema = z.object({
  axis: AxisNumberSchema,
  actionCount: z.number().int(),
  committed: PartyAmountsSchema,
  spent: PartyAmountsSchema,
  stateDue: CentsSchema,
  executionRate: z.number().optional(),
});
/**
 * One axis's totals for the year.
 *
 * @example
 * const axis: AxisSettlement | undefined = settleExecution(execution, contract).byAxis[0]; // axis?.stateDue === 15470000
 */
export type AxisSettlement = z.infer<typeof AxisSettlementSchema>;

/**
 * The settlement of a year's execution: totals by action and axis, the State's due after the
 * rules, what the schedule paid before the report, and the decision it leads to — the balance to
 * pay (`balance`), or the money paid beyond the due (`excess`) split into what is recovered
 * (`recovered`, a *titre de perception*), carried over to the next year (`carriedOver`) or left
 * with the collectivity (`waived`, when the contract recovers nothing). `released` is the
 * commitment of the year that will never be paid. Every amount is exact integer cents, and
 * `paidBeforeReport + balance + released = stateCommitted`,
 * `stateDue + excess = paidBeforeReport + balance`, `excess = recovered + carriedOver + waived`.
 *
 * @example
 * const s = settleExecution(execution, contract);
 * s.balance - s.excess === s.stateDue - s.paidBeforeReport //=> true
 */
export const ExecutionSettlementSchema = z.object({
  contract: z.string(),
  year: z.number().int(),
  reportDate: z.string(),
  reportDue: z.string(),
  /** Days after the deadline (0 when on time). */
  daysLate: z.number().int().min(0),
  rules: z.object({
    financing: z.enum(["parity", "at-least", "none"]),
    perAction: z.boolean(),
    unspent: z.enum(["recovered", "carried-over", "none"]),
    lastYear: z.boolean(),
    parameters: ExecutionParametersSchema,
  }),
  byAction: z.array(ActionSettlementSchema),
  byAxis: z.array(AxisSettlementSchema),
  committed: PartyAmountsSchema,
  spent: PartyAmountsSchema,
  executionRate: z.number().optional(),
  stateCommitted: CentsSchema,
  stateDue: CentsSchema,
  paidBeforeReport: CentsSchema,
  balance: CentsSchema,
  excess: CentsSchema,
  recovered: CentsSchema,
  carriedOver: CentsSchema,
  waived: CentsSchema,
  released: CentsSchema,
  /** The part of `stateUnspent` that belongs to abandoned actions. */
  abandonedUnspent: CentsSchema,
});
/**
 * The settlement of a year's execution. See {@link ExecutionSettlementSchema}.
 *
 * @example
 * const s: ExecutionSettlement = settleExecution(execution, contract); // s.balance === 3687125
 */
export type ExecutionSettlement = z.infer<typeof ExecutionSettlementSchema>;

const min = (...values: Cents[]): Cents => Math.min(...values) as Cents;
const minus = (a: Cents, b: Cents): Cents => Math.max(0, a - b) as Cents;

/** What the State owes one action, before any cap over the whole year. */
function actionDue(committed: PartyAmounts, spent: PartyAmounts, terms: YearTerms, parameters: ExecutionParameters): Cents {
  if (terms.financing.rule === "none" || !terms.financing.perAction) return min(committed.state, spent.state);
  switch (parameters.stateShareCap) {
    case "matched":
      return min(committed.state, spent.state, spent.collectivite);
    case "half-of-joint":
      return min(committed.state, Math.floor((spent.state + spent.collectivite) / 2) as Cents);
  }
}

/** The cap over the whole year, when the profile counts its financing rule over the contract (CALPAE): the dues shrink in proportion (largest remainder). */
function capYear(dues: Cents[], spent: PartyAmounts, terms: YearTerms, parameters: ExecutionParameters): Cents[] {
  if (terms.financing.rule === "none" || terms.financing.perAction) return dues;
  const total = sumCents(dues);
  const cap = parameters.stateShareCap === "matched" ? min(total, spent.collectivite) : min(total, Math.floor((spent.state + spent.collectivite) / 2) as Cents);
  return cap === total ? dues : splitCents(cap, dues);
}

function settleAction(action: Action, reported: CheckedActionExecution | undefined, terms: YearTerms, parameters: ExecutionParameters) {
  const committed = committedAmounts(action, terms.year);
  const spent = reported === undefined ? amountsOfFunding(undefined) : amountsOfFunding(reported.spent);
  return { action, reported, committed, spent, due: actionDue(committed, spent, terms, parameters) };
}

/**
 * Settles a checked year's execution against its contract, in exact cents:
 *
 * 1. per action, the State's due: `min(committed State, State spent)`, and under a parity or
 *    at-least profile `min(committed State, State spent, collectivity spent)` (parameter
 *    `stateShareCap: "matched"`, the default) or `min(committed State, ⌊(State spent + collectivity
 *    spent) ÷ 2⌋)` (`"half-of-joint"`); an abandoned action is owed what it spent, no more; a
 *    profile that counts its rule over the whole contract (CALPAE) caps the year's sum instead,
 *    the dues shrinking in proportion (largest remainder);
 * 2. `stateDue` = the sum of the dues; `paidBeforeReport` = the year's instalments that do not
 *    wait for the report (`paymentSchedule`), or `parameters.paidBeforeReport`;
 * 3. `balance = max(0, stateDue − paidBeforeReport)`; `excess = max(0, paidBeforeReport −
 *    stateDue)`;
 * 4. the excess is recovered, carried over or waived as the contract's `clawback.unspent` (or
 *    `parameters.unspent`) says — except that the unspent money of abandoned actions is
 *    recovered first (`abandonedUnspent: "recovered"`, the default) and nothing is carried over
 *    after the contract's last year;
 * 5. `released = stateCommitted − max(stateDue, paidBeforeReport)`: the commitment that will never be paid.
 *
 * Actions the contract funds that year come in the contract's order (an action the report leaves
 * out counts as spending nothing); totals by axis follow the axes' order.
 *
 * @example
 * const s = settleExecution(execution, contract);
 * s.balance //=> 5160000 (the State pays 51 600,00 € more)
 * s.recovered //=> 0
 */
export function settleExecution(execution: Execution, contract: Contract, options: ExecutionOptions = {}): ExecutionSettlement {
  const parameters = resolveParameters(options.parameters, options.lang);
  const terms = yearTerms(contract, execution.year);
  const reported = new Map(execution.actions.map((a) => [a.id, a]));
  const rows = contract.actions
    .filter((a) => fundedIn(a, terms.year) || reported.has(a.id))
    .map((a) => settleAction(a, reported.get(a.id), terms, parameters));
  const spent = addAmounts(rows.map((r) => r.spent));
  const dues = capYear(
    rows.map((r) => r.due),
    spent,
    terms,
    parameters,
  );
  const byAction: ActionSettlement[] = rows.map((r, k) => {
    const axis = r.action.axis;
    if (axis === undefined) {
      const issue = EXECUTION_ISSUES.issue("execution.no_axis", ["contract"], { action: r.action.id, contract: contract.reference, profile: contract.profile.id }, { lang: options.lang ?? "fr" });
      throw new PacteError([issue], { lang: options.lang ?? "fr" });
    }
    const stateDue = dues[k] ?? (0 as Cents);
    const executionRate = ratio(r.spent.total, r.committed.total);
    return {
      actionId: r.action.id,
      axis,
      title: r.action.title,
      status: r.reported?.status ?? "in-progress",
      committed: r.committed,
      spent: r.spent,
      stateDue,
      stateUnspent: minus(r.committed.state, stateDue),
      ...(executionRate === undefined ? {} : { executionRate }),
      indicators: indicatorResults(r.action, r.reported, terms.year, parameters),
    };
  });
  const axes = [...new Set(byAction.map((a) => a.axis))].sort((a, b) => a - b);
  const byAxis: AxisSettlement[] = axes.map((axis) => {
    const mine = byAction.filter((a) => a.axis === axis);
    const committed = addAmounts(mine.map((a) => a.committed));
    const axisSpent = addAmounts(mine.map((a) => a.spent));
    const executionRate = ratio(axisSpent.total, committed.total);
    return {
      axis,
      actionCount: mine.length,
      committed,
      spent: axisSpent,
      stateDue: sumCents(mine.map((a) => a.stateDue)),
      ...(executionRate === undefined ? {} : { executionRate }),
    };
  });
  const committed = addAmounts(byAction.map((a) => a.committed));
  const stateDue = sumCents(byAction.map((a) => a.stateDue));
  const paidBeforeReport = parameters.paidBeforeReport ?? terms.paidBeforeReport;
  const balance = minus(stateDue, paidBeforeReport);
  const excess = minus(paidBeforeReport, stateDue);
  const abandonedUnspent = sumCents(byAction.filter((a) => a.status === "abandoned").map((a) => a.stateUnspent));
  const unspent = parameters.unspent ?? terms.unspent;
  const { recovered, carriedOver, waived } = shareExcess(excess, abandonedUnspent, unspent, terms.lastYear, parameters);
  const daysLate = Math.max(0, differenceInCalendarDays(isoDateToDate(execution.date), isoDateToDate(terms.reportDue)));
  const executionRate = ratio(spent.total, committed.total);
  return {
    contract: contract.reference,
    year: execution.year,
    reportDate: execution.date,
    reportDue: terms.reportDue,
    daysLate,
    rules: { financing: terms.financing.rule, perAction: terms.financing.perAction, unspent, lastYear: terms.lastYear, parameters },
    byAction,
    byAxis,
    committed,
    spent,
    ...(executionRate === undefined ? {} : { executionRate }),
    stateCommitted: committed.state,
    stateDue,
    paidBeforeReport,
    balance,
    excess,
    recovered,
    carriedOver,
    waived,
    released: minus(committed.state, Math.max(stateDue, paidBeforeReport) as Cents),
    abandonedUnspent,
  };
}

/** Where the money paid beyond the due goes: recovered, carried over to the next year, or left with the collectivity. */
function shareExcess(
  excess: Cents,
  abandonedUnspent: Cents,
  unspent: "recovered" | "carried-over" | "none",
  lastYear: boolean,
  parameters: ExecutionParameters,
): { recovered: Cents; carriedOver: Cents; waived: Cents } {
  const zero = 0 as Cents;
  if (excess === 0) return { recovered: zero, carriedOver: zero, waived: zero };
  const first = parameters.abandonedUnspent === "recovered" ? min(excess, abandonedUnspent) : zero;
  const rest = (excess - first) as Cents;
  switch (unspent) {
    case "recovered":
      return { recovered: excess, carriedOver: zero, waived: zero };
    case "carried-over":
      return lastYear ? { recovered: excess, carriedOver: zero, waived: zero } : { recovered: first, carriedOver: rest, waived: zero };
    case "none":
      return { recovered: first, carriedOver: zero, waived: rest };
  }
}
