// lightFormat: the same digits as `format` for "yyyy-MM-dd", without the locale machinery Node would load.
import { lightFormat } from "date-fns/lightFormat";
import { isExists } from "date-fns/isExists";
import { z } from "zod";
import { addModelIssue, modelIssue } from "./validate";
import { PacteError } from "@pacte/issues";

const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

/** The year, month (1–12) and day of a real calendar date written `YYYY-MM-DD`, else `undefined`. */
function componentsOf(value: string): readonly [number, number, number] | undefined {
  const m = ISO_DATE.exec(value);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // Read by components: `new Date("2024-02-30")` would be parsed in UTC, and roll over.
  return isExists(year, month - 1, day) ? [year, month, day] : undefined;
}

/**
 * A calendar date written `YYYY-MM-DD` (years 1000–9999) that exists: `2024-02-29` yes,
 * `2023-02-29` no. The string is read by its components, never by `new Date(string)`, so no
 * time zone can shift it. A bad date gives the issue `date.format`.
 *
 * @example
 * IsoDateSchema.parse("2024-01-01") //=> "2024-01-01"
 * IsoDateSchema.safeParse("2023-02-29").success //=> false
 */
export const IsoDateSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (componentsOf(value) === undefined) addModelIssue(ctx, "date.format", { received: value });
  })
  .meta({ format: "date", description: "Date réelle au format AAAA-MM-JJ.", examples: ["2024-01-01"] });
/** A date as an ISO string, `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * True when `value` is a string naming a real date as `YYYY-MM-DD`.
 *
 * @example
 * isIsoDate("2024-02-29") //=> true
 * isIsoDate("2024-2-9") //=> false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && componentsOf(value) !== undefined;
}

/**
 * The `Date` at local midnight of an ISO date, built from its components — what date-fns
 * functions expect.
 *
 * @throws {PacteError} with `date.format` when the string is not a real date.
 * @example
 * isoDateToDate("2024-01-01") //=> new Date(2024, 0, 1)
 */
export function isoDateToDate(date: IsoDate): Date {
  const c = componentsOf(date);
  if (c === undefined) throw new PacteError([modelIssue("date.format", [], { received: date })]);
  return new Date(c[0], c[1] - 1, c[2]);
}

/**
 * The ISO date (`YYYY-MM-DD`) of a `Date`, read in local time — the inverse of {@link isoDateToDate}.
 *
 * @throws {RangeError} for an invalid `Date` (date-fns' `lightFormat`).
 * @example
 * dateToIsoDate(new Date(2024, 0, 1)) //=> "2024-01-01"
 */
export function dateToIsoDate(date: Date): IsoDate {
  return lightFormat(date, "yyyy-MM-dd");
}
