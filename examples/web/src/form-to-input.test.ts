import { describe, expect, it } from "vitest";
import { pacteChoices } from "./choices";
import { formToInput, readNumber } from "./form-to-input";
import type { FormValues } from "./form-values";
import { creuseValues, lyonValues } from "./test-support/sample-values";

const choices = pacteChoices();

describe("readNumber", () => {
  it.each([
    ["40", 40],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["1 500", 1500],
    ["1\u202f500", 1500],
    ["-3", -3],
  ])("%s → %d", (text, n) => {
    expect(readNumber(text)).toBe(n);
  });

  it.each(["douze", "1,2,3", "", "12 %"])("refuses « %s »", (text) => {
    expect(readNumber(text)).toBeUndefined();
  });
});

describe("formToInput", () => {
  it("reads euros as typed into exact cents, never through a float", () => {
    const { input, issues } = formToInput(creuseValues(), choices);
    expect(issues).toEqual([]);
    const first = input.actions[0];
    expect(first?.funding["2024"]).toEqual({ state: 4000000, collectivite: 4000000, others: [{ name: "CAF de la Creuse", amount: 1000000 }] });
    expect(first?.funding["2026"]?.others).toEqual([{ name: "CAF de la Creuse", amount: 1234567 }]);
    expect(first?.funding["2025"]?.others).toBeUndefined();
  });

  it("takes the collectivity's side and the State's from the chosen party, and proposes what is left empty", () => {
    const { input } = formToInput(creuseValues(), choices);
    expect(input).toMatchObject({
      reference: "CLS-23D-2024-001",
      profile: "cls-departement-2024",
      state: { departement: "23", prefet: { name: "Anne Martin", gender: "f" } },
      collectivite: { ref: "23D", siret: "22230962700016", deliberation: { number: "CP-2024-117", date: "2024-06-03", body: "commission permanente" } },
      signature: { place: "Guéret", date: "2024-07-05" },
    });
    expect(input.actions.map((a) => a.id)).toEqual(["A1.1", "A3.1", "A4.1"]);
    expect(formToInput(lyonValues(), choices).input).toMatchObject({ profile: "cls-metropole-2024", collectivite: { ref: "200046977", siret: "20004697700019" }, state: { departement: "69" } });
  });

  it("writes the dates the form holds, and no other: nothing comes from a clock", () => {
    const a = formToInput(creuseValues(), choices).input;
    const b = formToInput(creuseValues(), choices).input;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a).match(/\d{4}-\d{2}-\d{2}/g)).toEqual(["2024-06-03", "2024-07-05"]);
  });

  it("leaves out a year without any amount, and what the form left empty", () => {
    const values = creuseValues();
    const first = values.actions[0]!;
    const sparse: FormValues = { ...values, actions: [{ ...first, funding: { ...first.funding, "2027": { state: "", collectivite: "" } }, others: [], description: "", indicators: [] }] };
    const action = formToInput(sparse, choices).input.actions[0];
    expect(Object.keys(action?.funding ?? {})).toEqual(["2024", "2025", "2026"]);
    expect(action).not.toHaveProperty("description");
    expect(action).not.toHaveProperty("indicators");
    expect(action?.publics).toEqual(["Familles monoparentales", "Allocataires du RSA"]);
  });

  it("says which funder of the form stands behind each year's list", () => {
    const values = creuseValues();
    const first = values.actions[0]!;
    const two: FormValues = {
      ...values,
      actions: [{ ...first, others: [{ name: "CAF", amounts: { "2024": "", "2025": "1 €", "2026": "", "2027": "" } }, { name: "ARS", amounts: { "2024": "", "2025": "2 €", "2026": "", "2027": "" } }] }],
    };
    const r = formToInput(two, choices);
    expect(r.input.actions[0]?.funding["2025"]?.others).toEqual([{ name: "CAF", amount: 100 }, { name: "ARS", amount: 200 }]);
    expect(r.funderAt(0, "2025", 1)).toBe(1);
  });

  it("gives back what the form does not show, in the input's order", () => {
    const values: FormValues = {
      ...creuseValues(),
      kept: { input: { preambule: { priorities: ["Agir tôt"] }, stateAnnualCeiling: 50000000 }, signature: { mode: "electronic" } },
    };
    const { input } = formToInput(values, choices);
    expect(input.preambule).toEqual({ priorities: ["Agir tôt"] });
    expect(input.signature).toEqual({ place: "Guéret", date: "2024-07-05", mode: "electronic" });
    expect(Object.keys(input)).toEqual(["reference", "profile", "state", "collectivite", "signature", "preambule", "stateAnnualCeiling", "actions"]);
  });

  it("reports an amount or a number that cannot be read, at its control", () => {
    const values = creuseValues();
    const first = values.actions[0]!;
    const bad: FormValues = {
      ...values,
      actions: [{ ...first, funding: { ...first.funding, "2024": { state: "12,345", collectivite: "40 000 €" } }, indicators: [{ ...first.indicators[0]!, baseline: "vingt" }] }],
    };
    expect(formToInput(bad, choices).issues.map((i) => [i.issue.code, i.field])).toEqual([
      ["money.ambiguous", "actions[0].funding[2024].state"],
      ["form.number", "actions[0].indicators[0].baseline"],
    ]);
  });
});
