import type { IssuePath } from "@pacte/issues";
import { setRuns, type LayoutContext } from "./layout-context";
import { fontStyleOf, type RunStyle } from "./run-style";
import type { Piece } from "./shape-text";
import type { TextBlock } from "./text-block";

/**
 * How the words of a chart are set: size, weight and colour (`RRGGBB`).
 *
 * @example
 * const legend: ChartTextStyle = { size: 8.5, bold: false, color: "1E1E1E" };
 */
export interface ChartTextStyle {
  readonly size: number;
  readonly bold: boolean;
  readonly color: string;
}

/**
 * A label set to fit: its lines, the width they were broken at, and whether it was shortened
 * (its end replaced by an ellipsis).
 *
 * @example
 * fitLabel(ctx, "Axe 1", [], style, 40, 2, "center") //=> { block, width: 40, shortened: false }
 */
export interface FittedLabel {
  readonly block: TextBlock;
  readonly width: number;
  readonly shortened: boolean;
}

const EPS = 1e-6;
/**
 * The least space between two category labels of a row, in points.
 *
 * @example
 * CATEGORY_LABEL_GAP //=> 4
 */
export const CATEGORY_LABEL_GAP = 4;
/** The narrowest room (in ems of the labels' size) a label is shortened into rather than left out. */
const MIN_SHORTENED_EMS = 4;

const runStyles = new WeakMap<LayoutContext, Map<string, RunStyle>>();
/** One run style object per look and context: the shaper caches its glyphs per style object. */
function runStyleOf(ctx: LayoutContext, style: ChartTextStyle): RunStyle {
  let styles = runStyles.get(ctx);
  if (styles === undefined) runStyles.set(ctx, (styles = new Map()));
  const key = `${style.size}|${style.bold}|${style.color}`;
  let run = styles.get(key);
  if (run === undefined) {
    run = { font: fontStyleOf(style.bold, false), size: style.size, rise: 0, color: style.color, underline: false, link: null, field: null };
    styles.set(key, run);
  }
  return run;
}

/**
 * Sets `text` with the document's fonts, broken at `width` by the line breaker, as the text of
 * any block is.
 *
 * @example
 * setChartText(ctx, "Engagé", ["body", 3, "series", 0, "name"], style, 200, "left").lines.length //=> 1
 */
export function setChartText(ctx: LayoutContext, text: string, path: IssuePath, style: ChartTextStyle, width: number, align: "left" | "center" | "right"): TextBlock {
  return setRuns(ctx, [{ text, style: runStyleOf(ctx, style), path }], {
    base: { bold: style.bold, italic: false, size: style.size, color: style.color },
    width: Math.max(width, 1),
    align,
  });
}

/**
 * The space drawn (invisible) after a chart's piece of text, so that text extraction and
 * assistive technologies read a word break between two labels rather than gluing them;
 * `null` when the fonts have no space.
 *
 * @example
 * chartSpace(ctx, style)?.cps //=> [32]
 */
export function chartSpace(ctx: LayoutContext, style: ChartTextStyle): Piece | null {
  return ctx.shaper.single(0x20, runStyleOf(ctx, style));
}

/** Whether a block holds in `maxLines` lines of `width`, no word cut. */
function holds(block: TextBlock, width: number, maxLines: number): boolean {
  if (block.lines.length > maxLines) return false;
  for (let i = 0; i < block.lines.length; i++) {
    if ((block.lines[i]?.naturalWidth ?? 0) > width + EPS) return false;
    if (i < block.lines.length - 1 && block.breaks[i] === null) return false; // (a word cut between characters)
  }
  return true;
}

/**
 * Sets a label in at most `maxLines` lines of `width`, words whole, or `undefined` when it does
 * not fit so.
 *
 * @example
 * wholeLabel(ctx, "Axe 1", [], style, 40, 2, "center")?.block.lines.length //=> 1
 */
export function wholeLabel(
  ctx: LayoutContext,
  text: string,
  path: IssuePath,
  style: ChartTextStyle,
  width: number,
  maxLines: number,
  align: "left" | "center" | "right",
): FittedLabel | undefined {
  const block = setChartText(ctx, text, path, style, width, align);
  return holds(block, width, maxLines) ? { block, width, shortened: false } : undefined;
}

/**
 * Sets a label in at most `maxLines` lines of `width`: whole when it fits, words whole;
 * otherwise shortened — the longest start of it that fits, with an ellipsis (« … », or « ... »
 * when the fonts have none) — always the same for the same text and width.
 *
 * @example
 * fitLabel(ctx, "Accompagnement des jeunes vers l’emploi", [], style, 60, 2, "center")
 * //=> lines « Accompagnement des » and « jeunes vers… », shortened: true
 */
export function fitLabel(
  ctx: LayoutContext,
  text: string,
  path: IssuePath,
  style: ChartTextStyle,
  width: number,
  maxLines: number,
  align: "left" | "center" | "right",
): FittedLabel {
  const whole = wholeLabel(ctx, text, path, style, width, maxLines, align);
  if (whole !== undefined) return whole;
  const ellipsis = ctx.stack.resolve(0x2026, fontStyleOf(style.bold, false)) === null ? "..." : "\u2026";
  const chars = Array.from(text);
  const shortened = (n: number): TextBlock => setChartText(ctx, `${chars.slice(0, n).join("").trimEnd()}${ellipsis}`, path, style, width, align);
  // The longest start that fits, by bisection (a longer start never fits in fewer lines).
  let lo = 0;
  let hi = chars.length;
  let best = shortened(0);
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const block = shortened(mid);
    if (holds(block, width, maxLines)) {
      lo = mid;
      best = block;
    } else hi = mid;
  }
  return { block: best, width, shortened: true };
}

