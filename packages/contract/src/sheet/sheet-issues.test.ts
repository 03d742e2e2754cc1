import { describe, expect, it } from "vitest";
import { SHEET_ISSUE_CODES, SHEET_ISSUES, sheetIssue, sheetIssueAddress } from "./sheet-issues";

describe("SHEET_ISSUES", () => {
  it("words every code in French and in English, and only the two documented codes are warnings", () => {
    expect(SHEET_ISSUES.codes).toEqual(SHEET_ISSUE_CODES);
    for (const code of SHEET_ISSUE_CODES) {
      const params = { label: "État 2024", received: "x", allowed: ["a", "b"], id: "A1", firstRow: 2, name: "CAF", line: 3, detail: "d", size: 1, max: 2, first: "A1", expected: "Code action", reason: "money.format" };
      expect(SHEET_ISSUES.message(code, params, "fr")).not.toBe(code);
      expect(SHEET_ISSUES.message(code, params, "en")).not.toBe(SHEET_ISSUES.message(code, params, "fr"));
    }
    expect(SHEET_ISSUES.warnings).toEqual(["sheet.unknown_column", "sheet.other_funder_unused"]);
  });

  it.each([
    ["money.format", "« État 2025 » : « 12 O00 » n’est pas un montant ; écrivez un montant en euros, par exemple 50 000, 50 000,00 € ou 1 234,56."],
    ["money.ambiguous", "« État 2025 » : « 12 O00 » peut se lire en milliers ou en décimales ; écrivez les milliers avec une espace (1 234) et les centimes après une virgule (1,23)."],
    ["money.negative", "« État 2025 » : « 12 O00 » est négatif ; un financement est un montant positif ou nul."],
    ["money.too_many_decimals", "« État 2025 » : « 12 O00 » a plus de deux décimales ; arrondissez au centime (deux chiffres après la virgule)."],
    ["money.unsafe", "« État 2025 » : « 12 O00 » est trop grand pour être compté au centime près ; vérifiez le montant."],
  ])("says why an amount is refused (%s), quoting what was written", (reason, message) => {
    expect(SHEET_ISSUES.message("sheet.amount", { label: "État 2025", received: "12 O00", reason })).toBe(message);
  });

  it("quotes a long value shortened, and the allowed words joined with « ou »", () => {
    const m = SHEET_ISSUES.message("sheet.choice", { label: "Nature", received: "x".repeat(100), allowed: ["nouvelle", "renforcée"] });
    expect(m).toBe(`« Nature » : « ${"x".repeat(59)}… » n’est pas une valeur admise ; écrivez « nouvelle » ou « renforcée ».`);
    expect(SHEET_ISSUES.message("sheet.choice", { label: "Axe", received: "5", allowed: ["1", "3", "4"] }, "en")).toBe('"Axe": "5" is not an allowed value; write "1", "3" or "4".');
  });
});

describe("sheetIssue", () => {
  it("locates the issue at its cell: row and column, the cell and sheet in its params", () => {
    const issue = sheetIssue("sheet.missing_value", { sheet: "Actions", row: 7, column: 2 }, { label: "Code action" }, { path: ["actions", 3, "id"] });
    expect(issue).toEqual({
      code: "sheet.missing_value",
      path: ["actions", 3, "id"],
      message: "« Code action » est vide ; cette cellule est obligatoire sur chaque ligne d’action.",
      severity: "error",
      params: { label: "Code action", sheet: "Actions", cell: "B7" },
      location: { line: 7, column: 2 },
    });
    expect(sheetIssueAddress(issue)).toBe("Actions!B7");
  });

  it("has no location without a cell, and no sheet for a CSV", () => {
    const whole = sheetIssue("sheet.encoding", undefined, {}, { lang: "en" });
    expect(whole.location).toBeUndefined();
    expect(sheetIssueAddress(whole)).toBeUndefined();
    expect(sheetIssueAddress(sheetIssue("sheet.no_rows", { row: 1, column: 1 }))).toBe("A1");
    expect(sheetIssue("sheet.unknown_column", { row: 1, column: 9 }, { label: "Remarques" }).severity).toBe("warning");
  });
});
