import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tableColumnWidths, type ColumnDemand } from "./table-column-widths";

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

describe("tableColumnWidths", () => {
  it("gives fixed columns their width and fr columns what remains, in proportion", () => {
    expect(tableColumnWidths([{ width: { pt: 100 }, min: 20, max: 60 }, { width: { fr: 1 }, min: 30, max: 500 }, { width: { fr: 3 }, min: 30, max: 50 }], 500)).toEqual([100, 100, 300]);
  });

  it("gives auto columns their one-line width when it fits, fr columns the rest", () => {
    const w = tableColumnWidths([{ width: "auto", min: 30, max: 80 }, { width: { fr: 1 }, min: 40, max: 900 }], 400);
    expect(w).toEqual([80, 320]);
  });

  it("grows auto columns in proportion to fill the width when nothing else does", () => {
    expect(tableColumnWidths([{ width: "auto", min: 20, max: 50 }, { width: "auto", min: 20, max: 150 }], 400)).toEqual([100, 300]);
  });

  it("shrinks auto columns between their narrowest and widest when space is short", () => {
    const w = tableColumnWidths([{ width: "auto", min: 50, max: 300 }, { width: "auto", min: 50, max: 100 }], 200);
    expect(sum(w)).toBeCloseTo(200, 6);
    expect(w[0]).toBeGreaterThan(50);
    expect(w[1]).toBeGreaterThan(50);
    expect(w[0]).toBeGreaterThan(w[1] ?? 0);
  });

  it("keeps an fr column at least as wide as its longest word", () => {
    const w = tableColumnWidths([{ width: { fr: 1 }, min: 150, max: 200 }, { width: { fr: 9 }, min: 10, max: 900 }], 400);
    expect(w[0]).toBe(150);
    expect(w[1]).toBe(250);
  });

  it("scales everything down when even the fixed widths do not fit", () => {
    const w = tableColumnWidths([{ width: { pt: 300 }, min: 0, max: 0 }, { width: { pt: 300 }, min: 0, max: 0 }], 400);
    expect(w).toEqual([200, 200]);
  });

  it("never gives more than the width, and fills it when a column is auto or fr (property)", () => {
    const demand: fc.Arbitrary<ColumnDemand> = fc
      .tuple(
        fc.oneof(fc.constant("auto" as const), fc.record({ pt: fc.double({ min: 1, max: 400, noNaN: true }) }), fc.record({ fr: fc.double({ min: 0.1, max: 10, noNaN: true }) })),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 600, noNaN: true }),
      )
      .map(([width, a, b]) => ({ width, min: Math.min(a, b), max: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(demand, { minLength: 1, maxLength: 12 }), fc.double({ min: 50, max: 800, noNaN: true }), (cols, total) => {
        const w = tableColumnWidths(cols, total);
        expect(w).toHaveLength(cols.length);
        for (const x of w) expect(x).toBeGreaterThanOrEqual(0);
        expect(sum(w)).toBeLessThanOrEqual(total + 1e-6);
        if (cols.some((c) => c.width === "auto" || "fr" in c.width)) expect(sum(w)).toBeGreaterThan(total - 1e-6);
      }),
    );
  });
});
