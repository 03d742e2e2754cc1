// How the report and the consolidation write their figures: amounts in euros to the cent, rates
// with one decimal (« 93,3 % »), « — » where there is no rate, dates the French way.
import { formatEuros, formatNumber, formatPercent, type Block } from "@pacte/document";
import { getAxis } from "@pacte/model";

/** An amount of cents in euros: « 12 500,00 € ». */
export const euros = (cents: number): string => formatEuros(cents);

/** part ÷ whole as a percentage with one decimal, « — » when the whole is 0. */
export function share(part: number, whole: number): string {
  return whole === 0 ? "—" : formatPercent({ part, whole }, 1);
}

/** A rate computed for display (a number), with one decimal, « — » when absent. */
export function rate(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "—" : formatPercent(value, 1);
}

/** A figure of an indicator, « — » when absent. */
export function figure(value: number | undefined): string {
  return value === undefined ? "—" : formatNumber(value);
}

/** An axis as a heading names it: « Axe 1 – Prévenir la pauvreté… ». */
export function axisTitle(axis: number): string {
  const wording = getAxis(axis)?.wording;
  return wording === undefined ? `Axe ${axis}` : `Axe ${axis} – ${wording}`;
}

/**
 * Where a chart will go once the document model has a chart block kind (phase 2 of issue 15).
 * It gives nothing today: the table that follows each place is the accessible form of the same
 * data and stays when the chart comes. Search for `chartPlace(` to find every place.
 */
export function chartPlace(_id: ChartPlaceId): Block[] {
  return [];
}

/**
 * The places charts are planned for, by id: committed against spent by axis and by funder (the
 * report's summary), an action's indicators against their targets, and the consolidation's
 * committed against spent by axis, by region and by year, and indicators over the years.
 */
export type ChartPlaceId =
  | "report.committed-spent-by-axis"
  | "report.spent-by-funder"
  | "report.indicators-against-targets"
  | "consolidation.committed-spent-by-axis"
  | "consolidation.committed-spent-by-region"
  | "consolidation.committed-spent-by-year"
  | "consolidation.indicators-by-year";
