import { z } from "zod";
import type { DateRange } from "./date-range";
import { isIsoDate, type IsoDate } from "./iso-date";
import type { Lang } from "@pacte/issues";
import type { Result } from "@pacte/issues";
import { addModelIssue, safeParseWith } from "./validate";
import { PacteError } from "@pacte/issues";

const YEAR_MIN = 1900;
const YEAR_MAX = 2200;

/**
 * A civil year, an integer from 1900 to 2200 (issue `period.year`).
 *
 * @example
 * YearSchema.parse(2024) //=> 2024
 * YearSchema.safeParse(24).success //=> false
 */
export const YearSchema = z
  .number()
  .superRefine((value, ctx) => {
    if (!Number.isInteger(value) || value < YEAR_MIN || value > YEAR_MAX) {
      addModelIssue(ctx, "period.year", { received: value });
    }
  })
  .meta({ type: "integer", minimum: YEAR_MIN, maximum: YEAR_MAX, description: "Année civile.", examples: [2024] });
/** A civil year between 1900 and 2200. */
export type Year = z.infer<typeof YearSchema>;

/**
 * A period of whole civil years, both ends included: `{ start: 2024, end: 2027 }` is
 * 1 January 2024 to 31 December 2027. A start after the end gives `period.order`.
 *
 * @example
 * PeriodSchema.parse({ start: 2024, end: 2027 }) //=> { start: 2024, end: 2027 }
 * PeriodSchema.safeParse({ start: 2027, end: 2024 }).success //=> false
 */
export const PeriodSchema = z
  .object({ start: YearSchema, end: YearSchema })
  .strict()
  .superRefine((value, ctx) => {
    if (value.start > value.end) addModelIssue(ctx, "period.order", { start: value.start, end: value.end });
  });
/** A period of civil years, both ends included. */
export type Period = z.infer<typeof PeriodSchema>;

const PERIOD_TEXT = /^(?:de\s+)?(\d{4})(?:\s*(?:[-\u2010\u2011\u2012\u2013\u2014]|\s(?:à|a|au)\s)\s*(\d{4}))?$/i;

/** `{ start, end }` from "2024–2027", "2024-2027", "2024 à 2027", "de 2024 à 2027" or "2024". */
function periodOfText(text: string): { start: number; end: number } | undefined {
  const m = PERIOD_TEXT.exec(text.trim());
  if (m === null) return undefined;
  const start = Number(m[1]);
  return { start, end: m[2] === undefined ? start : Number(m[2]) };
}

const YEAR_JSON = { type: "integer", minimum: YEAR_MIN, maximum: YEAR_MAX, description: "Année civile.", examples: [2024] };

/**
 * A period as a person writes it — `"2024–2027"` (en dash), `"2024-2027"`, `"2024 à 2027"`,
 * `"de 2024 à 2027"`, a single year `"2024"` or `2024` — or as a {@link Period} object; the output is
 * always a {@link Period}. An unreadable string gives `period.format`, then the years and their
 * order are checked as in {@link PeriodSchema}.
 *
 * @example
 * PeriodInputSchema.parse("2024 à 2027") //=> { start: 2024, end: 2027 }
 * PeriodInputSchema.parse({ start: 2024, end: 2027 }) //=> { start: 2024, end: 2027 }
 */
export const PeriodInputSchema = z
  .unknown()
  .meta({
    anyOf: [
      { type: "string", examples: ["2024–2027", "2024-2027", "2024 à 2027"] },
      YEAR_JSON,
      {
        type: "object",
        properties: { start: YEAR_JSON, end: YEAR_JSON },
        required: ["start", "end"],
        additionalProperties: false,
      },
    ],
  })
  .transform((input, ctx) => {
    if (typeof input !== "string" && typeof input !== "number") return input;
    const period = typeof input === "number" ? { start: input, end: input } : periodOfText(input);
    if (period === undefined) {
      addModelIssue(ctx, "period.format", { received: input });
      return z.NEVER;
    }
    // A single year that is not a year: one issue, not one for each end.
    if (period.start === period.end && !YearSchema.safeParse(period.start).success) {
      addModelIssue(ctx, "period.year", { received: period.start });
      return z.NEVER;
    }
    return period;
  })
  .pipe(PeriodSchema);
/** What {@link PeriodInputSchema} accepts: a string such as `"2024–2027"`, a year, or a {@link Period}. */
export type PeriodInput = string | number | Period;

/**
 * Reads a period (see {@link PeriodInputSchema}) and returns it, or its issues, in French
 * by default. Never throws.
 *
 * @example
 * safeParsePeriod("2024-2027") //=> { success: true, data: { start: 2024, end: 2027 }, warnings: [] }
 * safeParsePeriod("2027-2024").success //=> false (period.order)
 */
export function safeParsePeriod(input: unknown, options: { lang?: Lang } = {}): Result<Period> {
  return safeParseWith(PeriodInputSchema, input, options);
}

/**
 * Reads a period (see {@link PeriodInputSchema}).
 *
 * @throws {PacteError} with `period.format`, `period.year` or `period.order`.
 * @example
 * parsePeriod("2024–2027") //=> { start: 2024, end: 2027 }
 */
export function parsePeriod(input: unknown, options: { lang?: Lang } = {}): Period {
  const result = safeParsePeriod(input, options);
  if (!result.success) throw new PacteError(result.issues);
  return result.data;
}

/**
 * The years of a period, in order, both ends included.
 *
 * @example
 * yearsOf({ start: 2024, end: 2027 }) //=> [2024, 2025, 2026, 2027]
 */
export function yearsOf(period: Period): Year[] {
  const years: Year[] = [];
  for (let y = period.start; y <= period.end; y++) years.push(y);
  return years;
}

/**
 * True when the year lies in the period, both ends included.
 *
 * @example
 * periodContainsYear({ start: 2024, end: 2027 }, 2027) //=> true
 * periodContainsYear({ start: 2024, end: 2027 }, 2028) //=> false
 */
export function periodContainsYear(period: Period, year: number): boolean {
  return year >= period.start && year <= period.end;
}

/**
 * True when the ISO date falls in one of the period's years (1 January of the first to
 * 31 December of the last); `false` for a string that is not a real date.
 *
 * @example
 * periodContainsDate({ start: 2024, end: 2027 }, "2027-12-31") //=> true
 * periodContainsDate({ start: 2024, end: 2027 }, "2023-12-31") //=> false
 */
export function periodContainsDate(period: Period, date: IsoDate): boolean {
  return isIsoDate(date) && periodContainsYear(period, Number(date.slice(0, 4)));
}

/**
 * The dates a period covers: 1 January of its first year to 31 December of its last.
 *
 * @example
 * dateRangeOfPeriod({ start: 2024, end: 2027 }) //=> { start: "2024-01-01", end: "2027-12-31" }
 */
export function dateRangeOfPeriod(period: Period): DateRange {
  return { start: `${period.start}-01-01`, end: `${period.end}-12-31` };
}

/**
 * Writes a period the French way, years joined by an en dash: `"2024–2027"`; a one-year
 * period is its year.
 *
 * @example
 * formatPeriod({ start: 2024, end: 2027 }) //=> "2024–2027"
 * formatPeriod({ start: 2024, end: 2024 }) //=> "2024"
 */
export function formatPeriod(period: Period): string {
  return period.start === period.end ? String(period.start) : `${period.start}\u2013${period.end}`;
}
