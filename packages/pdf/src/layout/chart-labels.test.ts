import { describe, expect, it } from "vitest";
import { lineText, testContext } from "../test-support/shaping";
import { CATEGORY_LABEL_GAP, categoryLabels, chartSpace, fitLabel, type CategoryLabels, type CategoryLabelsInput, type ChartTextStyle } from "./chart-labels";

const ctx = testContext();
const style: ChartTextStyle = { size: 8.5, bold: false, color: "1E1E1E" };
const textOf = (label: { block: { lines: readonly Parameters<typeof lineText>[0][] } }): string[] => label.block.lines.map(lineText);

/** Categories spread evenly over a plot from x = 100 to 500, labels allowed from 50 to 500. */
function input(categories: readonly string[]): CategoryLabelsInput {
  const slot = 400 / categories.length;
  return { categories, paths: categories.map((_, i) => ["body", 0, "categories", i]), centers: categories.map((_, i) => 100 + (i + 0.5) * slot), slot, minX: 50, maxX: 500, style };
}

/** The horizontal extent of each label's lines as set (centred in its room). */
function extents(labels: CategoryLabels): { row: number; from: number; to: number }[] {
  return labels.labels.map((l) => {
    const lines = l.label.block.lines;
    const from = Math.min(...lines.map((line) => line.items[0]?.x ?? 0));
    const to = Math.max(...lines.map((line) => (line.items.at(-1)?.x ?? 0) + (line.items.at(-1)?.width ?? 0)));
    return { row: l.row, from: l.left + from, to: l.left + to };
  });
}

/** No two labels of a row closer than the gap; all within minX–maxX. */
function expectApart(labels: CategoryLabels, minX = 50, maxX = 500): void {
  const boxes = extents(labels);
  for (const row of [0, 1]) {
    const inRow = boxes.filter((b) => b.row === row).sort((a, b) => a.from - b.from);
    inRow.slice(1).forEach((b, i) => expect(b.from - (inRow[i]?.to ?? 0)).toBeGreaterThanOrEqual(CATEGORY_LABEL_GAP - 1e-6));
  }
  for (const b of boxes) {
    expect(b.from).toBeGreaterThanOrEqual(minX - 1e-6);
    expect(b.to).toBeLessThanOrEqual(maxX + 1e-6);
  }
}

describe("fitLabel", () => {
  it("keeps a label that fits whole, on as many lines as allowed", () => {
    const label = fitLabel(ctx, "Axe 2 : amplifier l’accès à l’emploi", [], style, 90, 2, "center");
    expect(label.shortened).toBe(false);
    expect(textOf(label).join(" ")).toBe("Axe 2 : amplifier l’accès à l’emploi");
    expect(label.block.lines).toHaveLength(2);
  });

  it("shortens a label that does not fit with an ellipsis, to the longest start that does, words whole", () => {
    const label = fitLabel(ctx, "Axe 1 : prévenir la pauvreté dès l’enfance et l’adolescence", [], style, 60, 2, "center");
    expect(label.shortened).toBe(true);
    const lines = textOf(label);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines.at(-1)?.endsWith("…")).toBe(true);
    expect(label.block.lines.every((l) => l.naturalWidth <= 60 + 1e-6)).toBe(true);
    expect("Axe 1 : prévenir la pauvreté dès l’enfance et l’adolescence".startsWith(lines.join(" ").slice(0, -1))).toBe(true);
    // The same each time.
    expect(textOf(fitLabel(ctx, "Axe 1 : prévenir la pauvreté dès l’enfance et l’adolescence", [], style, 60, 2, "center"))).toEqual(lines);
  });

  it("gives a space to end each label with (a word break for readers)", () => {
    expect(chartSpace(ctx, style)?.src).toEqual([0x20]);
  });
});

describe("categoryLabels", () => {
  it("sets a few short labels whole on one row, one under each category", () => {
    const labels = categoryLabels(ctx, input(["2024", "2025", "2026", "2027"]));
    expect(labels).toMatchObject({ mode: "row", every: 1, shortened: false });
    expect(labels.labels.map((l) => textOf(l.label))).toEqual([["2024"], ["2025"], ["2026"], ["2027"]]);
    expect(labels.height).toBeCloseTo(labels.labels[0]?.label.block.lineHeight ?? 0);
    expectApart(labels);
  });

  it("wraps long labels on two lines, and shortens them when two lines are not enough", () => {
    const wrapped = categoryLabels(ctx, input(["Axe 1 : prévenir la pauvreté", "Axe 2 : accès à l’emploi", "Axe 3 : grande exclusion", "Axe 4 : transition"]));
    expect(wrapped).toMatchObject({ mode: "row", every: 1, shortened: false });
    expect(wrapped.height).toBeCloseTo(2 * (wrapped.labels[0]?.label.block.lineHeight ?? 0));
    expectApart(wrapped);
    const long = "Axe 1 : prévenir la pauvreté dès l’enfance, en particulier dans les quartiers prioritaires";
    const shortened = categoryLabels(ctx, input([long, long, long, long, long, long]));
    expect(shortened).toMatchObject({ mode: "row", every: 1, shortened: true });
    expect(shortened.labels).toHaveLength(6);
    expectApart(shortened);
  });

  it("staggers labels on two rows when one row is too narrow, then labels one category in two, three…", () => {
    // « 2010–11 » never breaks (not before a digit): wider than a category, narrower than two.
    const seasons = Array.from({ length: 16 }, (_, i) => `${2010 + i}–${11 + i}`);
    const staggered = categoryLabels(ctx, input(seasons));
    expect(staggered).toMatchObject({ mode: "staggered", every: 1, shortened: false });
    expect(staggered.labels.map((l) => l.row)).toEqual(seasons.map((_, i) => i % 2));
    expect(staggered.height).toBeCloseTo(2 * (staggered.labels[0]?.label.block.lineHeight ?? 0));
    expectApart(staggered);
    const years = Array.from({ length: 60 }, (_, i) => String(1970 + i));
    const thinned = categoryLabels(ctx, input(years));
    expect(thinned.every).toBeGreaterThan(1);
    expect(thinned.labels.map((l) => l.index)).toEqual(years.map((_, i) => i).filter((i) => i % thinned.every === 0));
    expect(thinned.shortened).toBe(false);
    expectApart(thinned);
  });

  it("never lets two labels overlap nor leave the chart, whatever the labels and their number", () => {
    const words = ["Axe", "2024", "accompagnement", "de", "l’emploi", "janv.", "Mesure", "n°", "12", "solidaire"];
    for (let n = 1; n <= 60; n += 7) {
      const categories = Array.from({ length: n }, (_, i) => Array.from({ length: 1 + ((i * 7) % 5) }, (_, k) => words[(i * 3 + k) % words.length]).join(" "));
      const labels = categoryLabels(ctx, input(categories));
      expect(labels.labels.length).toBeGreaterThan(0);
      expectApart(labels);
      expect(categoryLabels(ctx, input(categories))).toEqual(labels);
    }
  });
});
