import { isMonthDay, modelIssue, PacteError, type IsoDate } from "@pacte/model";
import { contractIssue } from "../issues";
import type { ProfileData } from "../profile-data";

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The ISO date of a day of the year (`MM-DD`) in a year. `02-29` in a year without one is the
 * profile's `february29` (28 February or 1 March); validation refuses it when the profile says
 * nothing, so a checked contract never reaches that case.
 *
 * @throws {PacteError} for a day that does not exist (`date.month_day`) or a 29 February the
 * profile refuses (`contract.february_29`) — a contract that was not checked.
 */
export function monthDayIn(year: number, monthDay: string, profile: Pick<ProfileData, "id" | "february29">): IsoDate {
  if (!isMonthDay(monthDay)) throw new PacteError([modelIssue("date.month_day", [], { received: monthDay })]);
  const y = String(year).padStart(4, "0");
  if (monthDay !== "02-29" || isLeap(year)) return `${y}-${monthDay}`;
  switch (profile.february29) {
    case "february-28":
      return `${y}-02-28`;
    case "march-1":
      return `${y}-03-01`;
    case "refused":
      throw new PacteError([contractIssue("contract.february_29", [], { profile: profile.id })]);
  }
}

/** The later of two ISO dates. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
