import { z } from "zod";
import { isIsoDate } from "../iso-date";
import { addModelIssue } from "../validate";

/**
 * The date the shipped reference data describes (COG and collectivities as of 2024). Look-ups
 * that take an optional `asOf` use it when none is given: never the clock.
 *
 * @example
 * REFERENCE_DATE //=> "2024-01-01"
 */
export const REFERENCE_DATE = "2024-01-01";

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
