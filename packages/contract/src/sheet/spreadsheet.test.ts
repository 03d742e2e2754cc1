import { describe, expect, it } from "vitest";
import { CellRangeSchema, SpreadsheetCellSchema, SpreadsheetSchema, SpreadsheetSheetSchema } from "./spreadsheet";

describe("the spreadsheet to write", () => {
  it.each([
    [{ kind: "empty" }],
    [{ kind: "text", text: "Total général", style: "bold" }],
    [{ kind: "number", value: 2024 }],
    [{ kind: "amount", cents: 5000000 }],
    [{ kind: "percent", percent: 80 }],
    [{ kind: "date", date: "2024-07-05" }],
    [{ kind: "sum", of: [{ from: { row: 5, column: 5 }, to: { row: 7, column: 5 } }], cents: 1, bold: true }],
  ])("accepts the cell %j", (cell) => {
    expect(SpreadsheetCellSchema.parse(cell)).toEqual(cell);
  });

  it.each([
    [{ kind: "amount", cents: 12.5 }],
    [{ kind: "amount", cents: -1 }],
    [{ kind: "sum", of: [], cents: 0 }],
    [{ kind: "date", date: "2024-02-30" }],
    [{ kind: "number", value: Number.NaN }],
    [{ kind: "formula", text: "=1+1" }],
  ])("refuses the cell %j", (cell) => {
    expect(SpreadsheetCellSchema.safeParse(cell).success).toBe(false);
  });

  it("refuses a sheet name a spreadsheet refuses, and a range from row 0", () => {
    for (const name of ["", "a".repeat(32), "Annexe/2024", "Feuille[1]"]) expect(SpreadsheetSheetSchema.safeParse({ name, columns: [], rows: [] }).success).toBe(false);
    expect(CellRangeSchema.safeParse({ from: { row: 0, column: 1 } }).success).toBe(false);
    expect(SpreadsheetSchema.safeParse({ title: "t", createdAt: "2024-07-05", sheets: [] }).success).toBe(false);
  });
});
