import { AxisNumberSchema } from "@pacte/model";
import { z } from "zod";
import type { Contract } from "../contract";
import { addAmounts, PartyAmountsSchema } from "./party-amounts";
import { contractTotals, YearAmountsSchema, type ContractTotals } from "./totals";

/**
 * One line of the flat financial table: one action, one year, its amounts by party.
 *
 * @example
 * financialTable(contract).rows[0] //=> { actionId: "A1.1", axis: 1, title: "…", year: 2024, amounts: { … } }
 */
export const FinancialRowSchema = z.object({
  actionId: z.string(),
  axis: AxisNumberSchema.optional(),
  part: z.enum(["socle", "initiative"]).optional(),
  title: z.string(),
  year: z.number().int(),
  amounts: PartyAmountsSchema,
});
/** One action-year line. */
export type FinancialRow = z.infer<typeof FinancialRowSchema>;

/**
 * The multi-year financial table of a contract: `rows` (one per action and year of the period,
 * input order), `sections` (one per Pacte axis in ascending order — or, under a profile with
 * parts, one per part: socle, then initiatives —, with each action's yearly amounts and total,
 * and the section's subtotal), and the grand totals per year and overall. Every total is the
 * exact sum of what it totals.
 *
 * @example
 * const t = financialTable(creuseContract());
 * t.sections.map((s) => s.axis) //=> [1, 3, 4]
 */
export const FinancialTableSchema = z.object({
  years: z.array(z.number().int()),
  rows: z.array(FinancialRowSchema),
  sections: z.array(
    z.object({
      axis: AxisNumberSchema.optional(),
      part: z.enum(["socle", "initiative"]).optional(),
      actions: z.array(
        z.object({ actionId: z.string(), title: z.string(), byYear: z.array(YearAmountsSchema), total: PartyAmountsSchema }),
      ),
      subtotal: z.object({ byYear: z.array(YearAmountsSchema), total: PartyAmountsSchema }),
    }),
  ),
  total: z.object({ byYear: z.array(YearAmountsSchema), total: PartyAmountsSchema }),
});
/** The financial table. */
export type FinancialTable = z.infer<typeof FinancialTableSchema>;

/**
 * Builds the multi-year financial table of a contract (see {@link FinancialTableSchema}).
 *
 * @example
 * const t = financialTable(creuseContract());
 * t.total.total.state === t.rows.reduce((s, r) => s + r.amounts.state, 0) //=> true
 */
export function financialTable(contract: Contract): FinancialTable {
  return financialTableOf(contract, contractTotals(contract));
}

/** {@link financialTable} from the contract's totals, already computed (a composition computes them once). */
export function financialTableOf(contract: Contract, totals: ContractTotals): FinancialTable {
  const titles = new Map(contract.actions.map((a) => [a.id, a.title]));
  const rows: FinancialRow[] = [];
  contract.actions.forEach((action, i) => {
    for (const y of totals.byAction[i]!.byYear) {
      rows.push({
        actionId: action.id,
        ...(action.axis !== undefined ? { axis: action.axis } : {}),
        ...(action.part !== undefined ? { part: action.part } : {}),
        title: action.title,
        year: y.year,
        amounts: y.amounts,
      });
    }
  });
  const line = (a: ContractTotals["byAction"][number]) => ({ actionId: a.actionId, title: titles.get(a.actionId) ?? a.actionId, byYear: a.byYear, total: a.total });
  const subtotal = (mine: ContractTotals["byAction"]) => ({
    byYear: totals.years.map((year, k) => ({ year, amounts: addAmounts(mine.map((a) => a.byYear[k]!.amounts)) })),
    total: addAmounts(mine.map((a) => a.total)),
  });
  let sections: FinancialTable["sections"];
  if (contract.profile.parts !== undefined) {
    const parts = new Map(contract.actions.map((a) => [a.id, a.part]));
    sections = (["socle", "initiative", undefined] as const)
      .map((part) => ({ part, mine: totals.byAction.filter((a) => parts.get(a.actionId) === part) }))
      .filter((g) => g.mine.length > 0)
      .map((g) => ({ ...(g.part !== undefined ? { part: g.part } : {}), actions: g.mine.map(line), subtotal: subtotal(g.mine) }));
  } else {
    sections = totals.byAxis.map((axis) => ({
      axis: axis.axis,
      actions: totals.byAction.filter((a) => a.axis === axis.axis).map(line),
      subtotal: { byYear: axis.byYear, total: axis.total },
    }));
    const loose = totals.byAction.filter((a) => a.axis === undefined);
    if (loose.length > 0) sections.push({ actions: loose.map(line), subtotal: subtotal(loose) });
  }
  return { years: totals.years, rows, sections, total: { byYear: totals.byYear, total: totals.total } };
}
