import { amountToFrenchWords, formatEuros } from "@pacte/document";
import { z } from "zod";
import type { Contract } from "../contract";
import { contractTotals, type ContractTotals } from "./totals";

/**
 * An amount in cents with its French forms: figures (`1 234,56 €`) and words, as the financial
 * article writes it (« cent mille euros (100 000,00 €) »).
 *
 * @example
 * amountForms(10000000) //=> { cents: 10000000, figures: "100 000,00 €", words: "cent mille euros" }
 */
export const AmountFormsSchema = z.object({ cents: z.number().int(), figures: z.string(), words: z.string() });
/** An amount with its figures and words. */
export type AmountForms = z.infer<typeof AmountFormsSchema>;

/**
 * An amount in figures and in words, the French way (figures with `formatEuros`, words with
 * `amountToFrenchWords` from `@pacte/document`).
 *
 * @example
 * amountForms(10000000).words //=> "cent mille euros"
 */
export function amountForms(cents: number): AmountForms {
  return { cents, figures: formatEuros(cents), words: amountToFrenchWords(cents) };
}

/**
 * The amounts the financial article states, in figures and words: overall per party, and per
 * year per party.
 *
 * @example
 * financialSummary(creuseContract()).total.state.words //=> "un million huit cent quatre-vingt-huit mille euros"
 */
export const FinancialSummarySchema = z.object({
  total: z.object({ state: AmountFormsSchema, collectivite: AmountFormsSchema, others: AmountFormsSchema, total: AmountFormsSchema }),
  byYear: z.array(
    z.object({
      year: z.number().int(),
      state: AmountFormsSchema,
      collectivite: AmountFormsSchema,
      others: AmountFormsSchema,
      total: AmountFormsSchema,
    }),
  ),
});
/** The amounts of the financial article. */
export type FinancialSummary = z.infer<typeof FinancialSummarySchema>;

/**
 * The figures and words of a contract's totals (see {@link FinancialSummarySchema}).
 *
 * @example
 * financialSummary(calpaeContract()).byYear[0]?.state.figures //=> "775 213,70 €"
 */
export function financialSummary(contract: Contract): FinancialSummary {
  return financialSummaryOf(contractTotals(contract));
}

/** {@link financialSummary} of totals already computed (a composition computes them once). */
export function financialSummaryOf(t: ContractTotals): FinancialSummary {
  return {
    total: {
      state: amountForms(t.total.state),
      collectivite: amountForms(t.total.collectivite),
      others: amountForms(t.total.others),
      total: amountForms(t.total.total),
    },
    byYear: t.byYear.map(({ year, amounts }) => ({
      year,
      state: amountForms(amounts.state),
      collectivite: amountForms(amounts.collectivite),
      others: amountForms(amounts.others),
      total: amountForms(amounts.total),
    })),
  };
}
