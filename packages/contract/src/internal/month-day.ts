import { getDaysInMonth } from "date-fns";
import type { IsoDate } from "@pacte/model";

/**
 * The ISO date of a month-day (`MM-DD`) in a year, the day clamped to the month's length
 * (`02-29` in 2025 is 2025-02-28).
 */
export function monthDayIn(year: number, monthDay: string): IsoDate {
  const [mm = "01", dd = "01"] = monthDay.split("-");
  const month = Math.min(12, Math.max(1, Number(mm)));
  const days = getDaysInMonth(new Date(year, month - 1, 1));
  const day = Math.min(days, Math.max(1, Number(dd)));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The later of two ISO dates. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
