import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Chart } from "./block";
import { CHART_COLORS, chartAltText, chartAxis, chartValueLabel, prepareChart } from "./prepare-chart";
import { prepareDocument } from "./prepare-document";
import { documentPlainText } from "./plain-text";

const NBSP = "\u00A0";
const bars: Chart = {
  type: "chart",
  kind: "bar",
  title: "Engagé et dépensé par axe",
  unit: "euros",
  categoryLabel: "Axe",
  categories: ["Axe 1", "Axe 2"],
  series: [
    { name: "Engagé", values: [8_000_000, 9_000_050] },
    { name: "Dépensé", values: [7_500_000, null] },
  ],
};

describe("chartValueLabel", () => {
  it("writes euros to the cent, as every amount of a contract, and a dash for no value", () => {
    expect(chartValueLabel(8_000_000, "euros")).toBe("80\u202F000,00\u00A0€");
    expect(chartValueLabel(8_000_050, "euros")).toBe("80\u202F000,50\u00A0€");
    expect(chartValueLabel(83.333, "percent")).toBe(`83,3${NBSP}%`);
    expect(chartValueLabel(1250, "number")).toBe("1\u202F250");
    expect(chartValueLabel(null, "percent")).toBe("—");
  });
});

describe("chartAxis", () => {
  it("goes from 0 to a round maximum above the highest value, in k€ or M€ after it", () => {
    const axis = chartAxis([8_000_000, 9_500_000], "euros", "Montant");
    expect(axis.max).toBe(10_000_000);
    expect(axis.ticks.map((t) => t.label)).toEqual(["0", "20", "40", "60", "80", "100"].map((v) => `${v}${NBSP}k€`));
    expect(axis.label).toBe("Montant");
    expect(chartAxis([12_345_678_900], "euros", undefined).ticks.at(-1)?.label).toBe(`125${NBSP}M€`);
    expect(chartAxis([900], "euros", undefined).ticks.at(-1)?.label).toBe(`10${NBSP}€`);
  });

  it("gives an axis to a chart of zeros", () => {
    expect(chartAxis([0, 0], "percent", undefined).ticks.map((t) => t.label)).toEqual(["0", "20", "40", "60", "80", "100"].map((v) => `${v}${NBSP}%`));
  });

  it("always covers every value with 1 to 10 intervals of a round step", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000_000_00 }), { minLength: 1, maxLength: 20 }), (values) => {
        const axis = chartAxis(values, "euros", undefined);
        expect(axis.max).toBeGreaterThanOrEqual(Math.max(...values));
        expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
        expect(axis.ticks.length).toBeLessThanOrEqual(11);
        expect(Number.isInteger(axis.step)).toBe(true);
        expect(axis.ticks.at(-1)?.value).toBe(axis.max);
        expect(new Set(axis.ticks.map((t) => t.label)).size).toBe(axis.ticks.length);
      }),
    );
  });
});

describe("chartAltText", () => {
  it("lists every value of a small chart, by series", () => {
    expect(chartAltText(bars, "fr")).toBe(
      `Graphique en barres groupées : Engagé et dépensé par axe. Engagé : 80\u202F000,00\u00A0€ (Axe 1), 90\u202F000,50\u00A0€ (Axe 2) ; Dépensé : 75\u202F000,00\u00A0€ (Axe 1), — (Axe 2). Les données figurent dans le tableau qui suit.`,
    );
  });

  it("summarises a large chart with its range and highest value", () => {
    const years = Array.from({ length: 13 }, (_, i) => String(2020 + i));
    const line: Chart = { type: "chart", kind: "line", title: "Jeunes", unit: "number", categories: years, series: [{ name: "Réalisé", values: years.map((_, i) => i * 10) }] };
    expect(chartAltText(line, "en")).toBe("Line chart: Jeunes. 1 series (Réalisé) over 13 categories, from 2020 to 2032. Highest value: Réalisé, 2032, 120. The data are in the table that follows.");
  });
});

