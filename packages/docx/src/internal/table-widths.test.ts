import { defaultTheme, type Table } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { columnWidths } from "./table-widths";

const table = (columns: Table["columns"], cells: string[][] = []): Table => ({
  type: "table",
  columns,
  header: [],
  rows: cells.map((r) => r.map((text) => ({ content: [{ type: "text", text }] }))),
  totals: [],
});
const W = 480;

describe("columnWidths", () => {
  it("shares the text width by fr (columns without width count as 1 fr)", () => {
    expect(columnWidths(table([{ width: { fr: 1 } }, { width: { fr: 3 } }]), defaultTheme, W)).toEqual([120, 360]);
    expect(columnWidths(table([{}, {}]), defaultTheme, W)).toEqual([240, 240]);
  });

  it("keeps fixed widths and gives the rest to fr columns", () => {
    expect(columnWidths(table([{ width: { pt: 80 } }, { width: { fr: 1 } }]), defaultTheme, W)).toEqual([80, 400]);
  });

  it("leaves a table of fixed widths narrower than the text", () => {
    expect(columnWidths(table([{ width: { pt: 100 } }, { width: { pt: 50 } }]), defaultTheme, W)).toEqual([100, 50]);
  });

  it("scales everything down when the columns need more than the text width", () => {
    const widths = columnWidths(table([{ width: { pt: 400 } }, { width: { pt: 400 } }]), defaultTheme, W);
    expect(widths).toEqual([240, 240]);
  });

  it("sizes auto columns from their longest text, wider for longer text", () => {
    const widths = columnWidths(table([{ width: "auto" }, { width: "auto" }, { width: { fr: 1 } }], [["12 €", "Une désignation beaucoup plus longue", "x"]]), defaultTheme, W);
    expect(widths[0]).toBeLessThan(widths[1]!);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(W);
  });

  it("stretches auto columns to the text width when there is no fr column", () => {
    const widths = columnWidths(table([{ width: "auto" }, { width: { pt: 100 } }], [["court", "x"]]), defaultTheme, W);
    expect(widths[1]).toBe(100);
    expect(widths[0]).toBeCloseTo(380);
  });
});
