import { describe, expect, it } from "vitest";
import { creuseInput } from "../test-support/fixtures";
import { table } from "../test-support/sheet-tables";
import { validateContract } from "../validate-contract";
import { sheetIssueAddress } from "./sheet-issues";
import { locateSheetIssues, originOf, type SheetOrigin } from "./sheet-origins";
import { sheetToActions } from "./sheet-to-actions";

const at = (row: number, column: number) => ({ sheet: "Actions", row, column });
const ORIGINS: readonly SheetOrigin[] = [
  { path: ["actions", 0], at: at(2, 2) },
  { path: ["actions", 0, "id"], at: at(2, 2) },
  { path: ["actions", 0, "title"], at: at(2, 3) },
  { path: ["actions", 0, "funding", "2024", "state"], at: at(2, 9) },
  { path: ["actions", 0, "funding", "2024", "collectivite"], at: at(2, 10) },
];

describe("originOf", () => {
  it.each([
    [["actions", 0, "title"], at(2, 3)],
    [["actions", 0, "funding", "2024"], at(2, 9)],
    [["actions", 0, "funding", 2024, "collectivite"], at(2, 10)],
    [["actions", 0, "indicators", 0, "label"], at(2, 2)],
    [["actions"], undefined],
    [["collectivite", "ref"], undefined],
    [[], undefined],
  ])("%j → %j", (path, cell) => {
    expect(originOf(ORIGINS, path)).toEqual(cell);
  });
});

describe("locateSheetIssues", () => {
  it("points the contract's issues on actions read from a sheet at their cells, and leaves the others as they are", () => {
    const header = ["Axe", "Code action", "Intitulé", "Porteur", "Territoire", "Nature", "État 2024", "Collectivité 2024", "État 2025", "Collectivité 2025"];
    const sheet = sheetToActions(
      table([
        header,
        [1, "A1.1", "Accueil", "Département", "Creuse", "nouvelle", 40000, 40000, 45000, 40000],
        [2, "A2.1", "Emploi", "Département", "Creuse", "nouvelle", 10000, 10000, 10000, 10000],
      ]),
    );
    expect(sheet.success).toBe(true);
    if (!sheet.success) return;
    const input = { ...creuseInput(), actions: sheet.data.actions };
    const checked = validateContract(input);
    expect(checked.success).toBe(false);
    if (checked.success) return;
    const located = locateSheetIssues(checked.issues, sheet.data.origins);
    const byCode = (code: string) => located.filter((i) => i.code === code).map((i) => sheetIssueAddress(i) ?? "-");
    expect(byCode("contract.parity")).toEqual(["Actions!I2"]);
    expect(byCode("contract.axis_not_allowed")).toEqual(["Actions!A3"]);
    expect(located.find((i) => i.code === "contract.parity")?.params).toMatchObject({ actionId: "A1.1", year: 2025, cell: "I2", sheet: "Actions" });
    const elsewhere = located.filter((i) => i.path[0] !== "actions");
    expect(elsewhere.every((i) => i.location === undefined)).toBe(true);
  });

  it("does not change the issues it is given", () => {
    const issues = [{ code: "x", path: ["actions", 0, "title"], message: "m", severity: "error" as const, params: {} }];
    const copy = structuredClone(issues);
    expect(locateSheetIssues(issues, ORIGINS)[0]?.location).toEqual({ line: 2, column: 3 });
    expect(issues).toEqual(copy);
  });
});
