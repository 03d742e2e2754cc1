// The acceptance of spreadsheets in and out: `pacte init --sheet`, filled in as a person would
// (with exceljs), `pacte import` into the contract of `pacte init`, `pacte render` — the
// contract's financial annex has the sheet's figures, in the composed contract and in the PDF —;
// then `pacte export`, whose workbook LibreOffice opens and recalculates: its totals are the
// contract's, and they follow a changed cell (the SUM formulas are live).
import { execFile, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { contractTotals, financialTable, parseContract, parseContractText } from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import { parseMoney } from "@pacte/model";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadExcelJs } from "./load-exceljs";
import { editWorkbook, fillRows } from "../test-support/sheets";
import { run, tempDirs } from "../test-support/run";

const exec = promisify(execFile);
const has = (tool: string) => spawnSync("which", [tool]).status === 0;
// LibreOffice opens an XLSX only with its Calc component (Debian: libreoffice-calc-nogui).
const CALC = spawnSync("sh", ["-c", "command -v soffice && ls /usr/lib/libreoffice/program/libscfiltlo.so"]).status === 0;
const fresh = tempDirs("pacte-sheet-trip-");

/** The sheet as the finance officer fills it (columns of the template: Axe … Autre financeur, then État, Collectivité, Autres financeurs for 2024 to 2027). */
const ROWS: readonly (readonly (string | number | null)[])[] = [
  [1, "A1.1", "Accueil du jeune enfant", "Places en crèche à vocation d’insertion", "Direction de l’enfance", "Familles monoparentales", "Guéret", "renforcée", "file active", "CAF de la Creuse", "40 000 €", 40000, "10 000", 45000, 45000, 10000, 50000.5, "50 000,50", null, 50000, 50000, null],
  [1, "A1.1", null, null, null, null, null, null, null, "Commune de Guéret", null, null, 2500],
  [1, "A1.2", "Petits déjeuners à l’école", null, "Direction de l’éducation", "Élèves", "Communes rurales", "nouvelle", null, null, 25000, 25000, null, 30000, 30000, null, 30000, 30000, null, 30000, 30000, null],
  [3, "A3.1", "Premier accueil social inconditionnel", null, "Département de la Creuse", "Toute personne", "Creuse", "nouvelle", null, null, "1 234,56", 1234.56, null, 1234.56, "1 234,56 €", null, null, null, null, 1000, 1000, null],
  [4, "A4.1", "Lutte contre la précarité énergétique", null, "Département de la Creuse", "Ménages modestes", "Creuse", "nouvelle", null, null, 35000, 35000, null, 35000, 35000, null, 35000, 35000, null, 35000, 35000, null],
];

/** What the sheet says, in cents: action, year, State, collectivity, other funders. */
const EXPECTED: readonly (readonly [string, number, number, number, number])[] = [
  ["A1.1", 2024, 4000000, 4000000, 1250000],
  ["A1.1", 2025, 4500000, 4500000, 1000000],
  ["A1.1", 2026, 5000050, 5000050, 0],
  ["A1.1", 2027, 5000000, 5000000, 0],
  ...[2024, 2025, 2026, 2027].map((y) => ["A1.2", y, y === 2024 ? 2500000 : 3000000, y === 2024 ? 2500000 : 3000000, 0] as const),
  ["A3.1", 2024, 123456, 123456, 0],
  ["A3.1", 2025, 123456, 123456, 0],
  ["A3.1", 2026, 0, 0, 0],
  ["A3.1", 2027, 100000, 100000, 0],
  ...[2024, 2025, 2026, 2027].map((y) => ["A4.1", y, 3500000, 3500000, 0] as const),
];

/** A LibreOffice profile that recalculates every formula of an XLSX when it opens one (its default is to trust the cached values). */
function recalculatingProfile(dir: string): string {
  const user = join(dir, "lo", "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n</oor:items>\n',
  );
  return `file://${join(dir, "lo")}`;
}

