import { z } from "zod";
import { addModelIssue } from "./validate";

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
/** Days in each month of a leap year: 29 February is a day of the year. */
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * True when `value` is a day of the year written `MM-DD` that exists in some year: `03-31` and
 * `02-29` yes, `02-30`, `04-31`, `13-01` and `00-00` no.
 *
 * @example
 * isMonthDay("06-30") //=> true
 * isMonthDay("02-30") //=> false
 */
export function isMonthDay(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = MONTH_DAY.exec(value);
  if (m === null) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS[month - 1] ?? 0);
}

/**
 * A day of the year written `MM-DD` (a deadline that comes back every year: a report due date,
 * a payment, a meeting), one that exists: `02-30`, `13-45` and `00-00` give the issue
 * `date.month_day`. `02-29` is a day of the year; what it means in a year that has none is for
 * the caller to say.
 *
 * @example
 * MonthDaySchema.parse("06-30") //=> "06-30"
 * MonthDaySchema.safeParse("02-30").success //=> false
 */
export const MonthDaySchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!isMonthDay(value)) addModelIssue(ctx, "date.month_day", { received: value });
  })
  .meta({ pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", description: "Jour de l'année au format MM-JJ.", examples: ["06-30"] });
/** A day of the year, `MM-DD`. */
export type MonthDay = z.infer<typeof MonthDaySchema>;
