// Charts for tests and for looking at: one of each kind with long category names, missing values
// and axis titles, and the largest chart the limits allow (8 series × 60 categories).
import { DOCUMENT_LIMITS, documentOf, h1, p, type Chart, type Document } from "@pacte/document";

/** Grouped bars in euros (cents): long category names, a missing value, both axis titles. */
export const BAR_CHART: Chart = {
  type: "chart",
  id: "graphique-axes",
  kind: "bar",
  title: "Crédits engagés et dépensés par axe",
  unit: "euros",
  categories: [
    "Axe 1 : prévenir la pauvreté dès l’enfance",
    "Axe 2 : amplifier l’accès à l’emploi",
    "Axe 3 : lutter contre la grande exclusion",
    "Axe 4 : transition écologique solidaire",
  ],
  series: [
    { name: "Engagé", values: [800_000_000, 950_000_000, 425_000_000, 100_000_000] },
    { name: "Dépensé", values: [750_000_000, 900_000_000, null, 25_000_000] },
  ],
  categoryLabel: "Axe du Pacte",
  valueLabel: "Montant",
};

/** Stacked bars in euros: three financers a year, one missing. */
export const STACKED_CHART: Chart = {
  type: "chart",
  kind: "stackedBar",
  title: "Financement par année",
  unit: "euros",
  categories: ["2024", "2025", "2026", "2027"],
  series: [
    { name: "État", values: [100_000_000, 120_000_000, 130_000_000, 125_000_000] },
    { name: "Département", values: [90_000_000, 100_000_000, 110_000_000, 115_000_000] },
    { name: "CAF", values: [10_000_000, 15_000_000, null, 20_000_000] },
  ],
  categoryLabel: "Année",
};

/** Lines over years, the second series with missing years (its line broken there). */
export const LINE_CHART: Chart = {
  type: "chart",
  kind: "line",
  title: "Jeunes accompagnés",
  unit: "number",
  categories: ["2021", "2022", "2023", "2024", "2025", "2026", "2027"],
  series: [
    { name: "Objectif", values: [100, 120, 140, 160, 180, 200, 220] },
    { name: "Réalisé", values: [90, 130, null, 150, 175, null, null] },
  ],
  valueLabel: "Jeunes",
};

const MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

/** The largest chart the limits allow: 8 series of percentages over 60 months. */
export function largestChart(kind: Chart["kind"] = "bar"): Chart {
  const categories = Array.from({ length: DOCUMENT_LIMITS.maxChartCategories }, (_, i) => `${MONTHS[i % 12]} ${2022 + Math.floor(i / 12)}`);
  return {
    type: "chart",
    kind,
    title: "Taux de réalisation par mois et par mesure",
    unit: "percent",
    categories,
    series: Array.from({ length: DOCUMENT_LIMITS.maxChartSeries }, (_, k) => ({
      name: `Mesure ${k + 1}`,
      values: categories.map((_, i) => ((i * 37 + k * 11) % 100) / (kind === "stackedBar" ? 8 : 1)),
    })),
  };
}

/** A document with a chart of each kind, then the largest one. */
export function chartDocument(): Document {
  return documentOf({
    meta: { title: "Rapport d’exécution", createdAt: "2024-03-12" },
    body: [h1("Exécution du contrat", { id: "execution" }), p("Les graphiques qui suivent sont repris en tableaux."), BAR_CHART, STACKED_CHART, LINE_CHART, largestChart()],
  });
}
