import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkContractText, parseContractText, type Contract } from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import { settleExecution, validateExecution, type ExecutionInput } from "@pacte/execution";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { writeFiles } from "../test-support/inputs";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs();
const example = (path: string): string => readFileSync(fileURLToPath(new URL(`../../../../examples/${path}`, import.meta.url)), "utf8");
const CONTRACT = example("contrat-departement/contrat.yaml");
const REPORT = example("rapport-execution/rapport-2024.yaml");
const WRONG = example("rapport-execution/rapport-errone.yaml");
const ascii = (b: Uint8Array) => Buffer.from(b).toString("latin1");

function contractOf(text: string): Contract {
  const r = checkContractText(text);
  if (!r.success) throw new Error("the example contract is invalid");
  return r.data;
}

describe("pacte report", () => {
  it("writes the Creuse's 2024 report as PDF and DOCX and prints the settlement settleExecution gives", async () => {
    const dir = fresh();
    writeFiles(dir, { "contrat.yaml": CONTRACT, "rapport-2024.yaml": REPORT });
    const r = await run(dir, ["report", "rapport-2024.yaml", "--contract", "contrat.yaml", "--out", "sortie"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);

    const contract = contractOf(CONTRACT);
    const read = parseContractText(REPORT);
    const checked = read.success ? validateExecution(read.data, contract) : undefined;
    if (checked?.success !== true) throw new Error("the example report is invalid");
    const s = settleExecution(checked.data, contract);
    const lines = r.stdout.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "Rapport d’exécution 2024 du contrat CLS-23-2024-001 — Département de la Creuse, daté du 12 juin 2025",
      `  Engagé : ${formatEuros(s.committed.total)} ; dépensé : ${formatEuros(s.spent.total)}`,
      `  Part de l’État due : ${formatEuros(s.stateDue)} ; déjà versée : ${formatEuros(s.paidBeforeReport)}`,
      `  Solde à verser : ${formatEuros(s.balance)}`,
      `  À reverser : ${formatEuros(s.recovered)}`,
    ]);
    // The figures of the execution README, written out: 36 871,25 € to pay, nothing to recover.
    expect(lines[3]).toBe("  Solde à verser : 36\u202F871,25\u00A0€");
    expect(lines[4]).toBe("  À reverser : 0,00\u00A0€");
    expect(lines.slice(5)).toEqual([
      expect.stringMatching(/^écrit sortie\/CLS-23-2024-001-rapport-execution-2024\.pdf \(\d+ pages, \d+ Ko\)$/),
      expect.stringMatching(/^écrit sortie\/CLS-23-2024-001-rapport-execution-2024\.docx \(\d+ Ko\)$/),
      "",
    ]);
    expect(readdirSync(join(dir, "sortie")).sort()).toEqual(["CLS-23-2024-001-rapport-execution-2024.docx", "CLS-23-2024-001-rapport-execution-2024.pdf"]);
    expect(ascii(readFileSync(join(dir, "sortie", "CLS-23-2024-001-rapport-execution-2024.pdf")).subarray(0, 5))).toBe("%PDF-");
    expect(ascii(readFileSync(join(dir, "sortie", "CLS-23-2024-001-rapport-execution-2024.docx")).subarray(0, 2))).toBe("PK");
  });

  it("prints every problem of a bad report with file:line:col, exits 1 and writes nothing", async () => {
    const dir = fresh();
    writeFiles(dir, { "contrat.yaml": CONTRACT, "rapport-errone.yaml": WRONG });
    const r = await run(dir, ["report", "rapport-errone.yaml", "--contract", "contrat.yaml", "--out", "sortie"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("rapport-errone.yaml : invalide, 3 erreurs, 1 avertissement");
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}rapport-errone\.yaml:10:45: erreur execution\.overspend \(actions\[1\]\.spent\.state\) : Dépense supérieure à l’engagement pour l’action « A1\.2 » en 2024 : 31\u202F000,00\u00A0€ /u),
      expect.stringMatching(/^ {2}rapport-errone\.yaml:14:7: erreur execution\.unknown_action \(actions\[5\]\.id\) : Action inconnue : « A1\.9 » n’est pas une action du contrat ; vouliez-vous dire « A1\.1 » \?$/u),
      expect.stringMatching(/^ {2}rapport-errone\.yaml:15:36: erreur execution\.parity \(actions\[6\]\.spent\) : Parité non respectée à l’exécution pour l’action « A3\.1 » en 2024 /u),
      expect.stringMatching(/^ {2}rapport-errone\.yaml:10:60: avertissement execution\.overspend_partner \(actions\[1\]\.spent\.collectivite\) : /u),
    ]);
    expect(readdirSync(dir).sort()).toEqual(["contrat.yaml", "rapport-errone.yaml"]);
  });

  it("reports an invalid contract with its own issues, and a syntax error of the report at its line", async () => {
    const dir = fresh();
    writeFiles(dir, { "contrat.yaml": CONTRACT.replace("reference: CLS-23-2024-001", "reference: CLS-23-2024-001\ntitel: x"), "rapport.yaml": "contract: [CLS\nyear: 2024\n" });
    const bad = await run(dir, ["report", "rapport.yaml", "--contract", "contrat.yaml"]);
    expect(bad.code).toBe(1);
    // « titel » is written on the line after « reference: ».
    const titel = CONTRACT.split("\n").findIndex((l) => l.startsWith("reference: ")) + 2;
    expect(bad.stderr).toMatch(new RegExp(`^contrat\\.yaml : invalide, 1 erreur\\n {2}contrat\\.yaml:${titel}:1: erreur input\\.unknown_key `));
    writeFiles(dir, { "contrat.yaml": CONTRACT });
    const syntax = await run(dir, ["report", "rapport.yaml", "--contract", "contrat.yaml"]);
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toMatch(/^rapport\.yaml : invalide, 1 erreur\n {2}rapport\.yaml:2:1: erreur input\.syntax /);
    expect(readdirSync(dir).sort()).toEqual(["contrat.yaml", "rapport.yaml"]);
  });

  it("prints the warnings (a late report) and writes the report anyway", async () => {
    const dir = fresh();
    writeFiles(dir, { "contrat.yaml": CONTRACT, "rapport.yaml": REPORT.replace("date: 2025-06-12", "date: 2025-07-15") });
    const r = await run(dir, ["report", "rapport.yaml", "--contract", "contrat.yaml", "--format", "docx"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^rapport\.yaml : valide \(1 avertissement\)\n {2}rapport\.yaml:7:1: avertissement execution\.late \(date\) : Rapport remis le 15 juillet 2025, après l’échéance du 30 juin 2025 \(15 jours de retard\)/);
    expect(r.stdout).toContain("daté du 15 juillet 2025");
    expect(readdirSync(dir).sort()).toEqual(["CLS-23-2024-001-rapport-execution-2024.docx", "contrat.yaml", "rapport.yaml"]);
  });

  it("refuses to replace a report without --force, before rendering, and speaks English with --lang en", async () => {
    const dir = fresh();
    writeFiles(dir, { "contrat.yaml": CONTRACT, "rapport-2024.yaml": REPORT, "CLS-23-2024-001-rapport-execution-2024.pdf": "ancien" });
    const r = await run(dir, ["report", "rapport-2024.yaml", "--contract", "contrat.yaml", "--format", "pdf"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "pacte report : « CLS-23-2024-001-rapport-execution-2024.pdf » existe déjà ; relancez avec --force pour le remplacer\n" });
    expect(readFileSync(join(dir, "CLS-23-2024-001-rapport-execution-2024.pdf"), "utf8")).toBe("ancien");
    const en = await run(dir, ["report", "rapport-2024.yaml", "--contract", "contrat.yaml", "--format", "docx", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout.split("\n").slice(0, 5)).toEqual([
      "Execution report 2024 of contract CLS-23-2024-001 — Département de la Creuse, dated 12 June 2025",
      "  Committed: 930\u202F000,00\u00A0€; spent: 824\u202F592,00\u00A0€",
      "  State's share due: 396\u202F871,25\u00A0€; already paid: 360\u202F000,00\u00A0€",
      "  Balance to pay: 36\u202F871,25\u00A0€",
      "  To recover: 0,00\u00A0€",
    ]);
  });

  it.each([
    [["report", "rapport.yaml"], "--contract CONTRAT est obligatoire"],
    [["report", "--contract", "contrat.yaml"], "« pacte report » attend un rapport d’exécution"],
    [["report", "--template", "contrat.yaml", "rapport.yaml"], "--template écrit un rapport à compléter : ne donnez ni RAPPORT ni --contract"],
    [["report", "rapport.yaml", "--contract", "contrat.yaml", "--year", "2024"], "--year choisit l’année d’un rapport à compléter : avec --template"],
  ])("pacte %j is a usage error (exit 2)", async (args, message) => {
    const r = await run(fresh(), args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`pacte report : ${message}`);
    expect(r.stderr).toContain("Usage : pacte report RAPPORT --contract CONTRAT");
  });
});

