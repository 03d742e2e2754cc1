import { describe, expect, it } from "vitest";
import { ACTION_SHEET_COLUMNS, NATURE_CHOICES, PART_CHOICES, REINFORCEMENT_CHOICES, YES_NO_CHOICES } from "./action-sheet-columns";
import { normalizeSheetHeader } from "./sheet-records";

describe("ACTION_SHEET_COLUMNS", () => {
  it("gives every column its own headers: no header names two columns", () => {
    const seen = new Map<string, string>();
    for (const c of ACTION_SHEET_COLUMNS) {
      for (const label of c.labels) {
        const key = `${c.perYear === true ? "year:" : ""}${normalizeSheetHeader(label)}`;
        expect(seen.get(key) ?? c.key).toBe(c.key);
        seen.set(key, c.key);
      }
    }
  });

  it("requires the code, the title, the nature and each year's State and collectivity amounts", () => {
    expect(ACTION_SHEET_COLUMNS.filter((c) => c.required === true).map((c) => c.key)).toEqual(["id", "title", "nature", "state", "collectivite"]);
  });
});

describe("the closed lists", () => {
  it.each([
    [NATURE_CHOICES, "Nouvelle", "new"],
    [NATURE_CHOICES, "RENFORCÉE", "reinforced"],
    [NATURE_CHOICES, "r", "reinforced"],
    [REINFORCEMENT_CHOICES, "File active", "caseload"],
    [REINFORCEMENT_CHOICES, "nouvelles zones géographiques", "zones"],
    [PART_CHOICES, "Socle d'engagements communs", "socle"],
    [PART_CHOICES, "initiative locale", "initiative"],
    [YES_NO_CHOICES, "Oui", true],
    [YES_NO_CHOICES, "FAUX", false],
  ] as const)("%#: reads %j", (list, text, value) => {
    expect((list as { read(t: string): unknown }).read(text)).toBe(value);
  });

  it("reads nothing it does not know, and lists the words a template writes", () => {
    expect(NATURE_CHOICES.read("vieille")).toBeUndefined();
    expect(NATURE_CHOICES.words).toEqual(["nouvelle", "renforcée"]);
    expect(REINFORCEMENT_CHOICES.words).toEqual(["file active", "nouveaux publics", "nouvelles zones"]);
  });
});
