import { prepareChart, type Chart, type PreparedChart } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { chartMarks, circleOps, type PlotArea } from "./chart-marks";

const plot: PlotArea = { left: 100, top: 200, width: 400, height: 150 };
const bottom = plot.top + plot.height;
const prepared = (chart: Omit<Chart, "type" | "title" | "unit"> & Partial<Chart>): PreparedChart =>
  prepareChart({ type: "chart", title: "T", unit: "number", ...chart }, { width: 480, lang: "fr" });
const within = (b: { x: number; top: number; width: number; height: number }): boolean =>
  b.x >= plot.left - 1e-9 && b.x + b.width <= plot.left + plot.width + 1e-9 && b.top >= plot.top - 1e-9 && b.top + b.height <= bottom + 1e-9;

describe("chartMarks", () => {
  it("puts one bar per series side by side in each category, in series order, none for null or 0, all inside the plot", () => {
    const chart = prepared({ kind: "bar", categories: ["A", "B", "C"], series: [{ name: "x", values: [10, null, 30] }, { name: "y", values: [20, 40, 0] }] });
    const { bars, centers, slot } = chartMarks(chart, plot);
    expect(slot).toBeCloseTo(400 / 3);
    expect(centers.map((c) => Math.round(c))).toEqual([167, 300, 433]);
    expect(bars.map((b) => [b.category, b.series, b.color])).toEqual([
      [0, 0, "000091"],
      [0, 1, "E69F00"],
      [1, 1, "E69F00"],
      [2, 0, "000091"],
    ]);
    expect(bars.every(within)).toBe(true);
    // Heights in proportion to the values, from the plot's bottom; the axis' max at the top.
    const [a, b] = bars;
    expect((a?.top ?? 0) + (a?.height ?? 0)).toBeCloseTo(bottom);
    expect((b?.height ?? 0) / (a?.height ?? 1)).toBeCloseTo(2);
    expect(a?.height).toBeCloseTo((10 / chart.axis.max) * plot.height);
    // Series side by side, left to right, centred on the category.
    expect((a?.x ?? 0) < (b?.x ?? 0)).toBe(true);
    expect(((a?.x ?? 0) + (b?.x ?? 0) + (b?.width ?? 0)) / 2).toBeCloseTo(centers[0] ?? 0, 0);
  });

  it("stacks the series from the bottom in series order: each category's bar is as tall as its total, null counting as 0", () => {
    const chart = prepared({ kind: "stackedBar", categories: ["2024", "2025"], series: [{ name: "État", values: [30, 50] }, { name: "CAF", values: [null, 10] }, { name: "Dép.", values: [20, 40] }] });
    const { bars } = chartMarks(chart, plot);
    expect(bars.every(within)).toBe(true);
    for (const [i, total] of [50, 100].entries()) {
      const stack = bars.filter((b) => b.category === i);
      expect(stack.reduce((h, b) => h + b.height, 0)).toBeCloseTo((total / chart.axis.max) * plot.height);
      // Touching, bottom to top.
      stack.forEach((b, k) => expect(b.top + b.height).toBeCloseTo(k === 0 ? bottom : (stack[k - 1]?.top ?? 0)));
    }
    expect(bars.filter((b) => b.category === 0).map((b) => b.series)).toEqual([0, 2]);
  });

  it("draws one line per series through its values, broken at each null, a point (marker) at each value", () => {
    const chart = prepared({ kind: "line", categories: ["1", "2", "3", "4", "5", "6"], series: [{ name: "a", values: [1, 2, null, 4, null, 6] }, { name: "b", values: [null, null, null, null, null, null] }] });
    const [a, b] = chartMarks(chart, plot).lines;
    expect(a?.runs.map((run) => run.map((p) => p.category))).toEqual([[0, 1], [3], [5]]);
    expect(a?.points.map((p) => p.category)).toEqual([0, 1, 3, 5]);
    expect(a?.points.every((p) => p.y >= plot.top && p.y <= bottom && p.x > plot.left && p.x < plot.left + plot.width)).toBe(true);
    expect(b).toMatchObject({ runs: [], points: [] });
  });

  it("keeps bars narrow enough to read with few categories, and inside the plot with the most", () => {
    const one = chartMarks(prepared({ kind: "bar", categories: ["Seule"], series: [{ name: "x", values: [5] }] }), plot);
    expect(one.bars[0]?.width).toBeLessThanOrEqual(48);
    const many = prepared({
      kind: "bar",
      categories: Array.from({ length: 60 }, (_, i) => String(i)),
      series: Array.from({ length: 8 }, (_, k) => ({ name: `s${k}`, values: Array.from({ length: 60 }, (_, i) => (i + k) % 9) })),
    });
    const { bars } = chartMarks(many, plot);
    expect(bars.every(within)).toBe(true);
    // No two bars overlap.
    const sorted = [...bars].sort((p, q) => p.x - q.x);
    sorted.slice(1).forEach((b, i) => expect(b.x).toBeGreaterThanOrEqual((sorted[i]?.x ?? 0) + (sorted[i]?.width ?? 0) - 1e-9));
  });
});

describe("circleOps", () => {
  it("draws a circle of four quarter curves through its four extreme points", () => {
    const ops = circleOps(10, 20, 2);
    expect(ops.map((o) => o.op)).toEqual(["m", "c", "c", "c", "c", "h"]);
    const ends = ops.flatMap((o) => (o.op === "c" || o.op === "m" ? [[o.x, o.y]] : []));
    expect(ends).toEqual([
      [12, 20],
      [10, 22],
      [8, 20],
      [10, 18],
      [12, 20],
    ]);
  });
});
