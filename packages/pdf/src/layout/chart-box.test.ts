import { paginate, type Block, type Chart } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { StructNode } from "../tagging/struct-node";
import { BAR_CHART, LINE_CHART, STACKED_CHART, largestChart } from "../test-support/chart-document";
import { testContext } from "../test-support/shaping";
import { MIN_PLOT_HEIGHT, chartBoxes, chartLayout } from "./chart-box";
import { BOX_DEFAULTS, type FlowBox } from "./flow-box";
import type { LayoutContext } from "./layout-context";
import { PageCanvas, type DrawItem, type PlacedText } from "./page-canvas";
import { tableBoxes } from "./table-boxes";

const fields = { pageNumber: 1, pageCount: 1 };

/** A context whose document is `body`, and its prepared chart blocks (the keys of `prepared.charts`). */
function contextOf(...body: Block[]): { ctx: LayoutContext; charts: Chart[] } {
  const ctx = testContext({ body });
  return { ctx, charts: ctx.prepared.document.body.filter((b): b is Chart => b.type === "chart") };
}

/** Draws boxes one under the other from `top`, as the pagination would on one page. */
function drawAll(ctx: LayoutContext, boxes: readonly FlowBox[], top = ctx.frame.margins.top): PageCanvas {
  const canvas = new PageCanvas(0, ctx.frame.width, ctx.frame.height);
  let y = top;
  let after = 0;
  boxes.forEach((b, i) => {
    y += i === 0 ? 0 : Math.max(after, b.spaceBefore);
    b.draw(canvas, y, fields);
    y += b.height;
    after = b.spaceAfter;
  });
  return canvas;
}

const textsOf = (canvas: PageCanvas): string => canvas.texts.map((t) => t.text).join("");

