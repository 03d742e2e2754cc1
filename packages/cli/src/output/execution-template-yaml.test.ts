import { parseContract } from "@pacte/contract";
import { bordeauxInput, creuseInput } from "@pacte/contract/samples";
import { validateExecution } from "@pacte/execution";
import { PacteError } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { executionTemplateYaml } from "./execution-template-yaml";

const names = { report: "rapport-2024.yaml", contract: "contrat.yaml" };

describe("executionTemplateYaml", () => {
  it.each([
    ["creuse", creuseInput],
    ["bordeaux", bordeauxInput],
  ])("the %s template parses, validates as it stands and names every action the contract funds that year", (_, input) => {
    const contract = parseContract(input());
    const text = executionTemplateYaml(contract, 2024, names);
    const value = parse(text) as { actions: { id: string }[] };
    expect(value.actions.map((a) => a.id)).toEqual(contract.actions.filter((a) => a.funding["2024"] !== undefined).map((a) => a.id));
    const r = validateExecution(value, contract);
    expect(r.success).toBe(true);
    for (const a of contract.actions.filter((x) => x.funding["2024"] !== undefined)) expect(text).toContain(`  # ${a.id} — ${a.title}\n`);
  });

  it("comments the header, the date, the actions, each commitment and each target, in French", () => {
    const contract = parseContract(creuseInput());
    const lines = executionTemplateYaml(contract, 2025, { report: "r.yaml", contract: "c.yaml" }).split("\n");
    expect(lines[0]).toBe("# Rapport d’exécution 2025 — Contrat local des solidarités n° CLS-23-2024-001 (Département de la Creuse)");
    expect(lines).toContain("#   pacte report r.yaml --contract c.yaml   # vérifie, calcule le solde, écrit le PDF et le DOCX");
    expect(lines).toContain("# Date du rapport : ici l’échéance du contrat, le 30 juin 2026 ; mettez celle de sa remise.");
    expect(lines).toContain("date: 2026-06-30");
    expect(lines.filter((l) => l.startsWith("  # Engagé en 2025 : État "))).toHaveLength(contract.actions.length);
    expect(lines.some((l) => /^ {8}value: 0 # cible 2025 : \d[\d\u202F]* \S/u.test(l))).toBe(true);
  });

  it("throws execution.year_outside for a year the contract does not cover", () => {
    expect(() => executionTemplateYaml(parseContract(creuseInput()), 2031, names)).toThrow(PacteError);
  });
});
