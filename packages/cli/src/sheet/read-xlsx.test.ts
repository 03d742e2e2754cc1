import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { loadExcelJs } from "./load-exceljs";
import { MAX_UNPACKED_BYTES, xlsxToSheetTable } from "./read-xlsx";

async function workbook(fill: (wb: InstanceType<Awaited<ReturnType<typeof loadExcelJs>>["Workbook"]>) => void): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("xlsxToSheetTable", () => {
  it("reads each cell as the spreadsheet shows it: numbers, texts, rich text, links, a formula's value, dates, errors", async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet("Mode d’emploi").getCell("A1").value = "Lisez-moi";
      const ws = wb.addWorksheet("Actions");
      ws.getRow(1).values = ["Code action", "Intitulé", "État 2024"];
      ws.getCell("A2").value = "A1.1";
      ws.getCell("B2").value = { richText: [{ text: "Accueil " }, { text: "du jeune enfant", font: { bold: true } }] };
      ws.getCell("C2").value = 1234.56;
      ws.getCell("A4").value = { text: "A1.2", hyperlink: "https://example.org" };
      ws.getCell("B4").value = new Date(Date.UTC(2024, 6, 5));
      ws.getCell("C4").value = { formula: "C2*2", result: 2469.12 };
      ws.getCell("D4").value = { error: "#REF!" };
      ws.getCell("E4").value = { formula: "C2+1" };
      ws.getCell("F4").value = true;
    });
    const r = await xlsxToSheetTable(bytes, { sheet: "actions" });
    expect(r.issues).toEqual([]);
    expect(r.table).toEqual({
      sheet: "Actions",
      rows: [
        { row: 1, cells: ["Code action", "Intitulé", "État 2024"] },
        { row: 2, cells: ["A1.1", "Accueil du jeune enfant", 1234.56] },
        { row: 4, cells: ["A1.2", "2024-07-05", 2469.12, "#REF!", "=C2+1", true] },
      ],
    });
  });

  it("reads the first sheet when none has the name asked", async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet("Feuil1").getCell("A1").value = "Code action";
    });
    expect((await xlsxToSheetTable(bytes, { sheet: "Actions" })).table?.sheet).toBe("Feuil1");
  });

  it("refuses what is not a workbook, and a workbook that would unpack to too much, before exceljs reads it", async () => {
    const notZip = await xlsxToSheetTable(new TextEncoder().encode("Code action;Intitulé\n"));
    expect(notZip.issues.map((i) => i.code)).toEqual(["sheet.unreadable"]);
    expect(notZip.issues[0]?.message).toMatch(/^Le classeur n’a pas pu être lu comme un fichier XLSX \(.+\) ; enregistrez-le depuis le tableur au format « Classeur Excel \(\.xlsx\) »\.$/);
    const zipNotXlsx = await xlsxToSheetTable(zipSync({ "a.txt": strToU8("bonjour") }));
    expect(zipNotXlsx.issues.map((i) => i.code)).toEqual(["sheet.unreadable"]);
    // A small ZIP whose central directory announces more than the limit.
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": strToU8("<x/>") }, { level: 0 });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    const central = bomb.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, MAX_UNPACKED_BYTES + 1, true);
    expect((await xlsxToSheetTable(bomb)).issues.map((i) => i.code)).toEqual(["sheet.too_large"]);
  });
});
