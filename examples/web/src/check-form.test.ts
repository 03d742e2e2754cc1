import { describe, expect, it } from "vitest";
import { pacteChoices } from "./choices";
import { checkForm, fieldOf, placeOf } from "./check-form";
import { emptyForm, emptyFunder, type FormValues } from "./form-values";
import { creuseValues, lyonValues, plain, sampleAction, YEARS } from "./test-support/sample-values";

const choices = pacteChoices();
const codes = (list: readonly { code: string }[]) => list.map((i) => i.code);

/** What a developer reads, not an official: a key path, a YAML value, a command. */
const DEVELOPER_WORDS = /\b(?:options|collectivite|state|signature|actions|reinforcement|preambule)\.[a-z]|: true\b|\baxis\b|\bcarrier\b|schema|>=\d/;

describe("checkForm", () => {
  it("asks for the collectivity first, and for nothing the page will propose itself", () => {
    const check = checkForm(emptyForm(YEARS), choices);
    expect(check.contract).toBeUndefined();
    expect(check.errors[0]).toMatchObject({ code: "form.party_missing", field: "party" });
    expect(plain(check.errors[0]?.message)).toBe("Choisissez la collectivité qui signe le contrat.");
    expect(check.errors.map((e) => e.field)).not.toContain("reference");
    expect(plain(check.errors.find((e) => e.field === "signature.date")?.message)).toBe("Indiquez la date de signature.");
    expect(check.errors.find((e) => e.field === "actions[0].title")).toMatchObject({ where: "Action 1 — intitulé" });
    expect(plain(check.errors.find((e) => e.field === "actions[0].title")?.message)).toBe("Indiquez l’intitulé de l’action.");
  });

  it("gives the contract of a complete form, with its summary", () => {
    const check = checkForm(creuseValues(), choices);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
    expect(check.contract?.collectivite.name).toBe("Département de la Creuse");
    expect(check.contract?.reference).toBe("CLS-23D-2024-001");
    expect(plain(check.summary)).toBe("Département de la Creuse — 3 actions ; sur 2024–2027, l’État apporte 460 000,00 € et la collectivité 460 000,00 €.");
  });

  it("makes a métropole's contract with its own profile", () => {
    const check = checkForm(lyonValues(), choices);
    expect(check.errors).toEqual([]);
    expect(check.contract?.profile.id).toBe("cls-metropole-2024");
    expect(check.contract?.collectivite.name).toBe("Métropole de Lyon");
  });

  it("tells an official to tick « Convention unique » for axis 2 in a département, never to add an option", () => {
    const values = creuseValues();
    const withAxis2: FormValues = { ...values, actions: [...values.actions, sampleAction("2", "Accompagnement vers l’emploi")] };
    const error = checkForm(withAxis2, choices).errors.find((e) => e.code === "contract.axis_not_allowed");
    expect(error).toMatchObject({ field: "actions[3].axis", where: "Action 4 — axe" });
    expect(plain(error?.message)).toContain("cochez « Convention unique »");
    expect(error?.message).not.toMatch(DEVELOPER_WORDS);
    expect(checkForm({ ...withAxis2, singleConvention: true }, choices).errors).toEqual([]);
  });

  it("reads an amount that is not one as an error at its field, without the parity it would break", () => {
    const values = creuseValues();
    const first = values.actions[0]!;
    const typo: FormValues = { ...values, actions: [{ ...first, funding: { ...first.funding, "2024": { state: "quarante mille", collectivite: "40 000 €" } } }, ...values.actions.slice(1)] };
    const check = checkForm(typo, choices);
    expect(check.readable).toBe(false);
    expect(check.errors).toHaveLength(1);
    expect(check.errors[0]).toMatchObject({ code: "money.format", field: "actions[0].funding[2024].state", where: "Action 1 — part de l’État en 2024" });
  });

  it("puts a broken parity on the collectivity's amount of that year", () => {
    const values = creuseValues();
    const first = values.actions[0]!;
    const broken: FormValues = { ...values, actions: [{ ...first, funding: { ...first.funding, "2025": { state: "40 000 €", collectivite: "30 000 €" } } }, ...values.actions.slice(1)] };
    expect(checkForm(broken, choices).errors).toEqual([expect.objectContaining({ code: "contract.parity", field: "actions[0].funding[2025].collectivite" })]);
  });

  it("asks for both shares of a funded year, and for the name of another funder", () => {
    const values = creuseValues();
    const first = values.actions[0]!;
    const half: FormValues = {
      ...values,
      actions: [{ ...first, funding: { ...first.funding, "2026": { state: "40 000 €", collectivite: "" } }, others: [{ ...emptyFunder(YEARS), amounts: { "2024": "1 000 €", "2025": "", "2026": "", "2027": "" } }] }, ...values.actions.slice(1)],
    };
    const check = checkForm(half, choices);
    expect(check.errors.map((e) => [e.field, plain(e.message)])).toEqual([
      ["actions[0].funding[2026].collectivite", "Indiquez la part de la collectivité en 2026 (0 € s’il n’y en a pas)."],
      ["actions[0].others[0].name", "Indiquez le nom du financeur."],
    ]);
  });

  it("turns each warning into what to do in the form, at the field that settles it", () => {
    const values = lyonValues();
    const first = values.actions[0]!;
    const sparse: FormValues = { ...values, siret: "", deliberation: { ...values.deliberation, body: "" }, actions: [{ ...first, carrier: "", indicators: [], nature: "reinforced" }, ...values.actions.slice(1)] };
    const check = checkForm(sparse, choices);
    const byCode = Object.fromEntries([...check.errors, ...check.warnings].map((i) => [i.code, { ...i, message: plain(i.message) }]));
    expect(byCode["contract.siret_missing"]).toMatchObject({ field: "siret", severity: "warning" });
    expect(byCode["contract.deliberation_body_missing"]).toMatchObject({ field: "deliberation.body" });
    expect(byCode["contract.action_field_missing"]).toMatchObject({ field: "actions[0].carrier", message: "L’action 1 n’indique pas son porteur : complétez-le, sa fiche action le précisera." });
    expect(byCode["contract.action_without_indicators"]).toMatchObject({ field: "actions[0].addIndicator" });
    expect(byCode["contract.reinforcement_missing"]).toMatchObject({ field: "actions[0].reinforcement" });
    for (const issue of [...check.errors, ...check.warnings]) expect(issue.message).not.toMatch(DEVELOPER_WORDS);
  });

  it("sets each message the French way: no line break before « € » or « : »", () => {
    const values = creuseValues();
    const first = values.actions[0]!;
    const half: FormValues = { ...values, actions: [{ ...first, funding: { ...first.funding, "2026": { state: "40 000 €", collectivite: "" } } }, ...values.actions.slice(1)] };
    expect(checkForm(half, choices).errors[0]?.message).toContain("(0\u00a0€");
  });

  it("never speaks to developers, whatever is wrong", () => {
    const values = creuseValues();
    const wrong: FormValues[] = [
      emptyForm(YEARS),
      { ...values, siret: "22230962700017", prefetDeRegion: { name: "Jean Dupont", gender: "m" } },
      { ...values, deliberation: { ...values.deliberation, date: "2024-08-01" }, signature: { place: "Guéret", date: "2024-07-05" } },
      { ...values, actions: [] },
      { ...values, actions: [{ ...values.actions[0]!, axis: "", nature: "", indicators: [{ label: "", unit: "", baseline: "douze", targets: {} }] }] },
    ];
    for (const v of wrong) {
      const check = checkForm(v, choices);
      for (const issue of [...check.errors, ...check.warnings]) expect(issue.message, issue.code).not.toMatch(DEVELOPER_WORDS);
    }
  });
});

