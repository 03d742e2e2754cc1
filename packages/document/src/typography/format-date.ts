import { FormatError } from "./format-error";
import { compareDates, monthName, parseIsoDate, weekdayName, type CalendarDate } from "./internal/calendar";

/**
 * Options of {@link formatDate}.
 *
 * @example
 * const options: FormatDateOptions = { weekday: true };
 */
export interface FormatDateOptions {
  /** Start with the weekday (`lundi 28 novembre 2022`); off by default. */
  readonly weekday?: boolean;
}

/**
 * Options of {@link formatDateRange}.
 *
 * @example
 * const options: FormatDateRangeOptions = { compact: false };
 */
export interface FormatDateRangeOptions extends FormatDateOptions {
  /**
   * Leave out what both ends share (on by default): `du 1er au 15 mars 2024` in one month,
   * `du 1er mars au 15 avril 2024` in one year. Off: both dates in full.
   */
  readonly compact?: boolean;
}

const dayNumber = (date: CalendarDate): string => (date.day === 1 ? "1er" : String(date.day));

function write(date: CalendarDate, parts: { month: boolean; year: boolean; weekday: boolean }): string {
  let text = dayNumber(date);
  if (parts.weekday) text = `${weekdayName(date)} ${text}`;
  if (parts.month) text += ` ${monthName(date)}`;
  if (parts.year) text += ` ${date.year}`;
  return text;
}

/**
 * Writes an ISO date the French way, with the ordinal `1er` for the first of the month. The date
 * is read by its components, so no time zone can move it to the day before.
 *
 * @throws {FormatError} `format.invalid-date` for anything but a real `YYYY-MM-DD` date (a
 * date-time's time part is ignored).
 * @example
 * formatDate("2024-01-01") //=> "1er janvier 2024"
 * formatDate("2022-11-28", { weekday: true }) //=> "lundi 28 novembre 2022"
 */
export function formatDate(iso: string, options: FormatDateOptions = {}): string {
  const date = parseIsoDate(iso, "formatDate");
  return write(date, { month: true, year: true, weekday: options.weekday === true });
}

/**
 * Writes an ISO date as `JJ/MM/AAAA`.
 *
 * @throws {FormatError} `format.invalid-date`.
 * @example
 * formatDateShort("2024-01-01") //=> "01/01/2024"
 */
export function formatDateShort(iso: string): string {
  const { year, month, day } = parseIsoDate(iso, "formatDateShort");
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(day)}/${two(month)}/${String(year).padStart(4, "0")}`;
}

/**
 * Writes the month and year of an ISO date or month (`YYYY-MM`).
 *
 * @throws {FormatError} `format.invalid-date`.
 * @example
 * formatMonthYear("2024-01-15") //=> "janvier 2024"
 * formatMonthYear("2024-08") //=> "août 2024"
 */
export function formatMonthYear(iso: string): string {
  const date = parseIsoDate(iso, "formatMonthYear", true);
  return `${monthName(date)} ${date.year}`;
}

/**
 * Writes a period "du … au …", both ends included. By default what both ends share is written
 * once: `du 1er au 15 mars 2024` (same month), `du 1er mars au 15 avril 2024` (same year); a
 * single day gives `le 1er mars 2024`.
 *
 * @throws {FormatError} `format.invalid-date`; `format.invalid-range` when `end` is before `start`.
 * @example
 * formatDateRange("2024-01-01", "2027-12-31") //=> "du 1er janvier 2024 au 31 décembre 2027"
 * formatDateRange("2024-03-01", "2024-03-15") //=> "du 1er au 15 mars 2024"
 * formatDateRange("2024-03-01", "2024-04-15") //=> "du 1er mars au 15 avril 2024"
 */
export function formatDateRange(start: string, end: string, options: FormatDateRangeOptions = {}): string {
  const from = parseIsoDate(start, "formatDateRange");
  const to = parseIsoDate(end, "formatDateRange");
  const order = compareDates(from, to);
  if (order > 0) {
    throw new FormatError(
      "format.invalid-range",
      `formatDateRange : la fin ${end} précède le début ${start} ; passez (début, fin).`,
    );
  }
  const weekday = options.weekday === true;
  const full = { month: true, year: true, weekday };
  if (order === 0) return `le ${write(from, full)}`;
  const compact = options.compact !== false;
  const sameYear = compact && from.year === to.year;
  const sameMonth = sameYear && from.month === to.month;
  return `du ${write(from, { month: !sameMonth, year: !sameYear, weekday })} au ${write(to, full)}`;
}
