import { CHART_COLORS, defaultTheme, prepareChart, type Chart } from "@pacte/document";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { barChart, lineChart, stackedChart } from "../test-support/chart-document";
import { readChart } from "../test-support/read-chart";
import { chartSpaceXml, columnName } from "./chart-xml";

const NBSP = "\u00A0";
const xmlOf = (chart: Chart, language = "fr-FR") => chartSpaceXml(prepareChart(chart, { width: 481.89, lang: "fr" }), defaultTheme, language);
/** The values a chart part must cache: euros in euros, the rest as given, `null` kept where a value is missing. */
const expectedValues = (chart: Chart) => chart.series.map((s) => s.values.map((v) => (v === null ? null : chart.unit === "euros" ? v / 100 : v)));

describe("chartSpaceXml", () => {
  it.each([
    ["bar", barChart],
    ["stackedBar", stackedChart],
    ["line", lineChart],
  ] as const)("caches exactly the data of a %s chart: categories, series names, values (euros / 100), missing values left out", (kind, chart) => {
    const xml = xmlOf(chart);
    expect(XMLValidator.validate(xml)).toBe(true);
    const read = readChart(xml);
    expect(read.kind).toBe(kind);
    expect(read.categories).toEqual(chart.categories);
    expect(read.categoriesAgree).toBe(true);
    expect(read.series.map((s) => s.name)).toEqual(chart.series.map((s) => s.name));
    expect(read.series.map((s) => s.values)).toEqual(expectedValues(chart));
    expect(read.series.map((s) => s.color)).toEqual(chart.series.map((_, k) => CHART_COLORS[k]));
    // No title of its own (the document prints it above), the legend above the plot as in the PDF, no embedded workbook.
    expect(read.autoTitleDeleted).toBe(true);
    expect(read.legend).toBe("t");
    expect(read.externalData).toBe(false);
    expect(read.categoryAxisTitle).toBe(chart.categoryLabel);
    expect(read.valueAxis.title).toBe(chart.valueLabel);
  });

  it("leaves a missing value's point out of the cache, keeping the count of categories", () => {
    const xml = xmlOf(barChart);
    // Dépensé has no value for the second axis: three points for four categories.
    const second = xml.split("<c:ser>")[2] ?? "";
    expect(second).toContain('<c:ptCount val="4"/><c:pt idx="0"><c:v>75000</c:v></c:pt><c:pt idx="2"><c:v>90000</c:v></c:pt><c:pt idx="3">');
    expect(readChart(xmlOf(barChart)).series[1]?.formatCode).toBe(`[$-40C]#,##0.00"${NBSP}€"`);
  });

  it("scales the value axis as the prepared chart does, in the cached unit, with labels read as the PDF's", () => {
    const bar = readChart(xmlOf(barChart)).valueAxis;
    const axis = prepareChart(barChart, { width: 481.89, lang: "fr" }).axis;
    expect(bar).toMatchObject({ min: 0, max: axis.max / 100, majorUnit: axis.step / 100, format: `[$-40C]#,##0,"${NBSP}k€"` });
    expect(axis.ticks.at(-1)?.label).toBe(`100${NBSP}k€`);
    expect(readChart(xmlOf(stackedChart)).valueAxis).toMatchObject({ min: 0, max: 2_500_000, majorUnit: 500_000, format: `[$-40C]#,##0.0,,"${NBSP}M€"` });
    expect(readChart(xmlOf(lineChart)).valueAxis).toMatchObject({ min: 0, max: 100, majorUnit: 20, format: `[$-40C]#,##0"${NBSP}%"` });
    // A language the format's locale codes do not know: the reader's separators.
    expect(readChart(xmlOf(lineChart, "tlh")).valueAxis.format).toBe(`#,##0"${NBSP}%"`);
  });

  it("stacks bars with a full overlap, groups them otherwise, and draws lines with markers", () => {
    expect(xmlOf(stackedChart)).toMatch(/<c:grouping val="stacked"\/>.*<c:overlap val="100"\/>/);
    expect(xmlOf(barChart)).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(xmlOf(barChart)).not.toContain("<c:overlap");
    const line = xmlOf(lineChart);
    expect(line.match(/<c:marker><c:symbol val="circle"\/>/g)).toHaveLength(lineChart.series.length);
    expect(line).toContain('<c:dispBlanksAs val="gap"/>');
  });

  it("writes the document's language and font", () => {
    const xml = xmlOf(barChart);
    expect(xml).toContain('<c:lang val="fr-FR"/>');
    expect(xml).toContain('<a:latin typeface="Arial"/>');
    expect(xml).toContain('<c:roundedCorners val="0"/>');
  });

  it("gives the same text for the same chart", () => {
    expect(xmlOf(stackedChart)).toBe(xmlOf(structuredClone(stackedChart)));
  });

  it("keeps any text and any values well-formed and reads them back exactly", () => {
    const text = fc.oneof(fc.constantFrom(`<&>"'`, "]]>", "&amp;", "😀 🇫🇷", "שלום", "  "), fc.string({ unit: "grapheme", maxLength: 20 }).map((t) => t.replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, "")));
    const chart = fc
      .record({
        kind: fc.constantFrom("bar" as const, "stackedBar" as const, "line" as const),
        unit: fc.constantFrom("euros" as const, "percent" as const, "number" as const),
        categories: fc.array(text, { minLength: 1, maxLength: 12 }),
        names: fc.array(text.filter((t) => t !== ""), { minLength: 1, maxLength: 8 }),
        seed: fc.array(fc.option(fc.integer({ min: 0, max: 2_000_000_000_000 }), { nil: null }), { minLength: 96, maxLength: 96 }),
        label: fc.option(text, { nil: undefined }),
      })
      .map(({ kind, unit, categories, names, seed, label }): Chart => ({
        type: "chart",
        kind,
        title: "T",
        unit,
        categories,
        series: names.map((name, k) => ({ name, values: categories.map((_, i) => seed[k * 12 + i] ?? null) })),
        ...(label === undefined ? {} : { valueLabel: label, categoryLabel: label }),
      }));
    fc.assert(
      fc.property(chart, (c) => {
        const xml = xmlOf(c);
        expect(XMLValidator.validate(xml)).toBe(true);
        const read = readChart(xml);
        expect(read.categories).toEqual(c.categories);
        expect(read.series.map((s) => s.name)).toEqual(c.series.map((s) => s.name));
        expect(read.series.map((s) => s.values)).toEqual(expectedValues(c));
        expect(read.valueAxis.max).toBeGreaterThanOrEqual(Math.max(0, ...expectedValues(c).flat().map((v) => v ?? 0)) - 1e-9);
      }),
      { numRuns: 150 },
    );
  });
});

describe("columnName", () => {
  it.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("%d → %s", (index, name) => {
    expect(columnName(index)).toBe(name);
  });
});
