import { assertNever, type PreparedChart } from "@pacte/document";
import type { PathOp } from "./page-canvas";

/**
 * The plot of a chart: the rectangle inside its axes, from the page's top edge.
 *
 * @example
 * const plot: PlotArea = { left: 90, top: 140, width: 440, height: 150 };
 */
export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A bar (or a stacked bar's segment): its series, category, box (from the top edge) and colour.
 *
 * @example
 * const bar: ChartBar = { series: 0, category: 2, x: 120, top: 180, width: 20, height: 110, color: "000091" };
 */
export interface ChartBar {
  readonly series: number;
  readonly category: number;
  readonly x: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
}

/**
 * A point of a line chart: its category and where it is (from the top edge).
 *
 * @example
 * const p: ChartPoint = { category: 0, x: 100, y: 250 };
 */
export interface ChartPoint {
  readonly category: number;
  readonly x: number;
  readonly y: number;
}

/**
 * One series of a line chart: its colour, its runs of consecutive values (a `null` value ends a
 * run: the line is broken there) and every point with a value (each gets a marker).
 *
 * @example
 * const line: ChartLine = { series: 0, color: "000091", runs: [[p0, p1], [p3]], points: [p0, p1, p3] };
 */
export interface ChartLine {
  readonly series: number;
  readonly color: string;
  readonly runs: readonly (readonly ChartPoint[])[];
  readonly points: readonly ChartPoint[];
}

/**
 * What a chart draws in its plot: bars (grouped or stacked) or lines, with the x of each
 * category's centre and the width of a category.
 *
 * @example
 * chartMarks(prepared, plot).bars.length //=> 4
 */
export interface ChartMarks {
  readonly bars: readonly ChartBar[];
  readonly lines: readonly ChartLine[];
  readonly centers: readonly number[];
  readonly slot: number;
}

/** The share of a category the bars of a group take (the rest separates groups). */
const GROUP_SHARE = 0.75;
/** The share of a category a stacked bar takes. */
const STACK_SHARE = 0.6;
/** The widest a bar gets, in points (a chart of one or two categories). */
const MAX_BAR = 48;

/**
 * Where a chart's marks go in `plot`, from the prepared chart alone: each category a slot of
 * equal width, its centre the x of its labels and points; values from the plot's bottom (0) to
 * its top (the axis' `max`).
 * - `bar`: in each category one bar per series, side by side in series order (no bar for `null`
 *   or 0), a hairline apart when bars are wide enough;
 * - `stackedBar`: the series stacked from the bottom in series order, so a category's bar is as
 *   tall as its total (`null` counts as 0);
 * - `line`: one polyline per series through its values, broken at each `null`.
 * Everything stays inside the plot.
 *
 * @example
 * chartMarks({ ...prepared, kind: "stackedBar" }, plot).bars.filter((b) => b.category === 0).reduce((h, b) => h + b.height, 0)
 * //=> the plot height × the category's total / axis max
 */
export function chartMarks(chart: Pick<PreparedChart, "kind" | "categories" | "series" | "axis">, plot: PlotArea): ChartMarks {
  const n = Math.max(1, chart.categories.length);
  const slot = plot.width / n;
  const centers = chart.categories.map((_, i) => plot.left + (i + 0.5) * slot);
  const bottom = plot.top + plot.height;
  const max = chart.axis.max > 0 ? chart.axis.max : 1;
  const heightOf = (v: number): number => (Math.min(Math.max(v, 0), max) / max) * plot.height;
  const bars: ChartBar[] = [];
  const lines: ChartLine[] = [];
  switch (chart.kind) {
    case "bar": {
      const count = Math.max(1, chart.series.length);
      const each = Math.min((slot * GROUP_SHARE) / count, MAX_BAR);
      const gap = each >= 6 ? 1 : 0;
      chart.categories.forEach((_, i) => {
        const start = (centers[i] ?? 0) - (each * count) / 2;
        chart.series.forEach((s, k) => {
          const v = s.values[i];
          if (v === null || v === undefined || heightOf(v) <= 0) return;
          const h = heightOf(v);
          bars.push({ series: k, category: i, x: start + k * each + gap / 2, top: bottom - h, width: each - gap, height: h, color: s.color });
        });
      });
      break;
    }
    case "stackedBar": {
      const width = Math.min(slot * STACK_SHARE, MAX_BAR);
      chart.categories.forEach((_, i) => {
        let sum = 0;
        chart.series.forEach((s, k) => {
          const v = s.values[i] ?? 0;
          const from = heightOf(sum);
          sum += v;
          const h = heightOf(sum) - from;
          if (h <= 0) return;
          bars.push({ series: k, category: i, x: (centers[i] ?? 0) - width / 2, top: bottom - from - h, width, height: h, color: s.color });
        });
      });
      break;
    }
    case "line":
      chart.series.forEach((s, k) => {
        const runs: ChartPoint[][] = [];
        const points: ChartPoint[] = [];
        let run: ChartPoint[] = [];
        chart.categories.forEach((_, i) => {
          const v = s.values[i];
          if (v === null || v === undefined) {
            if (run.length > 0) runs.push(run);
            run = [];
            return;
          }
          const point = { category: i, x: centers[i] ?? 0, y: bottom - heightOf(v) };
          run.push(point);
          points.push(point);
        });
        if (run.length > 0) runs.push(run);
        lines.push({ series: k, color: s.color, runs, points });
      });
      break;
    default:
      return assertNever(chart.kind);
  }
  return { bars, lines, centers, slot };
}

/** The control-point distance of a quarter circle drawn as a cubic Bézier curve, for a radius of 1. */
const KAPPA = 0.5522847498;

/**
 * A circle as four cubic Bézier curves (from the top edge, as `PageCanvas.shape` takes them).
 *
 * @example
 * circleOps(100, 200, 2.5).length //=> 6 (move, four curves, close)
 */
export function circleOps(cx: number, cy: number, r: number): PathOp[] {
  const k = r * KAPPA;
  return [
    { op: "m", x: cx + r, y: cy },
    { op: "c", x1: cx + r, y1: cy + k, x2: cx + k, y2: cy + r, x: cx, y: cy + r },
    { op: "c", x1: cx - k, y1: cy + r, x2: cx - r, y2: cy + k, x: cx - r, y: cy },
    { op: "c", x1: cx - r, y1: cy - k, x2: cx - k, y2: cy - r, x: cx, y: cy - r },
    { op: "c", x1: cx + k, y1: cy - r, x2: cx + r, y2: cy - k, x: cx + r, y: cy },
    { op: "h" },
  ];
}
