import { deepFreeze, type Lang } from "@pacte/issues";
import type { Chart, ChartUnit, Table } from "./block";
import { formatEuros } from "./typography/format-euros";
import { formatNumber } from "./typography/format-number";

/**
 * The colours of a chart's series, in order: Bleu France, then colours told apart by people
 * with the common colour-vision deficiencies (after Okabe and Ito), all at least 3:1 against white
 * but the sky blue, which is never alone (the data table repeats every value).
 *
 * @example
 * CHART_COLORS[0] //=> "000091"
 */
export const CHART_COLORS = deepFreeze(["000091", "E69F00", "009E73", "D55E00", "56B4E9", "CC79A7", "6A6A6A", "8C510A"] as const);

/** The height of a chart in points when it gives none (3 inches). */
export const DEFAULT_CHART_HEIGHT = 216;

/**
 * A graduation of a chart's value axis: its value (in the chart's unit, cents for euros) and its
 * label (« 50 k€ », « 25 % », « 1 000 »).
 *
 * @example
 * const t: ChartTick = { value: 5_000_000, label: "50 k€" };
 */
export interface ChartTick {
  readonly value: number;
  readonly label: string;
}

/**
 * The value axis of a prepared chart: from 0 to `max` by `step`, with its graduations, its
 * title (`label`) and, for a spreadsheet's number format, how its values are shown
 * (`divisor`: what a value in `unit` is divided by before its `suffix`; a euro value in cents is
 * first divided by 100).
 *
 * @example
 * const axis: ChartAxis = { max: 10_000_000, step: 2_500_000, ticks: [], label: "Montant", divisor: 1000, suffix: "k€", decimals: 0 };
 */
export interface ChartAxis {
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly ChartTick[];
  readonly label: string | undefined;
  readonly divisor: number;
  readonly suffix: string;
  readonly decimals: number;
}

/**
 * One series of a prepared chart: its name, its colour (RGB hex, no « # »), its values as given
 * (cents for euros; `null` where there is none) and each value as the data table shows it.
 *
 * @example
 * const s: PreparedChartSeries = { name: "Engagé", color: "000091", values: [8_000_000], labels: ["80 000,00 €"] };
 */
export interface PreparedChartSeries {
  readonly name: string;
  readonly color: string;
  readonly values: readonly (number | null)[];
  readonly labels: readonly string[];
}

/**
 * A chart with everything both renderers draw decided once: its title (printed above it, like a
 * table's caption), kind, categories, series with their colours and labels, value axis, size,
 * alternative text (the chart's own `alt`, else generated from the data) and the data table that
 * follows it (an ordinary {@link Table}: both renderers draw it as they draw any table).
 *
 * @example
 * const p = prepareChart(chart, { width: 481.89, lang: "fr" });
 * p.table.header[0]?.map((c) => c.content) // the data table's header
 */
export interface PreparedChart {
  readonly kind: Chart["kind"];
  readonly unit: ChartUnit;
  readonly title: string;
  readonly categories: readonly string[];
  readonly categoryLabel: string | undefined;
  readonly series: readonly PreparedChartSeries[];
  readonly axis: ChartAxis;
  readonly alt: string;
  readonly table: Table;
  readonly width: number;
  readonly height: number;
}

/**
 * Options of {@link prepareChart}: the width of the text area the chart spans, the language of
 * the words it writes itself (alternative text, data table's caption and first header), and the
 * typography applied to those words (French spacing in a French document).
 *
 * @example
 * const o: PrepareChartOptions = { width: 481.89, lang: "fr", fix: (s) => s };
 */
export interface PrepareChartOptions {
  readonly width: number;
  readonly lang: Lang;
  readonly fix?: (text: string) => string;
}

const NBSP = "\u00A0";

const KIND_LABEL: Record<Lang, Record<Chart["kind"], string>> = {
  fr: { bar: "Graphique en barres groupées", stackedBar: "Graphique en barres empilées", line: "Graphique en courbes" },
  en: { bar: "Grouped bar chart", stackedBar: "Stacked bar chart", line: "Line chart" },
};

const decimalsOf = (x: number): number => {
  for (let d = 0; d < 4; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-9) return d;
  return 4;
};

