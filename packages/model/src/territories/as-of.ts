import { z } from "zod";
import { addModelIssue } from "../validate";

/**
 * The date the shipped reference data describes (COG and collectivities as of 2024). Look-ups
 * that take an optional `asOf` use it when none is given: never the clock.
 *
 * @example
 * REFERENCE_DATE //=> "2024-01-01"
 */
export const REFERENCE_DATE = "2024-01-01";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD` (leap years included).
 *
 * @example
 * isIsoDate("2024-02-29") //=> true
 * isIsoDate("2023-02-29") //=> false
 * isIsoDate("2024-1-1") //=> false
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * A calendar date `YYYY-MM-DD`, as the territories' `validFrom`, `validTo` and `asOf` use it.
 *
 * @example
 * AsOfDateSchema.safeParse("2021-01-01").success //=> true
 * AsOfDateSchema.safeParse("01/01/2021").success //=> false
 */
export const AsOfDateSchema = z.string().superRefine((value, ctx) => {
  if (!isIsoDate(value)) addModelIssue(ctx, "date.format", { received: value });
});
/** A calendar date written `YYYY-MM-DD`. */
export type AsOfDate = z.infer<typeof AsOfDateSchema>;

/**
 * Tells whether something valid from `validFrom` to `validTo` (both inclusive, either open)
 * is in force on `asOf`. An `asOf` that is not a real `YYYY-MM-DD` date is in force nowhere.
 *
 * @example
 * isInForce({ validFrom: "2021-01-01" }, "2024-06-01") //=> true
 * isInForce({ validTo: "2020-12-31" }, "2021-01-01") //=> false
 * isInForce({}, "not a date") //=> false
 */
export function isInForce(
  validity: { readonly validFrom?: string | undefined; readonly validTo?: string | undefined },
  asOf: string,
): boolean {
  if (!isIsoDate(asOf)) return false;
  if (validity.validFrom !== undefined && asOf < validity.validFrom) return false;
  if (validity.validTo !== undefined && asOf > validity.validTo) return false;
  return true;
}
