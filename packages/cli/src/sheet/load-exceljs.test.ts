import { describe, expect, it } from "vitest";
import { loadExcelJs } from "./load-exceljs";

describe("loadExcelJs", () => {
  it("gives exceljs's Workbook however the module was loaded", async () => {
    const { Workbook } = await loadExcelJs();
    expect(new Workbook().worksheets).toEqual([]);
  });
});
