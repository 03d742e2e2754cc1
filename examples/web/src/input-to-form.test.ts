import { readFileSync } from "node:fs";
import { parseContractText } from "@pacte/contract";
import { describe, expect, it } from "vitest";
import { pacteChoices } from "./choices";
import { formToInput } from "./form-to-input";
import { euros, frenchNumber, inputToForm } from "./input-to-form";
import { creuseValues, lyonValues } from "./test-support/sample-values";

const choices = pacteChoices();

describe("euros and frenchNumber", () => {
  it("write cents and numbers as a person types them", () => {
    expect(euros(5000000)).toBe("50 000 €");
    expect(euros(123456)).toBe("1 234,56 €");
    expect(euros(undefined)).toBe("");
    expect(euros(12.5)).toBe("12.5");
    expect(frenchNumber(12.5)).toBe("12,5");
    expect(frenchNumber(undefined)).toBe("");
  });
});

describe("inputToForm", () => {
  it.each([
    ["the Creuse", creuseValues],
    ["the Métropole de Lyon", lyonValues],
  ])("gives back the form's values from the input of %s", (_, values) => {
    const r = inputToForm(formToInput(values(), choices).input, choices);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.notes).toEqual([]);
    const { kept: _kept, ...visible } = r.values;
    const { kept: _none, ...expected } = values();
    expect(JSON.parse(JSON.stringify(visible))).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("opens examples/contrat-departement/contrat.yaml and gives back the very same input", () => {
    const text = readFileSync(new URL("../../contrat-departement/contrat.yaml", import.meta.url), "utf8");
    const parsed = parseContractText(text);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const r = inputToForm(parsed.data, choices);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.values.party).toBe("collectivite:23D");
    expect(r.values.reference).toBe("CLS-23-2024-001");
    expect(r.values.siret).toBe(""); // the reference data's
    expect(r.values.actions[0]?.id).toBe(""); // A1.1, as the page proposes
    expect(r.values.actions[0]?.others).toEqual([{ name: "CAF de la Creuse", amounts: { "2024": "10 000 €", "2025": "10 000 €", "2026": "10 000 €", "2027": "10 000 €" } }]);
    expect(r.values.actions[0]?.indicators[0]?.targets).toEqual({ "2024": "30", "2025": "35", "2026": "40", "2027": "45" });
    expect(formToInput(r.values, choices).input).toEqual(parsed.data);
  });

  it("keeps fiche numbers the page would not propose", () => {
    const input = formToInput(creuseValues(), choices).input;
    const renumbered = { ...input, actions: input.actions.map((a, i) => ({ ...a, id: `F${i + 1}` })) };
    const r = inputToForm(renumbered, choices);
    expect(r.success && r.values.actions.map((a) => a.id)).toEqual(["F1", "F2", "F3"]);
  });

  it("says what it cannot put into the form", () => {
    const input = formToInput(creuseValues(), choices).input;
    expect(inputToForm({ ...input, profile: "calpae-2019" }, choices)).toEqual({ success: false, message: expect.stringContaining("autre type de contrat (« calpae-2019 »)") });
    expect(inputToForm([], choices).success).toBe(false);
    const elsewhere = inputToForm({ ...input, collectivite: { ...input.collectivite, ref: "99Z" } }, choices);
    expect(elsewhere.success && elsewhere.notes).toEqual(["La collectivité « 99Z » du fichier n’est pas dans la liste : choisissez-la."]);
  });
});
