import { getDay } from "date-fns/getDay";
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { FormatError } from "../format-error";

/** A calendar date as written, with no time zone: month 1–12, day 1–31. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** French month names, January first. */
export const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
] as const;

/** French weekday names in `Date#getDay` order (Sunday first). */
export const WEEKDAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"] as const;

const ISO_DATE =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?)?$/;

/**
 * A local `Date` at noon on the given calendar day, built by components (no string parsing, no
 * UTC shift), for date-fns to compute with. Noon keeps clear of midnight DST jumps.
 */
export function toLocalDate(date: CalendarDate): Date {
  const d = new Date(0);
  d.setFullYear(date.year, date.month - 1, date.day);
  d.setHours(12, 0, 0, 0);
  return d;
}

/**
 * Reads `YYYY-MM-DD` (a date-time's `THH:MM…` suffix is ignored, never converted: the day written
 * is the day printed), or `YYYY-MM` when `allowMonth` is set (day 1).
 */
export function parseIsoDate(text: string, caller: string, allowMonth = false): CalendarDate {
  const match = typeof text === "string" ? ISO_DATE.exec(text) : null;
  const fail = (why: string): never => {
    throw new FormatError(
      "format.invalid-date",
      `${caller} : date invalide ${JSON.stringify(text)} (${why}) ; AAAA-MM-JJ attendu, par exemple "2024-01-01".`,
    );
  };
  if (!match) return fail("format");
  if (match[3] === undefined && !allowMonth) return fail("jour manquant");
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (year < 1) return fail("année 0000");
  if (month < 1 || month > 12) return fail("mois hors de 01–12");
  if (day < 1 || day > getDaysInMonth(toLocalDate({ year, month, day: 1 }))) return fail("jour hors du mois");
  return { year, month, day };
}

/** The French weekday name of a calendar date. */
export function weekdayName(date: CalendarDate): string {
  return WEEKDAYS[getDay(toLocalDate(date))] ?? "";
}

/** The French month name of a calendar date. */
export function monthName(date: CalendarDate): string {
  return MONTHS[date.month - 1] ?? "";
}

/** `-1`, `0` or `1` as `a` is before, the same day as, or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(a.year - b.year || a.month - b.month || a.day - b.day);
}