/** A step of 1, 2, 2.5 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5]) if (m * power >= raw - 1e-9 * power) return m * power;
  return 10 * power;
}

/**
 * One value as the data table and the alternative text write it: euros to the cent, as every
 * amount of a contract or a report is written (« 80 000,00 € »), percentages and numbers with
 * at most one and two decimals.
 *
 * @example
 * chartValueLabel(8_000_000, "euros") //=> "80 000,00 €"
 * chartValueLabel(83.333, "percent") //=> "83,3 %"
 * chartValueLabel(null, "number") //=> "—"
 */
export function chartValueLabel(value: number | null, unit: ChartUnit): string {
  if (value === null) return "—";
  switch (unit) {
    case "euros":
      return formatEuros(Math.round(value));
    case "percent": {
      const rounded = Math.round(value * 10) / 10;
      return `${formatNumber(rounded, { decimals: decimalsOf(rounded) })}${NBSP}%`;
    }
    case "number": {
      const rounded = Math.round(value * 100) / 100;
      return formatNumber(rounded, { decimals: decimalsOf(rounded) });
    }
    default:
      return assertNeverUnit(unit);
  }
}

function assertNeverUnit(unit: never): never {
  throw new Error(`Unexpected chart unit ${String(unit)}`);
}

/**
 * The value axis of a chart: from 0 to a round maximum above the highest value (the highest sum
 * of a category for stacked bars), in four to six graduations of 1, 2, 2.5 or 5 times a power
 * of ten; euro labels in €, k€ or M€ after the maximum, so that they stay short.
 *
 * @example
 * chartAxis([8_000_000, 9_500_000], "euros", undefined).ticks.map((t) => t.label)
 * //=> ["0 k€", "20 k€", "40 k€", "60 k€", "80 k€", "100 k€"] (U+00A0 before the unit)
 */
export function chartAxis(values: readonly number[], unit: ChartUnit, label: string | undefined): ChartAxis {
  const highest = values.reduce((m, v) => Math.max(m, v), 0);
  const fallback = unit === "euros" ? 10_000 : unit === "percent" ? 100 : 1;
  const top = highest > 0 ? highest : fallback;
  let step = niceStep(top / 5);
  if (unit === "euros") step = Math.max(100, Math.round(step));
  const intervals = Math.max(1, Math.ceil(top / step - 1e-9));
  const max = intervals * step;
  const euros = unit === "euros" ? max / 100 : 0;
  const divisor = unit !== "euros" ? 1 : euros >= 1_000_000 ? 1_000_000 : euros >= 10_000 ? 1000 : 1;
  const suffix = unit === "euros" ? (divisor === 1_000_000 ? "M€" : divisor === 1000 ? "k€" : "€") : unit === "percent" ? "%" : "";
  const scale = unit === "euros" ? 100 * divisor : 1;
  const decimals = Math.min(2, decimalsOf(step / scale));
  const ticks: ChartTick[] = [];
  for (let i = 0; i <= intervals; i++) {
    const value = i * step;
    const shown = formatNumber(Math.round((value / scale) * 100) / 100, { decimals });
    ticks.push({ value, label: suffix === "" ? shown : `${shown}${NBSP}${suffix}` });
  }
  return { max, step, ticks, label, divisor, suffix, decimals };
}

/** The highest value of the chart, its series and its category. */
function highestPoint(chart: Chart): { series: string; category: string; value: number } | undefined {
  let best: { series: string; category: string; value: number } | undefined;
  for (const s of chart.series) {
    s.values.forEach((v, i) => {
      if (v !== null && (best === undefined || v > best.value)) best = { series: s.name, category: chart.categories[i] ?? "", value: v };
    });
  }
  return best;
}

/**
 * The alternative text generated from a chart's data: its kind and title, then every value by
 * series when there are at most 12, else the series, the categories' range and the highest
 * value; it ends by pointing at the data table that follows.
 *
 * @example
 * chartAltText({ type: "chart", kind: "bar", title: "Dépenses", unit: "euros", categories: ["2024"], series: [{ name: "État", values: [100_000] }] }, "fr")
 * //=> "Graphique en barres groupées : Dépenses. État : 1 000,00 € (2024). Les données figurent dans le tableau qui suit."
 */
