import type { Chart, PreparedChart } from "@pacte/document";
import type { IssuePath } from "@pacte/issues";
import type { StructNode } from "../tagging/struct-node";
import { categoryLabels, chartSpace, fitLabel, setChartText, type CategoryLabels, type ChartTextStyle } from "./chart-labels";
import { chartMarks, circleOps, type ChartMarks, type PlotArea } from "./chart-marks";
import { BOX_DEFAULTS, type FlowBox } from "./flow-box";
import type { LayoutContext } from "./layout-context";
import type { PageCanvas, PathOp } from "./page-canvas";
import type { Piece } from "./shape-text";
import { captionBox, tableBoxes } from "./table-boxes";
import { drawTextLines, type FieldValues, type TextBlock } from "./text-block";

/** The light lines across the plot at each graduation. */
const GRID_COLOR = "DCDCDC";
const GRID_WIDTH = 0.5;
const AXIS_WIDTH = 0.75;
/** Between the graduations' labels and the plot. */
const TICK_GAP = 4;
/** Between the legend and what follows it. */
const LEGEND_GAP = 8;
/** Between two entries of a legend's row, and between a swatch and its name. */
const LEGEND_ENTRY_GAP = 12;
const SWATCH_GAP = 4;
/** A bar chart's swatch (a square), a line chart's (a short line with its marker). */
const BAR_SWATCH = 8;
const LINE_SWATCH = 16;
const LINE_WIDTH = 1.5;
const MARKER_RADIUS = 2.5;
/**
 * The smallest plot height in points (or a line of text per graduation, if more): the area
 * grows rather than squeeze the plot below it.
 *
 * @example
 * MIN_PLOT_HEIGHT //=> 48
 */
export const MIN_PLOT_HEIGHT = 48;

/** One entry of the legend placed: its series, swatch's left edge, row, name. */
interface LegendEntry {
  readonly series: number;
  readonly x: number;
  readonly row: number;
  readonly name: TextBlock;
}

/**
 * A chart laid out, with positions from the top of its area: its size, the legend, the axes'
 * titles and graduations, the plot and its marks, the category labels.
 *
 * @example
 * chartLayout(ctx, prepared, ["body", 3], 700).plot //=> { left: 84.2, top: 33.6, width: 454.4, height: 140.7 }
 */
export interface ChartLayout {
  readonly left: number;
  readonly width: number;
  readonly height: number;
  readonly plot: PlotArea;
  readonly marks: ChartMarks;
  readonly labels: CategoryLabels;
  /** The top of the category labels' band. */
  readonly labelsTop: number;
  readonly legend: readonly LegendEntry[];
  readonly legendRowHeight: number;
  /** The size of its text, in points. */
  readonly textSize: number;
  /** The axes' colour: the theme's table borders'. */
  readonly axisColor: string;
  /** The space drawn (invisible) after each piece of text: a word break for readers. */
  readonly space: Piece | null;
  readonly ticks: readonly { readonly y: number; readonly block: TextBlock; readonly left: number }[];
  readonly valueTitle: { readonly top: number; readonly block: TextBlock } | undefined;
  readonly categoryTitle: { readonly top: number; readonly block: TextBlock } | undefined;
}

/**
 * Lays a prepared chart out in an area as wide as the text (`prepared.width`) and
 * `prepared.height` tall (at most `maxHeight`; taller only when the legend and labels would
 * leave the plot less than {@link MIN_PLOT_HEIGHT}, or less than a line of text between two
 * graduations). From the top: the legend (a swatch and the name of each series, in rows centred
 * over the plot), the value axis' title, the plot with the graduations' labels on its left, the
 * category labels under it ({@link categoryLabels}: never overlapping), the category axis'
 * title. Text in the document's fonts, at the theme's note size; `path` is the chart's, for the
 * issues of its text.
 *
 * @example
 * chartLayout(ctx, prepared, ["body", 3], 700).height //=> 216
 */
