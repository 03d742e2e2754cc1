// `pacte export`: the financial annex and the payment schedule as a spreadsheet.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { creuseYaml } from "../test-support/inputs";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs("pacte-export-");
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("pacte export", () => {
  it("writes the workbook named after the reference, with SUM formulas; the same bytes every time", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "contrat.yaml"), creuseYaml());
    const r = await run(dir, ["export", "contrat.yaml"]);
    expect({ ...r, stdout: plain(r.stdout) }).toEqual({ code: 0, stdout: "écrit CLS-23-2024-001-annexe-financiere.xlsx (2 feuilles ; 12 actions, 2024–2027 ; État 1 888 000,00 €, total 3 896 000,00 €)\n", stderr: "" });
    const bytes = readFileSync(join(dir, "CLS-23-2024-001-annexe-financiere.xlsx"));
    expect((await run(dir, ["export", "contrat.yaml", "--out", "b.xlsx"])).code).toBe(0);
    expect(Buffer.compare(readFileSync(join(dir, "b.xlsx")), bytes)).toBe(0);
    const parts = unzipSync(bytes);
    expect(strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array())).toMatch(/<sheet sheetId="1" name="Annexe financière"[^>]*\/><sheet sheetId="2" name="Échéancier"/);
    expect(strFromU8(parts["xl/worksheets/sheet1.xml"] ?? new Uint8Array())).toContain("<f>SUM(E6:G6)</f>");
  });

  it("writes the same rows as CSV with their values, to a file or the standard output", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "contrat.yaml"), creuseYaml());
    const r = await run(dir, ["export", "contrat.yaml", "--format", "csv", "--out", "-"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\r\n");
    expect(lines[3]).toBe("Axe;Code action;Intitulé;Année;État;Département;Autres partenaires;Total");
    expect(lines.find((l) => l.startsWith("Total général"))).toBe("Total général;;;;1888000,00;1888000,00;120000,00;3896000,00");
    expect(lines.find((l) => l.startsWith("Total des versements"))).toBe("Total des versements de l’État;;;;;;1888000,00");
    expect((await run(dir, ["export", "contrat.yaml", "--format", "csv"])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["CLS-23-2024-001-annexe-financiere.csv", "contrat.yaml"]);
  });

  it("refuses an invalid contract (exit 1) and an XLSX on the standard output (exit 2), writing nothing", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "contrat.yaml"), creuseYaml((i) => void (i.collectivite.ref = "Creusse")));
    const invalid = await run(dir, ["export", "contrat.yaml"]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^contrat\.yaml : invalide, 1 erreur\n/);
    const stdout = await run(dir, ["export", "contrat.yaml", "--out", "-"]);
    expect(stdout.code).toBe(2);
    expect(stdout.stderr.split("\n")[0]).toBe("pacte export : un classeur XLSX ne s’écrit pas sur la sortie standard : donnez --out FICHIER, ou --format csv");
    expect((await run(dir, ["export", "contrat.yaml", "--format", "ods"])).stderr.split("\n")[0]).toBe("pacte export : --format attend xlsx, csv ; « ods » reçu");
    expect(readdirSync(dir)).toEqual(["contrat.yaml"]);
  });
});
