import { ratio } from "@pacte/model";
import { z } from "zod";
import type { Contract } from "../contract";
import type { PartyAmounts } from "./party-amounts";
import { contractTotals } from "./totals";

/**
 * Each party's share of a total, as fractions for display (0.5 is 50 %); absent when the total
 * is zero. Never feed them back into amounts.
 *
 * @example
 * CofinancingRatesSchema.parse({ state: 0.5, collectivite: 0.5, others: 0 }).state //=> 0.5
 */
export const CofinancingRatesSchema = z.object({
  state: z.number().optional(),
  collectivite: z.number().optional(),
  others: z.number().optional(),
});
/** Each party's share of a total. */
export type CofinancingRates = z.infer<typeof CofinancingRatesSchema>;

/**
 * The co-financing rates of some amounts: each party's share of their total.
 *
 * @example
 * cofinancingRates({ state: 100, collectivite: 100, others: 50, total: 250 }) //=> { state: 0.4, collectivite: 0.4, others: 0.2 }
 * cofinancingRates({ state: 0, collectivite: 0, others: 0, total: 0 }) //=> {}
 */
export function cofinancingRates(amounts: PartyAmounts): CofinancingRates {
  if (amounts.total === 0) return {};
  return {
    state: ratio(amounts.state, amounts.total) ?? 0,
    collectivite: ratio(amounts.collectivite, amounts.total) ?? 0,
    others: ratio(amounts.others, amounts.total) ?? 0,
  };
}

/**
 * The co-financing rates of a contract: overall, per year, per axis and per action.
 *
 * @example
 * contractCofinancingRates(creuseContract()).total.state //=> 0.4846… (other partners bring 3 %)
 */
export function contractCofinancingRates(contract: Contract): {
  total: CofinancingRates;
  byYear: { year: number; rates: CofinancingRates }[];
  byAxis: { axis: number; rates: CofinancingRates }[];
  byAction: { actionId: string; rates: CofinancingRates }[];
} {
  const t = contractTotals(contract);
  return {
    total: cofinancingRates(t.total),
    byYear: t.byYear.map((y) => ({ year: y.year, rates: cofinancingRates(y.amounts) })),
    byAxis: t.byAxis.map((a) => ({ axis: a.axis, rates: cofinancingRates(a.total) })),
    byAction: t.byAction.map((a) => ({ actionId: a.actionId, rates: cofinancingRates(a.total) })),
  };
}
