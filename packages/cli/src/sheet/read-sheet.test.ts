import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDirs } from "../test-support/run";
import { readSheetBytes, readSheetFile, sheetFileFormat } from "./read-sheet";

const fresh = tempDirs("pacte-read-sheet-");
const text = (t: string) => new TextEncoder().encode(t);

describe("sheetFileFormat", () => {
  it.each([
    ["actions.csv", text("Code;x"), "csv"],
    ["actions.txt", text("Code;x"), "csv"],
    ["actions.xlsx", text("PK\u0003\u0004"), "xlsx"],
    ["export", text("PK\u0003\u0004"), "xlsx"],
    ["actions.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]), "xls"],
    ["actions.ods", text("PK\u0003\u0004"), "ods"],
  ])("%s → %s", (name, bytes, format) => {
    expect(sheetFileFormat(name, bytes)).toBe(format);
  });
});

describe("readSheetBytes / readSheetFile", () => {
  it("refuses an Excel 97-2003 or OpenDocument workbook, saying what to save it as", async () => {
    const r = await readSheetBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), "vieux.xls", { lang: "en" });
    expect(r.issues.map((i) => i.message)).toEqual(['The workbook could not be read as an XLSX file (Excel 97-2003 workbook (.xls)); save it from the spreadsheet as "Excel Workbook (.xlsx)".']);
  });

  it("reads a file with the checks of every input (a regular file, its size)", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "m.csv"), "# commentaire\nref,nom\n23D,Creuse\n");
    const r = await readSheetFile(join(dir, "m.csv"), { comment: "#" });
    expect(r.table?.rows).toEqual([
      { row: 2, cells: ["ref", "nom"] },
      { row: 3, cells: ["23D", "Creuse"] },
    ]);
    expect((await readSheetFile(join(dir, "m.csv"), { maxSize: 10 })).issues.map((i) => i.code)).toEqual(["input.too_large"]);
    expect((await readSheetFile(dir)).issues.map((i) => i.code)).toEqual(["input.not_a_file"]);
    // The refusal says what the command reads: a spreadsheet, not a YAML or JSON text.
    expect((await readSheetFile(dir)).issues[0]?.message).toBe("Un tableur XLSX ou CSV est attendu, et ce chemin désigne un dossier ; rien n’a été lu.");
    expect((await readSheetFile(dir, { lang: "en" })).issues[0]?.message).toBe("An XLSX or CSV spreadsheet is expected, and this path is a folder; nothing was read.");
    await expect(readSheetFile(join(dir, "absent.csv"))).rejects.toThrow();
  });
});