/** Every sheet of a workbook as LibreOffice computes it: one CSV per sheet (values, not as shown), by sheet name. */
async function libreOfficeSheets(xlsx: string, dir: string, profile: string): Promise<Record<string, string[][]>> {
  const out = join(dir, `csv-${readdirSync(dir).length}`);
  await exec("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, xlsx], { timeout: 170_000 });
  const sheets: Record<string, string[][]> = {};
  const base = basename(xlsx, ".xlsx");
  for (const f of readdirSync(out)) sheets[f.slice(base.length + 1, -".csv".length)] = parseCsv(readFileSync(join(out, f), "utf8"), { relax_column_count: true }) as string[][];
  return sheets;
}

/** The contract's grand total, in cents: the sheet's, added by hand (909 439,24 €). */
const totals0 = (contract: Parameters<typeof contractTotals>[0]): number => contractTotals(contract).total.total;

/** The cents of a number LibreOffice wrote (`3896000`, `1234.56`). */
const cents = (text: string | undefined): number => parseMoney(text ?? "");

describe("a contract's money through spreadsheets", () => {
  it("init --sheet, filled in, import, render: the contract's financial annex has the sheet's figures", async () => {
    const dir = fresh();
    expect((await run(dir, ["init", "--collectivite", "23D"])).code).toBe(0);
    // The template's texts to fill in, filled as a person would (the version to sign refuses them).
    const yaml = readFileSync(join(dir, "contrat.yaml"), "utf8");
    writeFileSync(join(dir, "contrat.yaml"), yaml.replace(/name: Prénom Nom/g, "name: Claire Martin").replace(/number: à compléter/g, "number: CP-2024-06-03"));
    expect((await run(dir, ["init", "--sheet"])).code).toBe(0);
    await editWorkbook(dir, "actions.xlsx", (ws) => fillRows(ws, ROWS, { clearTo: 10 }));

    const imported = await run(dir, ["import", "actions.xlsx", "--into", "contrat.yaml"]);
    expect(imported.code).toBe(0);
    expect(imported.stdout.split("\n")[0]).toBe("écrit contrat.yaml (4 actions lues dans actions.xlsx : 3 mises à jour, 1 ajoutée)");

    const read = parseContractText(readFileSync(join(dir, "contrat.yaml"), "utf8"));
    if (!read.success) throw new Error(read.issues.map((i) => i.message).join("\n"));
    const contract = parseContract(read.data);
    expect(financialTable(contract).rows.map((r) => [r.actionId, r.year, r.amounts.state, r.amounts.collectivite, r.amounts.others])).toEqual(EXPECTED);
    expect(contract.actions.find((a) => a.id === "A1.1")?.funding["2024"]?.others).toEqual([
      { name: "CAF de la Creuse", amount: 1000000 },
      { name: "Commune de Guéret", amount: 250000 },
    ]);

    const rendered = await run(dir, ["render", "contrat.yaml", "--format", "pdf", "--out", "sortie", "--no-pdfa"]);
    expect(rendered.stderr).not.toContain("erreur");
    expect(rendered.code).toBe(0);
    expect(totals0(contract)).toBe(90943924);
    if (!has("pdftotext")) return;
    const pdf = join(dir, "sortie", readdirSync(join(dir, "sortie"))[0] ?? "");
    const { stdout } = await exec("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
    const text = stdout.replace(/[\s\u202f\u00a0]+/g, " ");
    const totals = contractTotals(contract);
    const euros = (c: number) => formatEuros(c).replace(/[\u202f\u00a0]/g, " ");
    const grand = `Total général ${totals.byYear.map((y) => euros(y.amounts.total)).join(" ")} ${euros(totals.total.total)}`;
    expect(text).toContain(grand);
    expect(text).toContain(`Total État ${totals.byYear.map((y) => euros(y.amounts.state)).join(" ")} ${euros(totals.total.state)}`);
  });

  it.skipIf(!CALC)("export: LibreOffice recalculates the workbook's SUM formulas to the contract's totals, and follows a changed cell", async () => {
    const dir = fresh();
    expect((await run(dir, ["init", "--collectivite", "23D"])).code).toBe(0);
    expect((await run(dir, ["init", "--sheet"])).code).toBe(0);
    await editWorkbook(dir, "actions.xlsx", (ws) => fillRows(ws, ROWS, { clearTo: 10 }));
    expect((await run(dir, ["import", "actions.xlsx", "--into", "contrat.yaml"])).code).toBe(0);
    expect((await run(dir, ["export", "contrat.yaml", "--out", "annexe.xlsx"])).code).toBe(0);
    const read = parseContractText(readFileSync(join(dir, "contrat.yaml"), "utf8"));
    if (!read.success) throw new Error("contrat.yaml");
    const totals = contractTotals(parseContract(read.data));

    const profile = recalculatingProfile(dir);
    const sheets = await libreOfficeSheets(join(dir, "annexe.xlsx"), dir, profile);
    const annex = sheets["Annexe financière"] ?? [];
    const row = (label: string) => annex.find((r) => r[0] === label) ?? [];
    expect(row("Total général").slice(4, 8).map(cents)).toEqual([totals.total.state, totals.total.collectivite, totals.total.others, totals.total.total]);
    for (const y of totals.byYear) expect(row(`Total ${y.year}`).slice(4, 8).map(cents)).toEqual([y.amounts.state, y.amounts.collectivite, y.amounts.others, y.amounts.total]);
    expect(row("Sous-total axe 1").slice(4, 8).map(cents)).toEqual([
      totals.byAxis[0]?.total.state,
      totals.byAxis[0]?.total.collectivite,
      totals.byAxis[0]?.total.others,
      totals.byAxis[0]?.total.total,
    ]);
    const schedule = sheets["Échéancier"] ?? [];
    expect(cents(schedule.find((r) => r[0] === "Total des versements de l’État")?.[6])).toBe(totals.total.state);

    // A cell changed after the export: the totals LibreOffice computes follow it, whatever values the file cached.
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "annexe.xlsx"));
    const ws = wb.getWorksheet("Annexe financière")!;
    const first = annex.findIndex((r) => r[1] === "A1.1" && r[3] === "2024") + 1;
    ws.getCell(first, 5).value = Number(ws.getCell(first, 5).value) + 1000;
    await wb.xlsx.writeFile(join(dir, "modifiee.xlsx"));
    const changed = (await libreOfficeSheets(join(dir, "modifiee.xlsx"), dir, profile))["Annexe financière"] ?? [];
    expect(cents(changed.find((r) => r[0] === "Total général")?.[4])).toBe(totals.total.state + 100000);
    expect(cents(changed.find((r) => r[0] === "Total général")?.[7])).toBe(totals.total.total + 100000);
  });
});