describe("fieldOf", () => {
  it.each([
    [["collectivite", "ref"], "party"],
    [["state", "departement"], "party"],
    [["state", "prefet", "gender"], "prefet.gender"],
    [["collectivite", "deliberation", "date"], "deliberation.date"],
    [["signature", "date"], "signature.date"],
    [["options", "singleConvention"], "singleConvention"],
    [["actions"], "addAction"],
    [["actions", 2, "axis"], "actions[2].axis"],
    [["actions", 0, "indicators"], "actions[0].addIndicator"],
    [["actions", 0, "indicators", 1, "targets", "2025"], "actions[0].indicators[1].targets[2025]"],
    [["actions", 0, "funding"], "actions[0].funding"],
    [["actions", 0, "funding", "2024"], "actions[0].funding[2024].collectivite"],
    [["actions", 0, "reinforcement", "kind"], "actions[0].reinforcement"],
    [["preambule", "diagnostic", 0], undefined],
  ] as const)("%j → %s", (path, field) => {
    expect(fieldOf(path)).toBe(field);
  });

  it("follows another funder from its place in a year to its place in the form", () => {
    expect(fieldOf(["actions", 1, "funding", "2026", "others", 0, "name"], () => 2)).toBe("actions[1].others[2].name");
    expect(fieldOf(["actions", 1, "funding", "2026", "others", 0, "amount"], () => 2)).toBe("actions[1].others[2].amounts[2026]");
  });
});

describe("placeOf", () => {
  it.each([
    ["signature.date", "Date de signature"],
    ["actions[1].funding[2025].state", "Action 2 — part de l’État en 2025"],
    ["actions[0].others[1].amounts[2024]", "Action 1 — financeur 2, montant 2024"],
    ["actions[2].indicators[0].targets[2027]", "Action 3 — indicateur 1, cible 2027"],
    [undefined, "Contrat"],
  ] as const)("%s → %s", (field, place) => {
    expect(placeOf(field)).toBe(place);
  });
});

it("lists the codes of an empty form's errors in the order the form asks them", () => {
  expect(codes(checkForm(emptyForm(YEARS), choices).errors).slice(0, 3)).toEqual(["form.party_missing", "form.gender_missing", "form.gender_missing"]);
});
