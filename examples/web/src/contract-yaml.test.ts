import { checkContractText } from "@pacte/contract";
import { describe, expect, it } from "vitest";
import { pacteChoices } from "./choices";
import { contractYaml, openContractYaml } from "./contract-yaml";
import { formToInput } from "./form-to-input";
import { creuseValues, plain } from "./test-support/sample-values";

const choices = pacteChoices();
const input = () => formToInput(creuseValues(), choices).input;

describe("contractYaml", () => {
  it("writes format 2: amounts in euros, as typed", () => {
    const text = contractYaml(input());
    expect(text.startsWith("# Contrat local des solidarités")).toBe(true);
    expect(text).toMatch(/^format: 2$/m);
    expect(text).toMatch(/^ +state: 40 000 €$/m);
    expect(text).toContain("12 345,67 €");
    expect(text).not.toMatch(/4000000/);
  });

  it("is a contract the library checks as valid, and the same input gives the same text", () => {
    const text = contractYaml(input());
    expect(checkContractText(text).success).toBe(true);
    expect(contractYaml(input())).toBe(text);
  });
});

describe("openContractYaml", () => {
  it("gives back the form's values", () => {
    const r = openContractYaml(contractYaml(input()), choices);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.notes).toEqual([]);
    expect(formToInput(r.values, choices).input).toEqual(input());
    const { kept: _k, ...visible } = r.values;
    expect(JSON.parse(JSON.stringify(visible))).toEqual(JSON.parse(JSON.stringify(creuseValues())));
  });

  it("leaves out keys the library does not know, with a note at their line", () => {
    const text = contractYaml(input()).replace(/^signature:/m, "preambul:\n  diagnostic: [Rural]\nsignature:");
    const r = openContractYaml(text, choices);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.notes.map(plain)).toEqual([expect.stringMatching(/^Ligne \d+ : rubrique inconnue « preambul » \(vouliez-vous dire « preambule » \?\), ignorée\.$/u)]);
    expect(formToInput(r.values, choices).input).toEqual(input());
  });

  it("gives the problems of a text it cannot read, each at its line", () => {
    const r = openContractYaml("reference: CLS-1\nprofile: [cls-departement-2024\nstate: {}\n", choices);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.problems[0]).toMatchObject({ line: 3, code: "input.syntax" });
    const amounts = openContractYaml(contractYaml(input()).replace("40 000 €", "quarante mille"), choices);
    expect(amounts.success === false && amounts.problems.map((p) => p.code)).toEqual(["money.format"]);
  });

  it("refuses another kind of contract, saying so", () => {
    const r = openContractYaml(contractYaml(input()).replace("cls-departement-2024", "calpae-2019"), choices);
    expect(r.success === false && r.problems[0]?.message).toContain("autre type de contrat");
  });
});
