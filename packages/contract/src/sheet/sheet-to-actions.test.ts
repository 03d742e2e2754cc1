import { describe, expect, it } from "vitest";
import { table } from "../test-support/sheet-tables";
import { sheetIssueAddress } from "./sheet-issues";
import { sheetToActions } from "./sheet-to-actions";

const HEADER = ["Axe", "Code action", "Intitulé", "Porteur", "Publics", "Nature", "Renforcement", "Autre financeur", "État 2024", "Collectivité 2024", "Autres financeurs 2024", "État 2025", "Collectivité 2025", "Autres financeurs 2025"];

/** Where each issue is and what it says: `Actions!I3 sheet.amount`. */
const where = (issues: readonly { code: string; params: Record<string, unknown>; location?: { line: number; column: number } | undefined }[]) => issues.map((i) => `${sheetIssueAddress(i) ?? "-"} ${i.code}`);

describe("sheetToActions", () => {
  it("builds each action and its yearly funding from its row, amounts read exactly into cents", () => {
    const r = sheetToActions(
      table([
        HEADER,
        [1, "A1.1", "Accueil du jeune enfant", "Direction de l’enfance", "Familles monoparentales ; Jeunes parents\nAllocataires du RSA", "renforcée", "file active", "CAF de la Creuse", "40 000 €", 40000, "10 000,00", 45000.5, "45 000,50 €", null],
        ["Axe 3 – Lutter contre la grande exclusion", "A3.1", "Premier accueil", null, null, "Nouvelle", null, null, 25000, 25000, null, null, null, null],
      ]),
    );
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.warnings).toEqual([]);
    expect(r.data.years).toEqual([2024, 2025]);
    expect(r.data.actions).toEqual([
      {
        id: "A1.1",
        axis: 1,
        title: "Accueil du jeune enfant",
        carrier: "Direction de l’enfance",
        publics: ["Familles monoparentales", "Jeunes parents", "Allocataires du RSA"],
        nature: "reinforced",
        reinforcement: { kind: "caseload" },
        funding: {
          "2024": { state: 4000000, collectivite: 4000000, others: [{ name: "CAF de la Creuse", amount: 1000000 }] },
          "2025": { state: 4500050, collectivite: 4500050 },
        },
      },
      { id: "A3.1", axis: 3, title: "Premier accueil", nature: "new", funding: { "2024": { state: 2500000, collectivite: 2500000 } } },
    ]);
  });

  it("takes another funder of the same action from a further row with the same code, and counts an empty cell of a funded year as 0", () => {
    const r = sheetToActions(
      table([
        HEADER,
        [1, "A1.1", "Accueil", null, null, "nouvelle", null, "CAF", 40000, 40000, 5000, 40000, null, null],
        [1, "A1.1", "Accueil", null, null, null, null, "ARS", null, null, 2000, null, null, 3000],
      ]),
    );
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.actions[0]?.funding).toEqual({
      "2024": { state: 4000000, collectivite: 4000000, others: [{ name: "CAF", amount: 500000 }, { name: "ARS", amount: 200000 }] },
      "2025": { state: 4000000, collectivite: 0, others: [{ name: "ARS", amount: 300000 }] },
    });
  });

  it("reports every problem of the sheet at once, each at its cell, quoting what was written", () => {
    const r = sheetToActions(
      table([
        HEADER,
        [5, "A1.1", "Accueil", null, null, "vieille", null, null, "12 O00", 1234.567, null, null, null, null],
        [1, "A 2", "", null, null, "nouvelle", "partout", null, 1, 1, 7, null, null, null],
        [1, null, "Sans code", null, null, "nouvelle", null, null, "-5", 1, null, null, null, null],
        [5, "A1.1", "Autre intitulé", null, null, null, null, "CAF", 1, null, null, null, null, null],
        [1, "A1.3", "Encore", null, null, null, null, "Commune", 1, 1, null, null, null, null],
      ]),
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(where([...r.issues, ...r.warnings])).toEqual([
      "Actions!A2 sheet.choice",
      "Actions!F2 sheet.choice",
      "Actions!I2 sheet.amount",
      "Actions!J2 sheet.amount",
      "Actions!B3 sheet.action_id",
      "Actions!C3 sheet.missing_value",
      "Actions!G3 sheet.choice",
      "Actions!K3 sheet.other_funder_name",
      "Actions!B4 sheet.missing_value",
      "Actions!I4 sheet.amount",
      "Actions!C5 sheet.duplicate_action",
      "Actions!F6 sheet.missing_value",
      "Actions!H6 sheet.other_funder_unused",
    ]);
    const messages = r.issues.map((i) => i.message);
    expect(messages).toContain("« Axe » : « 5 » n’est pas une valeur admise ; écrivez « 1 », « 2 », « 3 » ou « 4 ».");
    expect(messages).toContain("« État 2024 » : « 12 O00 » n’est pas un montant ; écrivez un montant en euros, par exemple 50 000, 50 000,00 € ou 1 234,56.");
    expect(messages).toContain("« Collectivité 2024 » : « 1234.567 » a plus de deux décimales ; arrondissez au centime (deux chiffres après la virgule).");
    expect(messages).toContain("« Code action » : « A 2 » n’est pas un code d’action ; écrivez des lettres, des chiffres, « . », « _ » ou « - », sans espace ni accent, par exemple A1.2.");
    expect(messages).toContain(
      "Le code action « A1.1 » est déjà celui de la ligne 2 ; une ligne de plus pour la même action ne peut porter qu’un autre financeur (« Autre financeur » et ses montants « Autres financeurs ») : videz ici « Intitulé », ou donnez un autre code.",
    );
    expect(r.issues.find((i) => i.code === "sheet.amount")?.path).toEqual(["actions", 0, "funding", "2024", "state"]);
  });

  it("points the problems the action schema finds at their cells (a text too long, an invisible character)", () => {
    const r = sheetToActions(table([HEADER, [1, "A1.1", "x".repeat(1001), "Porteur\u200b", null, "nouvelle", null, null, 1, 1, null, null, null, null]]), { lang: "en" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, sheetIssueAddress(i), i.path.join(".")])).toEqual([
      ["limit.text_length", "Actions!C2", "actions.0.title"],
      ["text.invisible_character", "Actions!D2", "actions.0.carrier"],
    ]);
    expect(r.issues[0]?.message).toMatch(/^Text too long: 1,001 characters/);
  });

  it("words an amount over the limit in euros, as the cell shows it, without the advice about cents", () => {
    const r = sheetToActions(table([HEADER, [1, "A1.1", "Accueil", null, null, "nouvelle", null, null, "200 000 000 000", "200 000 000 000", null, null, null, null]]));
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, sheetIssueAddress(i)])).toEqual([
      ["limit.amount", "Actions!I2"],
      ["limit.amount", "Actions!J2"],
    ]);
    expect(r.issues[0]?.message).toBe("Montant trop élevé : 200\u202F000\u202F000\u202F000,00\u00A0€ reçu pour 100\u202F000\u202F000\u202F000,00\u00A0€ au plus.");
    expect(r.issues.every((i) => !i.message.includes("centimes") && i.params.unit === "euros")).toBe(true);
  });

  it("refuses a sheet whose header lacks a required column, and a sheet without any action", () => {
    const noNature = sheetToActions(table([["Code action", "Intitulé", "État 2024", "Collectivité 2024"], ["A1", "x", 1, 1]]));
    expect(noNature.success || noNature.issues.map((i) => [i.code, i.params.label])).toEqual([["sheet.missing_column", "Nature"]]);
    const empty = sheetToActions(table([HEADER, [], [null, "  "]]));
    expect(empty.success || where(empty.issues)).toEqual(["Actions!A1 sheet.no_rows"]);
  });

  it("reads a CSV's rows (texts only, no sheet name) the same way", () => {
    const r = sheetToActions({ rows: [{ row: 1, cells: ["Code action", "Intitulé", "Nature", "État 2024", "Collectivité 2024"] }, { row: 2, cells: ["A1", "Accueil", "nouvelle", "1 234,56", "1234,56"] }, { row: 3, cells: ["A2", "Petits déjeuners", "nouvelle", "x", ""] }] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(where(r.issues)).toEqual(["D3 sheet.amount"]);
  });

  it("does not change the sheet it reads", () => {
    const t = table([HEADER, [1, "A1.1", "Accueil", null, null, "nouvelle", null, null, 1, 1, null, null, null, null]]);
    const copy = structuredClone(t);
    sheetToActions(t);
    expect(t).toEqual(copy);
  });
});