describe("pacte report --template", () => {
  it("writes a commented report naming every action of the year, which validates once filled", async () => {
    const dir = fresh();
    writeFiles(dir, { "contrat.yaml": CONTRACT });
    const r = await run(dir, ["report", "--template", "contrat.yaml"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "écrit rapport-2024.yaml (rapport 2024 du contrat CLS-23-2024-001, 12 actions)\nÉtape suivante : complétez les montants, les statuts et les indicateurs, puis pacte report rapport-2024.yaml --contract contrat.yaml\n",
    );
    const text = readFileSync(join(dir, "rapport-2024.yaml"), "utf8");
    expect(text.split("\n").slice(0, 4)).toEqual([
      "# Rapport d’exécution 2024 — Contrat local des solidarités n° CLS-23-2024-001 (Département de la Creuse)",
      "# Modèle écrit par « pacte report --template » : chaque action que le contrat finance en 2024, rien de dépensé.",
      "# Remplacez les montants, les statuts et les valeurs des indicateurs par ce qui a été fait, puis :",
      "#   pacte report rapport-2024.yaml --contract contrat.yaml   # vérifie, calcule le solde, écrit le PDF et le DOCX",
    ]);
    expect(text).toContain("  # A1.1 — ");
    expect(text).toContain("  # Engagé en 2024 : État 40\u202F000,00\u00A0€, collectivité 40\u202F000,00\u00A0€, CAF de la Creuse 10\u202F000,00\u00A0€.\n  - id: A1.1\n");
    expect(text).toMatch(/value: 0 # cible 2024 : \d+ places/);

    const contract = contractOf(CONTRACT);
    const input = parse(text) as ExecutionInput;
    const funded = contract.actions.filter((a) => a.funding["2024"] !== undefined).map((a) => a.id);
    expect(input.actions.map((a) => a.id)).toEqual(funded);
    expect(funded).toHaveLength(12);
    expect(validateExecution(input, contract).success).toBe(true);

    // Filled as a collectivity would: everything committed spent, every action done.
    for (const a of input.actions) {
      const f = contract.actions.find((c) => c.id === a.id)?.funding["2024"];
      a.status = "completed";
      a.spent = { state: `${(f?.state ?? 0) / 100} €`, collectivite: (f?.collectivite ?? 0) / 100, ...(a.spent.others === undefined ? {} : { others: (f?.others ?? []).map((o) => ({ name: o.name, amount: o.amount / 100 })) }) };
      for (const i of a.indicators ?? []) i.value = 10;
    }
    const filled = validateExecution(input, contract);
    expect(filled.success && filled.warnings).toEqual([]);
    writeFileSync(join(dir, "rempli.yaml"), stringify(input));
    const report = await run(dir, ["report", "rempli.yaml", "--contract", "contrat.yaml", "--format", "docx"]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain("Solde à verser : ");
  });

  it("takes --year and --out, prints with --out -, and never replaces a file without --force", async () => {
    const dir = fresh();
    writeFiles(dir, { "contrat.yaml": CONTRACT });
    expect((await run(dir, ["report", "--template", "contrat.yaml", "--year", "2025", "--out", "r.yaml"])).code).toBe(0);
    expect(parse(readFileSync(join(dir, "r.yaml"), "utf8"))).toMatchObject({ contract: "CLS-23-2024-001", year: 2025, date: "2026-06-30" });
    const again = await run(dir, ["report", "--template", "contrat.yaml", "--year", "2025", "--out", "r.yaml"]);
    expect(again).toEqual({ code: 2, stdout: "", stderr: "pacte report : « r.yaml » existe déjà ; relancez avec --force pour le remplacer\n" });
    expect((await run(dir, ["report", "--template", "contrat.yaml", "--year", "2025", "--out", "r.yaml", "--force"])).code).toBe(0);
    const printed = await run(dir, ["report", "--template", "contrat.yaml", "--out", "-"]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^# Rapport d’exécution 2024 /);
    expect(readdirSync(dir).sort()).toEqual(["contrat.yaml", "r.yaml"]);
    const outside = await run(dir, ["report", "--template", "contrat.yaml", "--year", "2031"]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^pacte report : --year 2031 n’est pas une année du contrat CLS-23-2024-001 : 2024, 2025, 2026, 2027\n/);
  });
});
