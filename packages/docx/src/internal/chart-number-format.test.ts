import { chartAxis, type ChartUnit } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { axisNumberFormat, cachedValue, localePrefix, valueNumberFormat } from "./chart-number-format";

const NBSP = "\u00A0";

/** What a number format gives for a value, as Word and LibreOffice apply it in French (enough of the format language for these codes). */
function applyFormat(code: string, value: number): string {
  const m = /^(?:\[\$-[0-9A-F]+\])?#,##0(?:\.(0+))?(,*)(?:"([^"]*)")?$/.exec(code);
  if (!m) throw new Error(`unexpected format ${code}`);
  const decimals = m[1]?.length ?? 0;
  const scaled = value / 1000 ** (m[2]?.length ?? 0);
  const [int, frac] = scaled.toFixed(decimals).split(".");
  const grouped = (int ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, "\u202F");
  return `${grouped}${frac === undefined ? "" : `,${frac}`}${m[3] ?? ""}`;
}

describe("cachedValue", () => {
  it.each([
    [8_000_050, "euros", 80_000.5],
    [1, "euros", 0.01],
    [85, "percent", 85],
    [1250, "number", 1250],
  ] as const)("%d %s → %d", (value, unit, expected) => {
    expect(cachedValue(value, unit)).toBe(expected);
  });
});

describe("axisNumberFormat", () => {
  it.each([
    ["k€ for tens of thousands of euros", [8_000_000, 9_500_000], "euros", `#,##0,"${NBSP}k€"`],
    ["M€ with a decimal for millions", [210_000_000, 222_500_000], "euros", `#,##0.0,,"${NBSP}M€"`],
    ["€ for small amounts", [50_000], "euros", `#,##0"${NBSP}€"`],
    ["% for percentages", [55.5, 90], "percent", `#,##0"${NBSP}%"`],
    ["nothing after plain numbers", [120, 150], "number", "#,##0"],
  ] as const)("%s", (_, values, unit, expected) => {
    expect(axisNumberFormat(chartAxis(values, unit, undefined))).toBe(expected);
  });

  it.each([
    [[8_000_000, 9_500_000], "euros"],
    [[210_000_000, 222_500_000], "euros"],
    [[5_000_000_000], "euros"],
    [[50_000], "euros"],
    [[1_234], "euros"],
    [[55.5, 90], "percent"],
    [[0.4], "percent"],
    [[120, 150], "number"],
    [[12_345], "number"],
    [[0.37], "number"],
  ] as [number[], ChartUnit][])("labels %j (%s) as the PDF does", (values, unit) => {
    const axis = chartAxis(values, unit, undefined);
    const code = axisNumberFormat(axis);
    const labels = axis.ticks.map((t) => applyFormat(code, cachedValue(t.value, unit)));
    // (The PDF's labels have U+202F between thousands and U+00A0 before the unit, as formatNumber writes them.)
    expect(labels).toEqual(axis.ticks.map((t) => t.label));
  });
});

describe("valueNumberFormat", () => {
  const series = (values: (number | null)[]) => [{ name: "S", color: "000091", values, labels: [] }];
  it.each([
    ["whole euros", "euros", [100_000, null], `#,##0"${NBSP}€"`],
    ["euros with cents", "euros", [100_050, 100], `#,##0.00"${NBSP}€"`],
    ["whole percentages", "percent", [85, 90], `#,##0"${NBSP}%"`],
    ["a percentage with decimals", "percent", [72.25, null], `#,##0.0"${NBSP}%"`],
    ["numbers with two decimals at most", "number", [1.125, 3], "#,##0.00"],
    ["no value at all", "number", [null], "#,##0"],
  ] as const)("%s", (_, unit, values, expected) => {
    expect(valueNumberFormat({ unit, series: series([...values]) })).toBe(expected);
  });
});

describe("localePrefix", () => {
  it.each([
    ["fr-FR", "[$-40C]"],
    ["fr", "[$-40C]"],
    ["FR-be", "[$-80C]"],
    ["fr-CA", "[$-C0C]"],
    ["en-GB", "[$-809]"],
    ["en-AU", "[$-409]"],
    ["tlh", ""],
  ])("%s → %j", (language, expected) => {
    expect(localePrefix(language)).toBe(expected);
  });
});
