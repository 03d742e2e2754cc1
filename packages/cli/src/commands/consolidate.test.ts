import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkContractText, parseContract, parseContractText, type Contract } from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import { CONSOLIDATION_CSV_COLUMNS, executionTemplate, settleExecution, validateExecution } from "@pacte/execution";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { bordeauxInput, writeFiles } from "../test-support/inputs";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs();
const example = (path: string): string => readFileSync(fileURLToPath(new URL(`../../../../examples/${path}`, import.meta.url)), "utf8");
const CREUSE = example("contrat-departement/contrat.yaml");
const CREUSE_2024 = example("rapport-execution/rapport-2024.yaml");
const BORDEAUX = stringify(bordeauxInput());

/** Bordeaux Métropole's 2024 report: each action spent 90 % of the State's commitment, and as much by the métropole. */
function bordeauxReport(year = 2024): string {
  const contract = parseContract(bordeauxInput());
  const t = executionTemplate(contract, year);
  for (const a of t.actions) {
    const committed = contract.actions.find((c) => c.id === a.id)?.funding[String(year)];
    const spent = Math.floor(((committed?.state ?? 0) * 9) / 10) / 100;
    a.status = "completed";
    a.spent = { ...a.spent, state: spent, collectivite: spent };
  }
  return stringify(t);
}

/** The settlement of a report's text against a contract's text, as the libraries compute it. */
function settle(contractText: string, reportText: string): ReturnType<typeof settleExecution> {
  const c = checkContractText(contractText);
  const read = parseContractText(reportText);
  if (!c.success || !read.success) throw new Error("fixture");
  const checked = validateExecution(read.data, c.data);
  if (!checked.success) throw new Error("fixture report");
  return settleExecution(checked.data, c.data as Contract);
}

/** Euros with a decimal comma, as the CSV writes them, in cents. */
const cents = (field: string): number => {
  const [units = "0", decimals = "00"] = field.split(",");
  return Number(units) * 100 + Number(decimals);
};