export function chartLayout(ctx: LayoutContext, prepared: PreparedChart, path: IssuePath, maxHeight: number): ChartLayout {
  const { theme, frame } = ctx;
  const left = frame.margins.left;
  const width = Math.min(prepared.width, frame.textWidth);
  const size = theme.sizes.note;
  const text: ChartTextStyle = { size, bold: false, color: theme.colors.text };
  const muted: ChartTextStyle = { size, bold: false, color: theme.colors.muted };
  const strong: ChartTextStyle = { size, bold: true, color: theme.colors.text };
  const lineHeight = setChartText(ctx, "", path, text, 10, "left").lineHeight;

  // The graduations' labels, right-aligned on the left of the plot.
  const tickBlocks = prepared.axis.ticks.map((t) => setChartText(ctx, t.label, path, muted, width / 3, "left"));
  const tickWidth = Math.min(width / 3, Math.max(0, ...tickBlocks.map((b) => b.lines[0]?.naturalWidth ?? 0)));
  const plotLeft = left + tickWidth + TICK_GAP;
  const plotWidth = Math.max(1, left + width - plotLeft);

  // The legend, in rows over the plot.
  const swatch = swatchWidth(prepared.kind);
  const entries = prepared.series.map((s, k) => {
    const name = fitLabel(ctx, s.name, [...path, "series", k, "name"], text, Math.max(1, plotWidth - swatch - SWATCH_GAP), 1, "left").block;
    return { series: k, name, width: swatch + SWATCH_GAP + (name.lines[0]?.naturalWidth ?? 0) };
  });
  const rows: (typeof entries)[] = [];
  let rowWidth = 0;
  for (const e of entries) {
    const row = rows[rows.length - 1];
    if (row === undefined || rowWidth + LEGEND_ENTRY_GAP + e.width > plotWidth) {
      rows.push([e]);
      rowWidth = e.width;
    } else {
      row.push(e);
      rowWidth += LEGEND_ENTRY_GAP + e.width;
    }
  }
  const legend: LegendEntry[] = [];
  rows.forEach((row, r) => {
    const total = row.reduce((s, e) => s + e.width, 0) + LEGEND_ENTRY_GAP * (row.length - 1);
    let x = plotLeft + Math.max(0, (plotWidth - total) / 2);
    for (const e of row) {
      legend.push({ series: e.series, x, row: r, name: e.name });
      x += e.width + LEGEND_ENTRY_GAP;
    }
  });
  let y = rows.length * lineHeight + LEGEND_GAP;

  const valueTitle =
    prepared.axis.label !== undefined && prepared.axis.label.trim() !== ""
      ? { top: y, block: fitLabel(ctx, prepared.axis.label, [...path, "valueLabel"], strong, width, 1, "left").block }
      : undefined;
  if (valueTitle) y += lineHeight + 2;
  const plotTop = y + lineHeight / 2;

  // Under the plot: the category labels (their room does not depend on the plot's height).
  const n = Math.max(1, prepared.categories.length);
  const slot = plotWidth / n;
  const labels = categoryLabels(ctx, {
    categories: prepared.categories,
    paths: prepared.categories.map((_, i) => [...path, "categories", i]),
    centers: prepared.categories.map((_, i) => plotLeft + (i + 0.5) * slot),
    slot,
    minX: left,
    maxX: left + width,
    style: text,
  });
  // (Below the plot's bottom: the lower half of the « 0 » graduation's label, then the labels.)
  const labelsGap = lineHeight / 2 + 2;
  const categoryText =
    prepared.categoryLabel !== undefined && prepared.categoryLabel.trim() !== ""
      ? fitLabel(ctx, prepared.categoryLabel, [...path, "categoryLabel"], strong, plotWidth, 1, "center").block
      : undefined;
  const below = labelsGap + labels.height + (categoryText ? 4 + lineHeight : 0);
  const wanted = Math.min(prepared.height, maxHeight);
  // (Never less than a line per graduation: their labels never overlap.)
  const minPlot = Math.max(MIN_PLOT_HEIGHT, (prepared.axis.ticks.length - 1) * lineHeight);
  const plotHeight = Math.max(minPlot, wanted - plotTop - below);
  const height = plotTop + plotHeight + below;
  const plot: PlotArea = { left: plotLeft, top: plotTop, width: plotWidth, height: plotHeight };
  const labelsTop = plotTop + plotHeight + labelsGap;

  const max = prepared.axis.max > 0 ? prepared.axis.max : 1;
  const ticks = prepared.axis.ticks.map((t, i) => {
    const block = tickBlocks[i] ?? setChartText(ctx, "", path, muted, 10, "left");
    return { y: plotTop + plotHeight - (t.value / max) * plotHeight, block, left: plotLeft - TICK_GAP - (block.lines[0]?.naturalWidth ?? 0) };
  });
  return {
    left,
    width,
    height,
    plot,
    marks: chartMarks(prepared, plot),
    labels,
    labelsTop,
    legend,
    legendRowHeight: lineHeight,
    textSize: size,
    axisColor: theme.colors.tableBorder,
    space: chartSpace(ctx, text),
    ticks,
    valueTitle,
    categoryTitle: categoryText ? { top: labelsTop + labels.height + 4, block: categoryText } : undefined,
  };
}

