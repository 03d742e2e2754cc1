import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { centsToDecimal, xlsxWorkbook } from "./xlsx-workbook";

describe("xlsxWorkbook", () => {
  it("writes cents as exact decimals", () => {
    expect([0, 5, 4125050, 100, -250].map(centsToDecimal)).toEqual(["0.00", "0.05", "41250.50", "1.00", "-2.50"]);
  });

  it("writes text inline and escaped, numbers as values, money with the euro format", () => {
    const parts = unzipSync(xlsxWorkbook([{ name: "Feuille: 1", header: ["Nom", "Montant"], rows: [["A & <B>", { cents: 1234567 }], ["n", 3]] }]));
    expect(Object.keys(parts).sort()).toEqual(["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">A &amp; &lt;B&gt;</t></is></c><c r="B2" s="2"><v>12345.67</v></c>');
    expect(sheet).toContain('<c r="B3"><v>3</v></c>');
    // A sheet name may not hold « : ».
    expect(strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array())).toContain('<sheet name="Feuille  1" sheetId="1" r:id="rId1"/>');
  });
});
