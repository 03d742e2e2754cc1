import { sheetIssue, type Issue } from "@pacte/contract";
import { describe, expect, it } from "vitest";
import { sheetIssueLine, sheetIssuesText } from "./sheet-issues-text";

const amount = sheetIssue("sheet.amount", { sheet: "Actions", row: 7, column: 11 }, { label: "État 2024", received: "12 O00", reason: "money.format" }, { path: ["actions", 5, "funding", "2024", "state"] });
const unknown = sheetIssue("sheet.unknown_column", { sheet: "Actions", row: 1, column: 20 }, { label: "Remarques" });
const whole = sheetIssue("sheet.encoding", undefined);

describe("sheetIssueLine", () => {
  it("starts with the cell as spreadsheets name it, and leaves the input's path out", () => {
    expect(sheetIssueLine("actions.xlsx", amount)).toBe("actions.xlsx:Actions!K7: erreur sheet.amount : « État 2024 » : « 12 O00 » n’est pas un montant ; écrivez un montant en euros, par exemple 50 000, 50 000,00 € ou 1 234,56.");
    expect(sheetIssueLine("a.csv", { ...sheetIssue("sheet.no_rows", { row: 1, column: 1 }), message: "m" }, "en")).toBe("a.csv:A1: error sheet.no_rows: m");
    expect(sheetIssueLine("a.csv", whole)).toMatch(/^a\.csv: erreur sheet\.encoding : /);
  });
});

describe("sheetIssuesText", () => {
  it("counts the issues, then lists them in the order of the sheet (the file's first, then row by row)", () => {
    const text = sheetIssuesText("actions.xlsx", [amount, unknown, whole] as Issue[]);
    const prefixes = ["actions.xlsx : 2 erreurs, 1 avertissement", "  actions.xlsx: erreur sheet.encoding : ", "  actions.xlsx:Actions!T1: avertissement sheet.unknown_column : ", "  actions.xlsx:Actions!K7: erreur sheet.amount : "];
    const lines = text.split("\n");
    expect(lines).toHaveLength(prefixes.length);
    lines.forEach((line, k) => expect(line.startsWith(prefixes[k] ?? "?")).toBe(true));
  });
});
