import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a calendar date written `YYYY-MM-DD` as a local-midnight `Date`, or `undefined` if the
 * value is not such a string or not a real day (`2023-02-29`). Every date of the Pacte's data
 * is read this way, so comparisons between them never drift with the time zone.
 *
 * @example
 * parseCalendarDate("2022-11-28")?.getDate() //=> 28
 * parseCalendarDate("2022-11-28T10:00") //=> undefined
 */
export function parseCalendarDate(value: unknown): Date | undefined {
  if (typeof value !== "string" || !CALENDAR_DATE.test(value)) return undefined;
  const date = parseISO(value);
  return isValid(date) ? date : undefined;
}
