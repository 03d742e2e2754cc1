import { z } from "zod";
import { IsoDateSchema, isIsoDate, type IsoDate } from "./iso-date";
import { addModelIssue } from "./validate";

/**
 * A range of calendar dates, both ends included: `{ start: "2024-01-01", end: "2027-12-31" }`.
 * Each end must be a real ISO date (`date.format`); a start after the end gives `period.order`.
 *
 * @example
 * DateRangeSchema.parse({ start: "2024-01-01", end: "2027-12-31" }) //=> { start: "2024-01-01", end: "2027-12-31" }
 * DateRangeSchema.safeParse({ start: "2024-06-01", end: "2024-01-01" }).success //=> false
 */
export const DateRangeSchema = z
  .object({ start: IsoDateSchema, end: IsoDateSchema })
  .strict()
  .superRefine((value, ctx) => {
    if (value.start > value.end) addModelIssue(ctx, "period.order", { start: value.start, end: value.end });
  });
/** A range of ISO dates, both ends included. */
export type DateRange = z.infer<typeof DateRangeSchema>;

/**
 * True when the date lies in the range, both ends included; `false` for a string that is not
 * a real date. ISO dates of the same shape compare as strings, so no `Date` (and no time
 * zone) is involved.
 *
 * @example
 * dateRangeContains({ start: "2024-01-01", end: "2027-12-31" }, "2027-12-31") //=> true
 * dateRangeContains({ start: "2024-01-01", end: "2027-12-31" }, "2028-01-01") //=> false
 */
export function dateRangeContains(range: DateRange, date: IsoDate): boolean {
  return isIsoDate(date) && date >= range.start && date <= range.end;
}