describe("chartBoxes", () => {
  it("prints the title as a table's caption is printed, then the chart area, then the data table's boxes", () => {
    const { ctx, charts } = contextOf(BAR_CHART);
    const [chart] = charts;
    if (!chart) throw new Error("no chart");
    const prepared = ctx.prepared.charts.get(chart);
    const boxes = chartBoxes(ctx, chart, ["body", 0]);
    // Title, area, the data table's caption, header row, one row per category.
    expect(boxes).toHaveLength(2 + 2 + chart.categories.length);
    const [title, area, caption] = boxes;
    // The title: the same box a table's caption of the same text is.
    const asCaption = tableBoxes(ctx, { type: "table", id: "graphique-axes", caption: prepared?.title ?? "", columns: [{}], header: [], rows: [], totals: [] }, ["x"])[0];
    expect({ ...title, split: null, draw: null }).toEqual({ ...asCaption, split: null, draw: null });
    const drawn = (box: FlowBox | undefined): PlacedText[] => {
      const canvas = new PageCanvas(0, ctx.frame.width, ctx.frame.height);
      box?.draw(canvas, 100, fields);
      return canvas.texts.map((t) => ({ ...t, text: t.text }));
    };
    expect(drawn(title)).toEqual(drawn(asCaption));
    expect(title?.anchor).toBe("graphique-axes");
    // Kept with the area, which is never split and as tall as the prepared chart.
    expect([title?.keep, title?.split(1000, false), area?.keep, area?.split(100, true), area?.height, area?.minHead]).toEqual([
      "withNext",
      null,
      "none",
      null,
      prepared?.height,
      prepared?.height,
    ]);
    expect(drawn(caption).map((t) => t.text).join("")).toBe(prepared?.table.caption);
  });

  it("tags the area as one Figure with the alternative text and box, its title as the figure's Caption, then the data table's Table", () => {
    const { ctx, charts } = contextOf(LINE_CHART);
    const [chart] = charts;
    if (!chart) throw new Error("no chart");
    const boxes = chartBoxes(ctx, chart, ["body", 0]);
    const canvas = drawAll(ctx, boxes);
    const [figure, table] = ctx.tags.root.kids;
    if (!(figure instanceof StructNode) || !(table instanceof StructNode)) throw new Error("no elements");
    expect([figure.role, table.role, ctx.tags.root.kids.length]).toEqual(["Figure", "Table", 2]);
    expect(figure.props.alt).toBe(ctx.prepared.charts.get(chart)?.alt);
    expect(figure.props.alt?.startsWith("Graphique en courbes\u00A0: Jeunes accompagnés.")).toBe(true);
    expect(figure.props.alt).toContain("(Objectif, Réalisé)");
    const [caption, own] = figure.kids;
    expect(caption instanceof StructNode && caption.role).toBe("Caption");
    expect(own).toMatchObject({ kind: "content", page: 0 });
    const box = canvas.boxes.find((b) => b.kind === "chart");
    if (!box) throw new Error("no box");
    const { kind: _kind, ...rect } = box;
    expect(figure.bbox).toEqual({ page: 0, ...rect });
    expect([rect.width, rect.height]).toEqual([ctx.frame.textWidth, 216]);
    // Everything the area draws — shapes and text — is the figure's content; the table's grid is an artifact.
    const figureItems = canvas.items.filter((i) => i.tag === own);
    expect(new Set(figureItems.map((i) => i.kind))).toEqual(new Set(["glyphs", "path"]));
    expect(canvas.items.filter((i) => i.kind === "path").every((i) => i.tag === own)).toBe(true);
  });

  it("draws a line per run of values with a marker at each value, a null value breaking the line", () => {
    const { ctx, charts } = contextOf(LINE_CHART);
    const [chart] = charts;
    if (!chart) throw new Error("no chart");
    const canvas = drawAll(ctx, chartBoxes(ctx, chart, ["body", 0]));
    const paths = canvas.items.filter((i): i is Extract<DrawItem, { kind: "path" }> => i.kind === "path");
    const strokes = (color: string) => paths.filter((p) => p.stroke === color && p.fill === null && p.lineWidth === 1.5);
    // « Objectif »: one line of 7 points (and its legend swatch); « Réalisé » (90, 130, —, 150, 175, —, —): two lines of 2 points.
    const moves = (color: string) => strokes(color).map((p) => p.ops.map((o) => o.op).join(""));
    expect(moves("000091")).toEqual(["ml", "mllllll"]);
    expect(moves("E69F00")).toEqual(["ml", "mlml"]);
    const markers = (color: string) => paths.filter((p) => p.fill === color && p.stroke === "FFFFFF").length;
    expect([markers("000091"), markers("E69F00")]).toEqual([1 + 7, 1 + 4]);
  });

  it("draws grouped bars and stacked bars inside the plot, in the series' colours", () => {
    for (const source of [BAR_CHART, STACKED_CHART]) {
      const { ctx, charts } = contextOf(source);
      const [chart] = charts;
      const prepared = chart && ctx.prepared.charts.get(chart);
      if (!chart || !prepared) throw new Error("no chart");
      const layout = chartLayout(ctx, prepared, ["body", 0], ctx.frame.textHeight);
      const top = 100;
      const canvas = new PageCanvas(0, ctx.frame.width, ctx.frame.height);
      chartBoxes(ctx, chart, ["body", 0])[1]?.draw(canvas, top, fields);
      // (The first rectangles are the legend's swatches, one per series.)
      const bars = canvas.items.filter((i): i is Extract<DrawItem, { kind: "path" }> => i.kind === "path" && i.ops.length === 1 && i.ops[0]?.op === "re").slice(prepared.series.length);
      const count = prepared.series.reduce((n, s) => n + s.values.filter((v) => v !== null && v > 0).length, 0);
      expect(bars).toHaveLength(count);
      const plot = { x: layout.plot.left, y: canvas.pdfY(top + layout.plot.top + layout.plot.height), width: layout.plot.width, height: layout.plot.height };
      for (const bar of bars) {
        const r = bar.ops[0];
        if (r?.op !== "re") throw new Error("not a bar");
        expect(r.x).toBeGreaterThanOrEqual(plot.x - 1e-6);
        expect(r.x + r.width).toBeLessThanOrEqual(plot.x + plot.width + 1e-6);
        expect(r.y).toBeGreaterThanOrEqual(plot.y - 1e-6);
        expect(r.y + r.height).toBeLessThanOrEqual(plot.y + plot.height + 1e-6);
        expect(prepared.series.map((s) => s.color)).toContain(bar.fill);
      }
    }
  });

  it("sets the legend, the graduations and the labels in the document's font, with no two texts overlapping, even at the limits", () => {
    for (const source of [BAR_CHART, largestChart("bar"), largestChart("line")]) {
      const { ctx, charts } = contextOf(source);
      const [chart] = charts;
      if (!chart) throw new Error("no chart");
      const canvas = new PageCanvas(0, ctx.frame.width, ctx.frame.height);
      chartBoxes(ctx, chart, ["body", 0])[1]?.draw(canvas, 100, fields);
      const texts = canvas.texts;
      expect(texts.every((t) => t.fontSize === ctx.theme.sizes.note)).toBe(true);
      for (const [i, a] of texts.entries()) {
        for (const b of texts.slice(i + 1)) {
          const apart = a.x + a.width <= b.x + 0.01 || b.x + b.width <= a.x + 0.01 || a.y + a.height <= b.y + 0.01 || b.y + b.height <= a.y + 0.01;
          if (!apart) throw new Error(`« ${a.text} » and « ${b.text} » overlap`);
        }
      }
      const box = canvas.boxes.find((b) => b.kind === "chart");
      if (!box) throw new Error("no box");
      expect(texts.every((t) => t.x >= box.x - 0.01 && t.x + t.width <= box.x + box.width + 0.01 && t.y >= box.y - 0.01 && t.y + t.height <= box.y + box.height + 0.01)).toBe(true);
    }
    const { ctx, charts } = contextOf(BAR_CHART);
    const canvas = drawAll(ctx, chartBoxes(ctx, charts[0] as Chart, ["body", 0]));
    expect(textsOf(canvas)).toContain("Engagé");
    expect(textsOf(canvas)).toContain("10\u00A0M€");
  });

  it("grows an area too small for its legend and labels rather than squeeze the plot, and stays within a page", () => {
    const { ctx, charts } = contextOf({ ...BAR_CHART, height: 30 }, { ...STACKED_CHART, height: 5000 });
    const [small, tall] = charts.map((c) => {
      const prepared = ctx.prepared.charts.get(c);
      if (!prepared) throw new Error("no chart");
      return chartLayout(ctx, prepared, ["body", 0], ctx.frame.textHeight - 20);
    });
    expect(small?.plot.height).toBe(Math.max(MIN_PLOT_HEIGHT, 5 * (small?.legendRowHeight ?? 0))); // (6 graduations: a line each)
    // The graduations' labels never overlap.
    const ticks = small?.ticks.map((t) => t.y) ?? [];
    ticks.slice(1).forEach((y, i) => expect((ticks[i] ?? 0) - y).toBeGreaterThanOrEqual((small?.legendRowHeight ?? 0) - 1e-6));
    expect(small?.height).toBeGreaterThan(30);
    expect(tall?.height).toBeCloseTo(ctx.frame.textHeight - 20);
  });

  it("moves a chart near the bottom of a page whole, with its title, to the next page", () => {
    const { ctx, charts } = contextOf(BAR_CHART);
    const boxes = chartBoxes(ctx, charts[0] as Chart, ["body", 0]);
    const [title, area] = boxes;
    const filler: FlowBox = { ...BOX_DEFAULTS, height: ctx.frame.textHeight - (area?.height ?? 0), minHead: 10, split: () => null, draw: () => undefined };
    const { pages } = paginate([filler, ...boxes], ctx.frame.textHeight);
    expect(pages[0]?.map((p) => p.box)).toEqual([filler]);
    expect(pages[1]?.slice(0, 2).map((p) => [p.box, p.top])).toEqual([
      [title, 0],
      [area, (title?.height ?? 0) + (title?.spaceAfter ?? 0)],
    ]);
  });
});
