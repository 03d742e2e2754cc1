import type { Block, Chart, Document } from "@pacte/document";

/** A bar chart in euros (cents), with a missing value. */
export const barChart: Chart = {
  type: "chart",
  kind: "bar",
  title: "Crédits engagés et dépensés par axe",
  unit: "euros",
  categories: ["Axe 1 – Enfance", "Axe 2 – Emploi", "Axe 3 – Accès aux droits", "Axe 4 – Transition"],
  series: [
    { name: "Engagé", values: [8_000_000, 6_250_050, 9_500_000, 3_000_000] },
    { name: "Dépensé", values: [7_500_000, null, 9_000_000, 1_250_000] },
  ],
  categoryLabel: "Axe",
  valueLabel: "Montant",
};

/** A stacked bar chart in euros (cents), three series, one value missing. */
export const stackedChart: Chart = {
  type: "chart",
  kind: "stackedBar",
  title: "Financement par année et par financeur",
  unit: "euros",
  categories: ["2024", "2025", "2026", "2027"],
  series: [
    { name: "État", values: [120_000_000, 125_000_000, 130_000_000, null] },
    { name: "Département", values: [80_000_000, 85_000_000, 90_000_000, 95_000_000] },
    { name: "Autres", values: [10_000_000, 12_500_000, 0, 20_000_000] },
  ],
  categoryLabel: "Année",
  valueLabel: "Montant",
};

/** A line chart in percent, one year not reported yet. */
export const lineChart: Chart = {
  type: "chart",
  kind: "line",
  title: "Taux d’accompagnement des jeunes",
  unit: "percent",
  categories: ["2024", "2025", "2026", "2027"],
  series: [
    { name: "Objectif", values: [60, 70, 80, 90] },
    { name: "Réalisé", values: [55.5, 72.25, 78, null] },
  ],
  categoryLabel: "Année",
  valueLabel: "Taux",
  height: 180,
};

const p = (text: string): Block => ({ type: "paragraph", content: [{ type: "text", text }] });

const HEADINGS = ["Engagements", "Financement", "Accompagnement des jeunes"];

/**
 * A short report with a table of contents and the three kinds of chart, each after a heading and
 * a paragraph; with `charts: false`, the same document without them (to compare what the charts
 * draw).
 */
export function chartDocument(options: { charts?: boolean } = {}): Document {
  const charts = options.charts !== false;
  const body: Block[] = [
    { type: "toc", maxLevel: 2 },
    { type: "heading", level: 1, id: "bilan", label: "Article 1", text: "Bilan de l’exécution" },
    p("Le présent rapport présente l’exécution du contrat."),
  ];
  for (const [i, chart] of [barChart, stackedChart, lineChart].entries()) {
    body.push({ type: "heading", level: 2, id: `bilan-${i + 1}`, label: `1.${i + 1}`, text: HEADINGS[i] ?? "" });
    body.push(p("Les montants sont exprimés en euros ; les données figurent dans le tableau qui suit le graphique."));
    if (charts) body.push(chart);
  }
  body.push({ type: "heading", level: 1, id: "suite", label: "Article 2", text: "Suite" });
  body.push(p("Fin du rapport."));
  return { meta: { title: "Rapport d’exécution", createdAt: "2025-03-01", language: "fr-FR" }, body };
}
