import { paymentSchedule, type Payment } from "../finance/payment-schedule";
import type { Amendment } from "./amendment";

/**
 * An instalment of the State that had already fallen due on the avenant's date and whose amount
 * the avenant changes: the instalment as revised, its amount before, and the `difference`
 * (positive: a complement the State pays at the avenant's signature; negative: an amount
 * deducted from the State's next payment).
 *
 * @example
 * const a: DueAdjustment = { payment: revised2025Advance, before: 37_600_000, difference: 1_200_000 };
 */
export interface DueAdjustment {
  readonly payment: Payment;
  readonly before: number;
  readonly difference: number;
}

/**
 * The instalments already due on the avenant's date (an advance « en début d'année » of the
 * current year, a fixed day already past — not a balance, which waits for its report) whose
 * amount the avenant changes, in schedule order. The revised schedule alone would date the
 * complement on 1 January, before the avenant was signed: the text says when it is paid.
 *
 * @example
 * dueAdjustments(amendmentRaising2025).map((d) => [d.payment.id, d.difference]) //=> [["2025-1", 1200000]]
 */
export function dueAdjustments(amendment: Pick<Amendment, "base" | "revised" | "date">): DueAdjustment[] {
  const before = new Map(paymentSchedule(amendment.base).payments.map((p) => [p.id, p.amount]));
  const out: DueAdjustment[] = [];
  for (const payment of paymentSchedule(amendment.revised).payments) {
    if (payment.condition === "report-approval" || payment.due > amendment.date) continue;
    const old = before.get(payment.id) ?? 0;
    if (old !== payment.amount) out.push({ payment, before: old, difference: payment.amount - old });
  }
  return out;
}
