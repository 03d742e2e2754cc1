import { financialAnnexSpreadsheet, parseContract, SpreadsheetSchema, type Spreadsheet } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { loadExcelJs } from "./load-exceljs";
import { EURO_FORMAT, spreadsheetToXlsx, sumFormula } from "./write-xlsx";

const contract = parseContract(creuseInput());

/** A small spreadsheet with one of each kind of cell. */
const SMALL: Spreadsheet = SpreadsheetSchema.parse({
  title: "Essai",
  createdAt: "2024-07-05",
  sheets: [
    {
      name: "Essai",
      columns: [{ width: 10, format: "text" }, { width: 14, format: "amount" }],
      rows: [
        [{ kind: "text", text: "Titre", style: "header" }, { kind: "text", text: "Montant", style: "header" }],
        [{ kind: "number", value: 2024 }, { kind: "amount", cents: 123456 }],
        [{ kind: "date", date: "2025-06-30" }, { kind: "amount", cents: 1 }],
        [{ kind: "percent", percent: 80 }, { kind: "sum", of: [{ from: { row: 2, column: 2 }, to: { row: 3, column: 2 } }], cents: 123457, bold: true }],
        [{ kind: "empty" }, { kind: "text", text: "note", style: "note" }],
      ],
      frozenRows: 1,
      lists: [{ column: 1, fromRow: 2, toRow: 10, words: ["nouvelle", "renforcée"] }],
    },
  ],
});

describe("sumFormula", () => {
  it.each([
    [[{ from: { row: 5, column: 5 }, to: { row: 7, column: 5 } }], "SUM(E5:E7)"],
    [[{ from: { row: 9, column: 5 } }, { from: { row: 14, column: 5 } }], "SUM(E9,E14)"],
  ])("%j → %s", (of, formula) => {
    expect(sumFormula(of)).toBe(formula);
  });

  it("sums sums past the 255 arguments a spreadsheet function takes", () => {
    const of = Array.from({ length: 600 }, (_, k) => ({ from: { row: k + 1, column: 1 } }));
    const f = sumFormula(of);
    expect(f.startsWith("SUM(SUM(A1,")).toBe(true);
    expect(f.match(/SUM\(/g)).toHaveLength(4);
    expect(f.match(/A\d+/g)).toHaveLength(600);
  });
});

describe("spreadsheetToXlsx", () => {
  it("gives the same bytes every time, its parts dated from the spreadsheet, never the clock", async () => {
    const a = await spreadsheetToXlsx(SMALL);
    const b = await spreadsheetToXlsx(SMALL);
    expect(Buffer.compare(a, b)).toBe(0);
    const core = strFromU8(unzipSync(a)["docProps/core.xml"] ?? new Uint8Array());
    expect(core).toContain("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-07-05T00:00:00Z</dcterms:created>");
    expect(core).toContain("<dc:creator>pacte</dc:creator>");
    const big = financialAnnexSpreadsheet(contract);
    expect(Buffer.compare(await spreadsheetToXlsx(big), await spreadsheetToXlsx(big))).toBe(0);
  });

  it("writes amounts as numbers of euros with a euro format, sums as SUM formulas with their values, dates, shares, lists and frozen rows", async () => {
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await spreadsheetToXlsx(SMALL)) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.getWorksheet("Essai");
    expect(ws?.getCell("B2").value).toBe(1234.56);
    expect(ws?.getCell("B2").numFmt).toBe(EURO_FORMAT);
    expect(ws?.getCell("B4").value).toEqual({ formula: "SUM(B2:B3)", result: 1234.57 });
    expect(ws?.getCell("B4").font?.bold).toBe(true);
    expect(ws?.getCell("A3").value).toEqual(new Date(Date.UTC(2025, 5, 30)));
    expect(ws?.getCell("A4").value).toBe(0.8);
    expect(ws?.getCell("A4").numFmt).toBe("0%");
    expect(ws?.getColumn(1).numFmt).toBe("@");
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const xml = strFromU8(unzipSync(await spreadsheetToXlsx(SMALL))["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
    expect(xml).toContain('<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="warning"');
    expect(xml).toContain('sqref="A2:A10"');
    expect(xml).toContain("<formula1>&quot;nouvelle,renforcée&quot;</formula1>");
    expect(strFromU8(unzipSync(await spreadsheetToXlsx(SMALL))["xl/workbook.xml"] ?? new Uint8Array())).toContain('fullCalcOnLoad="1"');
  });
});
