// `pacte init --sheet`: the spreadsheet of actions to fill in, its bytes the same every time.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExcelJs } from "../sheet/load-exceljs";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs("pacte-init-sheet-");

describe("pacte init --sheet", () => {
  it("writes actions.xlsx: the sheet Actions with the profile's columns and examples, and its Mode d’emploi; the same bytes twice", async () => {
    const dir = fresh();
    const r = await run(dir, ["init", "--sheet"]);
    expect(r).toEqual({
      code: 0,
      stdout:
        "écrit actions.xlsx (profil cls-departement-2024, 3 actions d’exemple)\nÉtapes suivantes : remplissez la feuille « Actions » (une ligne par action, montants en euros par année), puis pacte import actions.xlsx --into contrat.yaml\n",
      stderr: "",
    });
    const first = readFileSync(join(dir, "actions.xlsx"));
    expect((await run(dir, ["init", "--sheet", "--force"])).code).toBe(0);
    expect(Buffer.compare(readFileSync(join(dir, "actions.xlsx")), first)).toBe(0);
    const other = fresh();
    expect((await run(other, ["init", "--sheet", "copie.xlsx"])).code).toBe(0);
    expect(Buffer.compare(readFileSync(join(other, "copie.xlsx")), first)).toBe(0);

    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(first as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Actions", "Mode d’emploi"]);
    const ws = wb.getWorksheet("Actions")!;
    expect(ws.getRow(1).values).toEqual([undefined, "Axe", "Code action", "Intitulé", "Description", "Porteur", "Publics", "Territoire", "Nature", "Renforcement", "Autre financeur", "État 2024", "Collectivité 2024", "Autres financeurs 2024", "État 2025", "Collectivité 2025", "Autres financeurs 2025", "État 2026", "Collectivité 2026", "Autres financeurs 2026", "État 2027", "Collectivité 2027", "Autres financeurs 2027"]);
    expect(ws.getCell("K2").value).toBe(50000);
    expect(ws.getCell("K2").numFmt).toBe('#,##0.00 "€"');
    expect(ws.getColumn(11).numFmt).toBe('#,##0.00 "€"');
    expect(wb.created).toEqual(new Date("2023-12-17T00:00:00Z"));
  });

  it("writes a CSV of the sheet Actions alone, or the profile's columns", async () => {
    const dir = fresh();
    expect((await run(dir, ["init", "--sheet", "actions.csv", "--profile", "calpae-2019"])).code).toBe(0);
    const lines = readFileSync(join(dir, "actions.csv"), "utf8").split("\r\n");
    expect(lines[0]).toBe("\ufeffPartie;Engagement du socle;Code action;Intitulé;Description;Porteur;Publics;Territoire;Nature;Renforcement;Autre financeur;État 2019;Collectivité 2019;Autres financeurs 2019");
    expect(lines[1]?.startsWith("socle;sorties-ase;S1;")).toBe(true);
  });

  it.each([
    [["init", "--sheet", "a.xlsx", "--out", "b.xlsx"], "pacte init : deux fichiers donnés (« a.xlsx » et --out b.xlsx) : gardez-en un\n"],
    [["init", "--sheet", "--collectivite", "23D"], "pacte init : --collectivite ne sert pas au tableur des actions : il ne porte que les actions et leurs montants\n"],
    [["init", "a.xlsx"], "pacte init : argument en trop « a.xlsx » : un fichier s’écrit avec --out (ou --sheet FICHIER pour un tableur)\n"],
    [["init", "--sheet", "a.xlsx", "b.xlsx"], "pacte init : argument en trop « b.xlsx » pour « pacte init »\n"],
  ])("%j is a usage error (exit 2), nothing written", async (args, message) => {
    const dir = fresh();
    const r = await run(dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses to replace a file without --force", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "actions.xlsx"), "mon travail");
    const r = await run(dir, ["init", "--sheet", "--lang", "en"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "pacte init: “actions.xlsx” already exists; run again with --force to replace it\n" });
    expect(readFileSync(join(dir, "actions.xlsx"), "utf8")).toBe("mon travail");
  });
});