/** The width of a legend's swatch: a square for bars, a short line with its marker for lines. */
const swatchWidth = (kind: PreparedChart["kind"]): number => (kind === "line" ? LINE_SWATCH : BAR_SWATCH);

/** A rectangle, from the top edge, as a path. */
const rectOps = (x: number, top: number, width: number, height: number): PathOp[] => [{ op: "re", x, y: top, width, height }];
const lineOps = (x1: number, y1: number, x2: number, y2: number): PathOp[] => [
  { op: "m", x: x1, y: y1 },
  { op: "l", x: x2, y: y2 },
];

/** Draws a piece of the chart's text, then the space after it (invisible: a word break for readers). */
function drawText(canvas: PageCanvas, block: TextBlock, left: number, top: number, fields: FieldValues, space: Piece | null): void {
  const n = block.lines.length;
  drawTextLines(canvas, block, left, top, 0, n, fields);
  const line = block.lines[n - 1];
  const last = line?.items[line.items.length - 1];
  if (space !== null && last !== undefined) canvas.wordBreak(space, left + last.x + last.width, top + (n - 1) * block.lineHeight + block.baseline);
}

/**
 * Draws a laid-out chart with its area's top at `top`, as content of the current element (its
 * `Figure`, whose box it records): the legend, the value axis' title, the grid and graduations,
 * the bars or lines (round markers at each value), the axes, the category labels, the category
 * axis' title — in that order, which is the order text extraction reads them.
 *
 * @example
 * canvas.tagged(figure, () => drawChart(canvas, layout, prepared, 120, fields));
 */
export function drawChart(canvas: PageCanvas, layout: ChartLayout, prepared: PreparedChart, top: number, fields: FieldValues): void {
  const { plot, marks } = layout;
  const at = (y: number): number => top + y;
  canvas.figureBox(layout.left, top, layout.width, layout.height, "chart");
  const radius = Math.min(MARKER_RADIUS, marks.slot * 0.3);
  const marker = (cx: number, cy: number, color: string, r = radius): void => canvas.shape(circleOps(cx, cy, r), { fill: color, stroke: "FFFFFF", lineWidth: Math.min(0.75, r / 3) });

  for (const e of layout.legend) {
    const s = prepared.series[e.series];
    if (s === undefined) continue;
    const rowTop = at(e.row * layout.legendRowHeight);
    const middle = rowTop + layout.legendRowHeight / 2;
    if (prepared.kind === "line") {
      canvas.shape(lineOps(e.x, middle, e.x + LINE_SWATCH, middle), { fill: null, stroke: s.color, lineWidth: LINE_WIDTH });
      marker(e.x + LINE_SWATCH / 2, middle, s.color, MARKER_RADIUS);
    } else {
      canvas.shape(rectOps(e.x, middle - BAR_SWATCH / 2, BAR_SWATCH, BAR_SWATCH), { fill: s.color, stroke: null, lineWidth: 0 });
    }
    drawText(canvas, e.name, e.x + swatchWidth(prepared.kind) + SWATCH_GAP, rowTop, fields, layout.space);
  }

  if (layout.valueTitle) drawText(canvas, layout.valueTitle.block, layout.left, at(layout.valueTitle.top), fields, layout.space);

  const grid = layout.ticks.filter((t) => t.y < plot.top + plot.height - 1e-6).flatMap((t) => lineOps(plot.left, at(t.y), plot.left + plot.width, at(t.y)));
  if (grid.length > 0) canvas.shape(grid, { fill: null, stroke: GRID_COLOR, lineWidth: GRID_WIDTH });
  // (From the top down, as they are read.)
  for (const t of [...layout.ticks].reverse()) {
    // The label's digits centred on the graduation (their height is about 0.7 em).
    const blockTop = at(t.y) + 0.35 * layout.textSize - t.block.baseline;
    drawText(canvas, t.block, t.left, blockTop, fields, layout.space);
  }

  for (const b of marks.bars) canvas.shape(rectOps(b.x, at(b.top), b.width, b.height), { fill: b.color, stroke: null, lineWidth: 0 });
  for (const line of marks.lines) {
    const ops = line.runs.filter((run) => run.length > 1).flatMap((run) => run.flatMap((p, i): PathOp[] => [{ op: i === 0 ? "m" : "l", x: p.x, y: at(p.y) }]));
    if (ops.length > 0) canvas.shape(ops, { fill: null, stroke: line.color, lineWidth: LINE_WIDTH });
  }
  for (const line of marks.lines) for (const p of line.points) marker(p.x, at(p.y), line.color);

  const bottom = at(plot.top + plot.height);
  canvas.shape([...lineOps(plot.left, at(plot.top), plot.left, bottom), ...lineOps(plot.left, bottom, plot.left + plot.width, bottom)], {
    fill: null,
    stroke: layout.axisColor,
    lineWidth: AXIS_WIDTH,
  });

  for (const l of layout.labels.labels) {
    const block = l.label.block;
    drawText(canvas, block, l.left, at(layout.labelsTop + l.row * block.lineHeight), fields, layout.space);
  }
  if (layout.categoryTitle) drawText(canvas, layout.categoryTitle.block, plot.left, at(layout.categoryTitle.top), fields, layout.space);
}