/**
 * One category label placed under a chart's plot: which category, its lines, its left edge (the
 * lines are centred in `width`) and its row (1: the lower row of staggered labels).
 *
 * @example
 * const label: PlacedCategoryLabel = { index: 0, label: fitted, left: 120, row: 0 };
 */
export interface PlacedCategoryLabel {
  readonly index: number;
  readonly label: FittedLabel;
  readonly left: number;
  readonly row: 0 | 1;
}

/**
 * How the category labels were set: one row of labels of up to two lines, or staggered on two
 * rows of one line; every category labelled or one in `every`; whole or shortened; and the
 * height of their band.
 *
 * @example
 * categoryLabels(ctx, input).mode //=> "row"
 */
export interface CategoryLabels {
  readonly labels: readonly PlacedCategoryLabel[];
  readonly mode: "row" | "staggered";
  readonly every: number;
  readonly shortened: boolean;
  readonly height: number;
}

/**
 * What {@link categoryLabels} lays out: the categories with their paths, the x of each one's
 * centre, the width of a category (its slot), how far labels may reach (`minX`–`maxX`), the
 * style.
 *
 * @example
 * const input: CategoryLabelsInput = { categories: ["2024", "2025"], paths: [[], []], centers: [150, 350], slot: 200, minX: 56.7, maxX: 538.6, style };
 */
export interface CategoryLabelsInput {
  readonly categories: readonly string[];
  readonly paths: readonly IssuePath[];
  readonly centers: readonly number[];
  readonly slot: number;
  readonly minX: number;
  readonly maxX: number;
  readonly style: ChartTextStyle;
}

/**
 * Lays the category labels out under a chart so that no two ever overlap, trying in turn, with
 * every category labelled, then one in 2, in 3…:
 * 1. one row, each label centred on its category in the room of its categories (less a
 *    {@link CATEGORY_LABEL_GAP}), on at most two lines, words whole;
 * 2. staggered on two rows of one line, each label with the room of two;
 * 3. one row, shortened with an ellipsis to two lines, once that room is at least four ems.
 * No label reaches past `minX`–`maxX` (a whole label near an edge is moved in, if that leaves
 * the gap to its neighbour; a shortened one gets less room). Deterministic: the same input gives the same labels. The
 * data table that follows the chart holds every category whole.
 *
 * @example
 * categoryLabels(ctx, { categories: years, paths, centers, slot: 7.2, minX, maxX, style }) //=> { mode: "staggered", every: 2, … }
 */
export function categoryLabels(ctx: LayoutContext, input: CategoryLabelsInput): CategoryLabels {
  const { categories, centers, slot, minX, maxX, style } = input;
  const n = categories.length;
  const lineHeight = setChartText(ctx, "", [], style, 10, "left").lineHeight;
  const widthAt = (i: number, room: number): number => {
    const c = centers[i] ?? 0;
    return Math.max(1, 2 * Math.min(room / 2, c - minX, maxX - c));
  };
  const attempt = (every: number, mode: "row" | "staggered", shorten: boolean): CategoryLabels | undefined => {
    const labels: PlacedCategoryLabel[] = [];
    const room = (mode === "staggered" ? 2 : 1) * every * slot - CATEGORY_LABEL_GAP;
    const maxLines = mode === "staggered" ? 1 : 2;
    const rightOf = [-Infinity, -Infinity];
    let shown = 0;
    for (let i = 0; i < n; i += every) {
      const c = centers[i] ?? 0;
      // Shortened, a label near an edge gets less room (it stays centred); whole, it is moved in.
      const width = shorten ? widthAt(i, room) : Math.max(1, Math.min(room, maxX - minX));
      const text = categories[i] ?? "";
      const path = input.paths[i] ?? [];
      const label = shorten ? fitLabel(ctx, text, path, style, width, maxLines, "center") : wholeLabel(ctx, text, path, style, width, maxLines, "center");
      if (label === undefined) return undefined;
      const inked = Math.max(0, ...label.block.lines.map((line) => line.naturalWidth));
      const from = Math.min(Math.max(c - inked / 2, minX), maxX - inked);
      const row = mode === "staggered" ? ((shown % 2) as 0 | 1) : 0;
      if (from < (rightOf[row] ?? -Infinity) + CATEGORY_LABEL_GAP - EPS) return undefined;
      rightOf[row] = from + inked;
      // (The block's lines are centred in `width`: its widest line starts (width − inked) / 2 in.)
      labels.push({ index: i, label, left: from - (width - inked) / 2, row });
      shown++;
    }
    const lines = mode === "staggered" ? (labels.length > 1 ? 2 : 1) : Math.max(1, ...labels.map((l) => l.label.block.lines.length));
    return { labels, mode, every, shortened: labels.some((l) => l.label.shortened), height: lines * lineHeight };
  };
  const minShortened = MIN_SHORTENED_EMS * style.size;
  for (let every = 1; every <= n; every++) {
    const found =
      attempt(every, "row", false) ??
      (Math.ceil(n / every) > 1 ? attempt(every, "staggered", false) : undefined) ??
      (every * slot - CATEGORY_LABEL_GAP >= minShortened ? attempt(every, "row", true) : undefined);
    if (found !== undefined) return found;
  }
  return attempt(n, "row", true) ?? { labels: [], mode: "row", every: n, shortened: true, height: lineHeight };
}