export function chartAltText(chart: Chart, lang: Lang): string {
  const points = chart.series.length * chart.categories.length;
  const colon = lang === "fr" ? " :" : ":";
  const head = chart.title.trim() === "" ? `${KIND_LABEL[lang][chart.kind]}.` : `${KIND_LABEL[lang][chart.kind]}${colon} ${chart.title}.`;
  const tail = lang === "fr" ? "Les données figurent dans le tableau qui suit." : "The data are in the table that follows.";
  if (points <= 12) {
    const series = chart.series.map((s) => {
      const values = s.values.map((v, i) => `${chartValueLabel(v, chart.unit)} (${chart.categories[i] ?? ""})`);
      return `${s.name}${colon} ${values.join(", ")}`;
    });
    return `${head} ${series.join(lang === "fr" ? " ; " : "; ")}. ${tail}`;
  }
  const first = chart.categories[0] ?? "";
  const last = chart.categories[chart.categories.length - 1] ?? "";
  const names = chart.series.map((s) => s.name).join(", ");
  const high = highestPoint(chart);
  const count = chart.series.length;
  const body =
    lang === "fr"
      ? `${count} série${count > 1 ? "s" : ""} (${names}) sur ${chart.categories.length} catégories, de ${first} à ${last}.` +
        (high === undefined ? "" : ` Valeur la plus haute : ${high.series}, ${high.category}, ${chartValueLabel(high.value, chart.unit)}.`)
      : `${count} series (${names}) over ${chart.categories.length} categories, from ${first} to ${last}.` +
        (high === undefined ? "" : ` Highest value: ${high.series}, ${high.category}, ${chartValueLabel(high.value, chart.unit)}.`);
  return `${head} ${body} ${tail}`;
}

const text = (t: string): Table["rows"][number][number] => ({ content: [{ type: "text", text: t }] });

/**
 * Decides, once for both renderers, how a chart is drawn and read: see {@link PreparedChart}.
 * The data table has one row per category and one column per series (and a « Total » column
 * for stacked bars), its first cell heading its row; its caption is « Données du graphique :
 * <title> » (« Données du graphique » alone for a chart without a title).
 *
 * @example
 * const p = prepareChart({ type: "chart", kind: "line", title: "Jeunes accompagnés", unit: "number", categories: ["2024", "2025"], series: [{ name: "Réalisé", values: [120, 150] }] }, { width: 480, lang: "fr" });
 * p.axis.ticks.map((t) => t.label) //=> ["0", "50", "100", "150"]
 */
export function prepareChart(chart: Chart, options: PrepareChartOptions): PreparedChart {
  const fix = options.fix ?? ((s: string): string => s);
  const { lang } = options;
  const stacked = chart.kind === "stackedBar";
  const sums = chart.categories.map((_, i) => chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const all = stacked ? sums : chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const axis = chartAxis(all, chart.unit, chart.valueLabel);
  const series = chart.series.map((s, k) => ({
    name: s.name,
    color: CHART_COLORS[k % CHART_COLORS.length] ?? CHART_COLORS[0],
    values: s.values,
    labels: s.values.map((v) => chartValueLabel(v, chart.unit)),
  }));
  const first = chart.categoryLabel ?? (lang === "fr" ? "Catégorie" : "Category");
  const header = [text(first), ...series.map((s) => ({ ...text(s.name), align: "right" as const })), ...(stacked ? [{ ...text("Total"), align: "right" as const }] : [])];
  const rows = chart.categories.map((category, i) => [
    text(category),
    ...series.map((s) => text(s.labels[i] ?? "—")),
    ...(stacked ? [text(chartValueLabel(sums[i] ?? 0, chart.unit))] : []),
  ]);
  const columns: Table["columns"] = [{}, ...header.slice(1).map(() => ({ align: "right" as const }))];
  const table: Table = {
    type: "table",
    caption: fix(chart.title.trim() === "" ? (lang === "fr" ? "Données du graphique" : "Chart data") : lang === "fr" ? `Données du graphique : ${chart.title}` : `Chart data: ${chart.title}`),
    columns,
    header: [header],
    rows,
    totals: [],
    rowHeaders: true,
  };
  return {
    kind: chart.kind,
    unit: chart.unit,
    title: chart.title,
    categories: chart.categories,
    categoryLabel: chart.categoryLabel,
    series,
    axis,
    alt: chart.alt ?? fix(chartAltText(chart, lang)),
    table,
    width: options.width,
    height: chart.height ?? DEFAULT_CHART_HEIGHT,
  };
}
