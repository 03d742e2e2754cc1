// How the report and the consolidation write their figures: amounts in euros to the cent, rates
// with one decimal (« 93,3 % »), « — » where there is no rate, dates the French way.
import { formatEuros, formatNumber, formatPercent, type Chart } from "@pacte/document";
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

/** What a chart of committed against spent, or spent by funder, is drawn from: a group's amounts. */
export interface ChartAmounts {
  readonly committed: { readonly state: number; readonly collectivite: number; readonly others: number; readonly total: number };
  readonly spent: { readonly state: number; readonly collectivite: number; readonly others: number; readonly total: number };
}

/**
 * A bar chart of committed against spent, every funder together, one pair of bars per group
 * (an axis, a year, a region); its data table follows it in both formats.
 */
export function committedSpentChart(title: string, categoryLabel: string, groups: ReadonlyArray<{ readonly label: string; readonly amounts: ChartAmounts }>): Chart {
  return {
    type: "chart",
    kind: "bar",
    title,
    unit: "euros",
    categoryLabel,
    valueLabel: "Montant",
    categories: groups.map((g) => g.label),
    series: [
      { name: "Engagé", values: groups.map((g) => g.amounts.committed.total) },
      { name: "Dépensé", values: groups.map((g) => g.amounts.spent.total) },
    ],
  };
}

/** A stacked bar chart of what each funder spent, one bar per group. */
export function spentByFunderChart(title: string, categoryLabel: string, groups: ReadonlyArray<{ readonly label: string; readonly amounts: ChartAmounts }>): Chart {
  return {
    type: "chart",
    kind: "stackedBar",
    title,
    unit: "euros",
    categoryLabel,
    valueLabel: "Montant dépensé",
    categories: groups.map((g) => g.label),
    series: [
      { name: "État", values: groups.map((g) => g.amounts.spent.state) },
      { name: "Collectivité", values: groups.map((g) => g.amounts.spent.collectivite) },
      { name: "Autres financeurs", values: groups.map((g) => g.amounts.spent.others) },
    ],
  };
}