describe("pacte consolidate", () => {
  it("consolidates 2 contracts and their reports into PDF, DOCX, CSV and XLSX whose totals are the reports' sums", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "entrees"));
    writeFiles(join(dir, "entrees"), { "creuse.yaml": CREUSE, "creuse-2024.yaml": CREUSE_2024, "bordeaux.yaml": BORDEAUX, "bordeaux-2024.yaml": bordeauxReport() });
    const r = await run(dir, ["consolidate", "entrees", "--out", "bilan"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);

    const creuse = settle(CREUSE, CREUSE_2024);
    const bordeaux = settle(BORDEAUX, bordeauxReport());
    const sum = (f: (s: typeof creuse) => number): number => f(creuse) + f(bordeaux);
    expect(r.stdout.split("\n")).toEqual([
      "Consolidation nationale : 2 contrats, 2 rapports (2024)",
      `  Engagé : ${formatEuros(sum((s) => s.committed.total))} ; dépensé : ${formatEuros(sum((s) => s.spent.total))}`,
      `  Part de l’État due : ${formatEuros(sum((s) => s.stateDue))} ; soldes à verser : ${formatEuros(sum((s) => s.balance))} ; à reverser : ${formatEuros(sum((s) => s.recovered))}`,
      expect.stringMatching(/^écrit bilan\/consolidation-2024\.pdf \(\d+ pages, \d+ Ko\)$/),
      expect.stringMatching(/^écrit bilan\/consolidation-2024\.docx \(\d+ Ko\)$/),
      expect.stringMatching(/^écrit bilan\/consolidation-2024\.csv \(\d+ Ko\)$/),
      expect.stringMatching(/^écrit bilan\/consolidation-2024\.xlsx \(\d+ Ko\)$/),
      "",
    ]);
    expect(readdirSync(join(dir, "bilan")).sort()).toEqual(["consolidation-2024.csv", "consolidation-2024.docx", "consolidation-2024.pdf", "consolidation-2024.xlsx"]);
    const bytes = (name: string) => readFileSync(join(dir, "bilan", name));
    expect(bytes("consolidation-2024.pdf").subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes("consolidation-2024.docx").subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes("consolidation-2024.xlsx").subarray(0, 2).toString("latin1")).toBe("PK");

    // The CSV: one line per action of each report; its columns add up to the reports' own settlements.
    const [header = "", ...rows] = bytes("consolidation-2024.csv").toString("utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(header).toBe(CONSOLIDATION_CSV_COLUMNS.join(";"));
    const column = (name: (typeof CONSOLIDATION_CSV_COLUMNS)[number]): number[] => rows.map((row) => cents(row.split(";")[CONSOLIDATION_CSV_COLUMNS.indexOf(name)] ?? ""));
    const total = (name: (typeof CONSOLIDATION_CSV_COLUMNS)[number]): number => column(name).reduce((a, b) => a + b, 0);
    expect(rows).toHaveLength(creuse.byAction.length + bordeaux.byAction.length);
    expect(total("engage_total")).toBe(sum((s) => s.committed.total));
    expect(total("depense_etat")).toBe(sum((s) => s.spent.state));
    expect(total("depense_collectivite")).toBe(sum((s) => s.spent.collectivite));
    expect(total("depense_total")).toBe(sum((s) => s.spent.total));
    expect(total("part_etat_due")).toBe(sum((s) => s.stateDue));
  });

  it("prints the problems of every file with file:line:col, exits 1 and writes nothing", async () => {
    const dir = fresh();
    writeFiles(dir, {
      "creuse.yaml": CREUSE,
      "creuse-2024.yaml": CREUSE_2024,
      "doublon.yaml": CREUSE_2024,
      "erronee.yaml": example("rapport-execution/rapport-errone.yaml").replace("year: 2024", "year: 2025").replace("date: 2025-06-12", "date: 2026-06-12"),
      "orphelin.yaml": bordeauxReport(),
    });
    const r = await run(dir, ["consolidate", ".", "--out", "bilan"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const blocks = r.stderr.trimEnd().split("\n").filter((l) => !l.startsWith("  "));
    expect(blocks).toEqual(["doublon.yaml : invalide, 1 erreur", "erronee.yaml : invalide, 3 erreurs, 1 avertissement", "orphelin.yaml : invalide, 1 erreur"]);
    expect(r.stderr).toMatch(/\n {2}doublon\.yaml:6:1: erreur consolidation\.duplicate_report \(year\) : Rapport en double : le contrat « CLS-23-2024-001 » a déjà un rapport 2024 en creuse-2024\.yaml/u);
    expect(r.stderr).toMatch(/\n {2}erronee\.yaml:14:7: erreur execution\.unknown_action \(actions\[5\]\.id\) : /u);
    expect(r.stderr).toMatch(/\n {2}orphelin\.yaml:1:1: erreur consolidation\.unknown_contract \(contract\) : Rapport sans contrat : le rapport 2024 porte sur le contrat « CLS-BM-2024 », absent des contrats à consolider\. Ajoutez le contrat ou retirez le rapport\.\n/u);
    expect(readdirSync(dir).sort()).toEqual(["creuse-2024.yaml", "creuse.yaml", "doublon.yaml", "erronee.yaml", "orphelin.yaml"]);
  });

  it("names a contract given twice, and says when the folder holds no report", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": CREUSE, "b.yaml": CREUSE });
    const twice = await run(dir, ["consolidate", ".", "--out", "bilan"]);
    expect(twice.code).toBe(1);
    const reference = CREUSE.split("\n").findIndex((l) => l.startsWith("reference: ")) + 1;
    expect(twice.stderr).toMatch(new RegExp(`^b\\.yaml : invalide, 1 erreur\\n {2}b\\.yaml:${reference}:1: erreur consolidation\\.duplicate_contract \\(reference\\) : Contrat en double : « CLS-23-2024-001 » figure déjà en a\\.yaml`, "u"));
    const none = await run(dir, ["consolidate", "a.yaml", "--out", "bilan"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^pacte consolidate : aucun rapport d’exécution dans a\.yaml /u);
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml"]);
  });

  it("refuses to replace any of its four files without --force, before rendering", async () => {
    const dir = fresh();
    writeFiles(dir, { "creuse.yaml": CREUSE, "creuse-2024.yaml": CREUSE_2024 });
    mkdirSync(join(dir, "bilan"));
    writeFiles(join(dir, "bilan"), { "consolidation-2024.xlsx": "ancien" });
    const r = await run(dir, ["consolidate", "creuse.yaml", "creuse-2024.yaml", "--out", "bilan"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "pacte consolidate : « bilan/consolidation-2024.xlsx » existe déjà ; relancez avec --force pour le remplacer\n" });
    expect(readdirSync(join(dir, "bilan"))).toEqual(["consolidation-2024.xlsx"]);
  });

  it("requires --out", async () => {
    const r = await run(fresh(), ["consolidate", "."]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pacte consolidate : --out DOSSIER est obligatoire\nUsage : pacte consolidate /);
  });
});
