import { CentsSchema, IsoDateSchema, splitCents, type Cents } from "@pacte/model";
import { z } from "zod";
import type { Contract } from "../contract";
import { InstalmentSchema } from "../input";
import { laterOf, monthDayIn } from "../internal/month-day";
import { contractTotals, type ContractTotals } from "./totals";

/**
 * What a payment waits for, once the schedule is set against the signature date and the report
 * deadline: the `signature` (an instalment due at the start of a year, or on signature, whose
 * day is before the contract is signed), the `start-of-year`, the `report-approval` (the
 * approval of the report on the funded year, due by `reporting.reportDue` of the next year) or a
 * fixed `date`.
 *
 * @example
 * PaymentConditionSchema.parse("report-approval") //=> "report-approval"
 */
export const PaymentConditionSchema = z.enum(["signature", "start-of-year", "report-approval", "date"]);
/** See {@link PaymentConditionSchema}. */
export type PaymentCondition = z.infer<typeof PaymentConditionSchema>;

/**
 * One payment by the State: the year it funds, which instalment (`index` from 0), its share,
 * what it waits for (`condition`), the day it can be paid at the earliest (`due`: the signature,
 * 1 January, the report's deadline, or the fixed day — never before the signature), whether that
 * falls after the contract's end (`afterEnd`: the last year's balance), and its exact amount in
 * cents.
 *
 * @example
 * paymentSchedule(creuseContract()).payments[0]
 * //=> { id: "2024-1", year: 2024, index: 0, percent: 80, when: "start-of-year", label: "avance", condition: "signature", due: "2024-07-05", afterEnd: false, amount: 36000000 }
 */
export const PaymentSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  index: z.number().int().min(0),
  percent: z.number(),
  when: InstalmentSchema.shape.when,
  label: z.string().optional(),
  condition: PaymentConditionSchema,
  due: IsoDateSchema,
  afterEnd: z.boolean(),
  amount: CentsSchema,
});
/** One payment. */
export type Payment = z.infer<typeof PaymentSchema>;

/**
 * The State's payment schedule: per year, the year's State total and its instalments (which
 * always add up to it, to the cent); all payments in order of due date; the overall total.
 *
 * @example
 * const s = paymentSchedule(creuseContract());
 * s.years.every((y) => y.payments.reduce((t, p) => t + p.amount, 0) === y.total) //=> true
 */
export const PaymentScheduleSchema = z.object({
  years: z.array(z.object({ year: z.number().int(), total: CentsSchema, payments: z.array(PaymentSchema) })),
  payments: z.array(PaymentSchema),
  total: CentsSchema,
});
/** The State's payment schedule. */
export type PaymentSchedule = z.infer<typeof PaymentScheduleSchema>;

/**
 * The date by which the yearly report on `year` is due: the profile's or input's `reportDue`
 * (`MM-DD`) in the next year.
 *
 * @example
 * reportDueDate(calpaeContract(), 2019) //=> "2020-03-31"
 */
export function reportDueDate(contract: Contract, year: number): string {
  return monthDayIn(year + 1, contract.reporting.reportDue, contract.profile);
}

/** Percentages as integer weights (to 1/10 000 of a percent) for `splitCents`. */
function weightsOf(percents: readonly number[]): number[] {
  return percents.map((p) => Math.round(p * 10000));
}

/**
 * Splits each year's State money into the contract's instalments with `splitCents` (largest
 * remainder: the parts always add up to the year's total). Due dates, never before the
 * signature: `start-of-year` and `on-signature` on 1 January — on the signature day when the
 * contract is signed later (condition `signature`); `after-report` when the report on that year
 * is due (`reportDue` of the next year: the 2024 balance falls in 2025, the last year's after
 * the contract's end, `afterEnd`); `MM-DD` on that day of the year (`02-29`, in a year without
 * one, as the profile's `february29` says). A year without State money has no payment to make:
 * its instalments are there, with an amount of 0, for the schedule's shape; `contractObligations`
 * and the contract's text leave them out.
 *
 * @example
 * paymentSchedule(creuseContract()).years[0]?.payments.map((p) => p.percent) //=> [80, 20]
 */
export function paymentSchedule(contract: Contract): PaymentSchedule {
  return paymentScheduleOf(contract, contractTotals(contract));
}

/** {@link paymentSchedule} from the contract's totals, already computed (a composition computes them once). */
export function paymentScheduleOf(contract: Contract, totals: ContractTotals): PaymentSchedule {
  const instalments = contract.payment.instalments;
  const weights = weightsOf(instalments.map((i) => i.percent));
  const signature = contract.signature.date;
  const years = totals.byYear.map(({ year, amounts }) => {
    const parts = weights.some((w) => w > 0) ? splitCents(amounts.state, weights) : instalments.map(() => 0 as Cents);
    const payments: Payment[] = instalments.map((inst, index) => {
      const base =
        inst.when === "start-of-year" || inst.when === "on-signature"
          ? `${String(year).padStart(4, "0")}-01-01`
          : inst.when === "after-report"
            ? reportDueDate(contract, year)
            : monthDayIn(year, inst.when, contract.profile);
      const due = laterOf(base, signature);
      const condition: PaymentCondition =
        inst.when === "after-report" ? "report-approval" : base <= signature ? "signature" : inst.when === "start-of-year" || inst.when === "on-signature" ? "start-of-year" : "date";
      return {
        id: `${year}-${index + 1}`,
        year,
        index,
        percent: inst.percent,
        when: inst.when,
        ...(inst.label !== undefined ? { label: inst.label } : {}),
        condition,
        due,
        afterEnd: due > contract.period.end,
        amount: parts[index] ?? (0 as Cents),
      };
    });
    return { year, total: amounts.state, payments };
  });
  const payments = years
    .flatMap((y) => y.payments)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.year - b.year || a.index - b.index));
  return { years, payments, total: totals.total.state };
}
