import { AxisNumberSchema } from "@pacte/model";
import { z } from "zod";
import type { Contract } from "../contract";
import type { Action } from "../input";
import { addAmounts, amountsOfFunding, PartyAmountsSchema } from "./party-amounts";

/**
 * Amounts of one civil year.
 *
 * @example
 * YearAmountsSchema.parse({ year: 2024, amounts: { state: 1, collectivite: 1, others: 0, total: 2 } }).year //=> 2024
 */
export const YearAmountsSchema = z.object({ year: z.number().int(), amounts: PartyAmountsSchema });
/** Amounts of one year. */
export type YearAmounts = z.infer<typeof YearAmountsSchema>;

/**
 * Totals of one action: per year of the period (every year, zero when unfunded) and overall.
 *
 * @example
 * contractTotals(creuseContract()).byAction[0]?.total.state //=> 18500000
 */
export const ActionTotalsSchema = z.object({
  actionId: z.string(),
  axis: AxisNumberSchema.optional(),
  byYear: z.array(YearAmountsSchema),
  total: PartyAmountsSchema,
});
/** Totals of one action. */
export type ActionTotals = z.infer<typeof ActionTotalsSchema>;

/**
 * Totals of one axis over its actions, per year and overall.
 *
 * @example
 * contractTotals(contract).byAxis.map((a) => a.axis) //=> [1, 3, 4]
 */
export const AxisTotalsSchema = z.object({
  axis: AxisNumberSchema,
  actionCount: z.number().int(),
  byYear: z.array(YearAmountsSchema),
  total: PartyAmountsSchema,
});
/** Totals of one axis. */
export type AxisTotals = z.infer<typeof AxisTotalsSchema>;

/**
 * A contract's totals: per action (input order), per axis (ascending, only axes with actions),
 * per year, per other partner (by name, in order of first appearance) and overall, per party.
 *
 * @example
 * contractTotals(creuseContract()).total.state === contractTotals(creuseContract()).total.collectivite //=> true
 */
export const ContractTotalsSchema = z.object({
  years: z.array(z.number().int()),
  byAction: z.array(ActionTotalsSchema),
  byAxis: z.array(AxisTotalsSchema),
  byYear: z.array(YearAmountsSchema),
  othersByName: z.array(z.object({ name: z.string(), amount: z.number().int() })),
  total: PartyAmountsSchema,
});
/** A contract's totals. */
export type ContractTotals = z.infer<typeof ContractTotalsSchema>;

/**
 * The totals of one action over the given years (years it does not fund count as zero).
 *
 * @example
 * actionTotals(action, [2024, 2025]).total.total //=> 40000
 */
export function actionTotals(action: Action, years: readonly number[]): ActionTotals {
  const byYear = years.map((year) => ({ year, amounts: amountsOfFunding(action.funding[String(year)]) }));
  return { actionId: action.id, ...(action.axis !== undefined ? { axis: action.axis } : {}), byYear, total: addAmounts(byYear.map((y) => y.amounts)) };
}

/**
 * Every total of a contract, per action, axis, year and party (see {@link ContractTotalsSchema}).
 * Exact integer cents: each level is the sum of the level below.
 *
 * @example
 * contractTotals(creuseContract()).byYear.map((y) => y.year) //=> [2024, 2025, 2026, 2027]
 */
export function contractTotals(contract: Contract): ContractTotals {
  const years = contract.years;
  const byAction = contract.actions.map((a) => actionTotals(a, years));
  const axes = [...new Set(byAction.map((a) => a.axis).filter((a) => a !== undefined))].sort((a, b) => a - b);
  const byAxis = axes.map((axis) => {
    const mine = byAction.filter((a) => a.axis === axis);
    const byYear = years.map((year, k) => ({ year, amounts: addAmounts(mine.map((a) => a.byYear[k]!.amounts)) }));
    return { axis, actionCount: mine.length, byYear, total: addAmounts(mine.map((a) => a.total)) };
  });
  const byYear = years.map((year, k) => ({ year, amounts: addAmounts(byAction.map((a) => a.byYear[k]!.amounts)) }));
  const others = new Map<string, number>();
  const inPeriod = new Set(years.map(String));
  for (const action of contract.actions) {
    for (const [year, f] of Object.entries(action.funding)) {
      if (!inPeriod.has(year)) continue;
      for (const o of f.others ?? []) others.set(o.name, (others.get(o.name) ?? 0) + o.amount);
    }
  }
  return {
    years: [...years],
    byAction,
    byAxis,
    byYear,
    othersByName: [...others].map(([name, amount]) => ({ name, amount })),
    total: addAmounts(byAction.map((a) => a.total)),
  };
}