/**
 * A chart as flow boxes, as the prepared document decided it: its title set as a table's
 * caption ({@link captionBox}), then its area ({@link chartLayout}, {@link drawChart}) — the
 * two kept on one page, never split, moved whole to the next page when they do not fit — then
 * its data table, laid out by {@link tableBoxes} as the next block (paginated, its header row
 * repeated, its rows kept as any table's).
 *
 * Tagged as one `Figure` with the chart's alternative text (`/Alt`) and its box (`/BBox`), its
 * title as the figure's `Caption`, everything drawn in the area (bars, lines, axes, legend,
 * labels) its content; then the data table's `Table` (`TH` with `Scope Column` and `Scope Row`),
 * after it in the structure tree and in reading order.
 *
 * @example
 * const [title, area, caption] = chartBoxes(ctx, chart, ["body", 3]);
 * [title?.keep, area?.split(100, true)] //=> ["withNext", null]
 */
export function chartBoxes(ctx: LayoutContext, chart: Chart, path: IssuePath): FlowBox[] {
  const { theme, frame } = ctx;
  const prepared = ctx.prepared.charts.get(chart);
  if (prepared === undefined) throw new Error(`chartBoxes: the block at ${path.join(".")} is not one of the prepared document's charts.`);
  const figure: StructNode = ctx.tags.root.child("Figure", { alt: prepared.alt });
  const boxes: FlowBox[] = [];
  const anchor = chart.id !== undefined ? { anchor: chart.id } : {};
  const titled = prepared.title !== "";
  if (titled) boxes.push(captionBox(ctx, prepared.title, [...path, "title"], figure.child("Caption"), { size: theme.sizes.table, ...anchor }));
  const title = boxes[0];
  const room = frame.textHeight - (title ? title.height + title.spaceAfter : 0);
  const layout = chartLayout(ctx, prepared, path, room);
  boxes.push({
    ...BOX_DEFAULTS,
    height: layout.height,
    spaceBefore: titled ? 0 : theme.spacing.paragraphAfter,
    spaceAfter: theme.spacing.paragraphAfter,
    minHead: layout.height,
    ...(titled ? {} : anchor),
    split: () => null,
    draw(canvas, top, fields) {
      if (!titled && chart.id !== undefined) canvas.anchor(chart.id, top);
      canvas.tagged(figure, () => drawChart(canvas, layout, prepared, top, fields));
    },
  });
  boxes.push(...tableBoxes(ctx, prepared.table, path));
  return boxes;
}