describe("prepareChart", () => {
  it("gives the data table that follows the chart: a row per category, a column per series", () => {
    const p = prepareChart(bars, { width: 480, lang: "fr" });
    const text = (rows: typeof p.table.rows): string[][] => rows.map((r) => r.map((c) => c.content.map((i) => (i.type === "text" ? i.text : "")).join("")));
    expect(p.table.caption).toBe("Données du graphique : Engagé et dépensé par axe");
    expect(text(p.table.header)).toEqual([["Axe", "Engagé", "Dépensé"]]);
    expect(text(p.table.rows)).toEqual([
      ["Axe 1", "80\u202F000,00\u00A0€", "75\u202F000,00\u00A0€"],
      ["Axe 2", "90\u202F000,50\u00A0€", "—"],
    ]);
    expect(p.table.rowHeaders).toBe(true);
    expect(p.series.map((s) => s.color)).toEqual([CHART_COLORS[0], CHART_COLORS[1]]);
    expect(p.height).toBe(216);
    expect(p.width).toBe(480);
  });

  it("adds a total column to stacked bars and scales the axis to the highest total", () => {
    const p = prepareChart({ ...bars, kind: "stackedBar" }, { width: 480, lang: "fr" });
    expect(p.table.header[0]?.at(-1)?.content).toEqual([{ type: "text", text: "Total" }]);
    expect(p.table.rows[0]?.at(-1)?.content).toEqual([{ type: "text", text: "155\u202F000,00\u00A0€" }]);
    expect(p.axis.max).toBeGreaterThanOrEqual(15_500_000);
  });

  it("captions the data table of a chart without a title without a dangling colon", () => {
    expect(prepareChart({ ...bars, title: " " }, { width: 480, lang: "fr" }).table.caption).toBe("Données du graphique");
    expect(prepareChart({ ...bars, title: "" }, { width: 480, lang: "en" }).table.caption).toBe("Chart data");
    expect(chartAltText({ ...bars, title: "" }, "en")).toMatch(/^Grouped bar chart\. Engagé: /);
  });

  it("keeps the chart's own alternative text", () => {
    expect(prepareChart({ ...bars, alt: "Deux axes." }, { width: 480, lang: "fr" }).alt).toBe("Deux axes.");
  });
});

describe("charts in a document", () => {
  const doc = (chart: unknown): unknown => ({ meta: { title: "Rapport", createdAt: "2025-06-30" }, body: [chart] });

  it("are prepared once, with French typography on their texts", () => {
    const r = prepareDocument(doc({ ...bars, title: "Engagé: dépensé" }));
    expect(r.success).toBe(true);
    if (!r.success) return;
    const chart = r.data.document.body[0];
    const prepared = chart?.type === "chart" ? r.data.charts.get(chart) : undefined;
    expect(prepared?.title).toBe(`Engagé${NBSP}: dépensé`);
    expect(prepared?.table.caption).toBe(`Données du graphique${NBSP}: Engagé${NBSP}: dépensé`);
    expect(prepared?.width).toBe(r.data.geometry.textWidth);
  });

  it("read as their title then their data table in the plain text", () => {
    expect(documentPlainText(doc(bars) as never)).toEqual([
      "Engagé et dépensé par axe",
      `Données du graphique${NBSP}: Engagé et dépensé par axe`,
      "Axe",
      "Engagé",
      "Dépensé",
      "Axe 1",
      "80\u202F000,00\u00A0€",
      "75\u202F000,00\u00A0€",
      "Axe 2",
      "90\u202F000,50\u00A0€",
      "—",
    ]);
  });

  it("are refused with a path when a series does not match the categories, euros are not cents, or a limit is passed", () => {
    const r = prepareDocument(
      doc({
        ...bars,
        categories: Array.from({ length: 61 }, (_, i) => `C${i}`),
        series: [{ name: "Engagé", values: [1.5] }, ...Array.from({ length: 8 }, (_, i) => ({ name: `S${i}`, values: Array.from({ length: 61 }, () => 1) }))],
      }),
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    const found = r.issues.map((i) => [i.code, i.path.join(".")]);
    expect(found).toContainEqual(["document.chart_too_large", "body.0.series"]);
    expect(found).toContainEqual(["document.chart_too_large", "body.0.categories"]);
    expect(found).toContainEqual(["document.chart_series_length", "body.0.series.0.values"]);
    expect(found).toContainEqual(["document.chart_cents", "body.0.series.0.values.0"]);
    expect(r.issues.find((i) => i.code === "document.chart_series_length")?.message).toContain("1 valeur(s) pour 61 catégorie(s)");
  });

  it("refuses negative values through the schema, at the value's path", () => {
    const r = prepareDocument(doc({ ...bars, series: [{ name: "Engagé", values: [-1, 2] }] }));
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.some((i) => i.path.join(".") === "body.0.series.0.values.0")).toBe(true);
  });
});
