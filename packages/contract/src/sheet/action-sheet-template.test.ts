import { getCollectivite, getMetropole } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { initContractInput, initDates, type InitParty } from "../init/init-contract-input";
import type { Profile } from "../profile";
import { SHIPPED_PROFILES } from "../profiles/registry";
import { tableOfSheet } from "../test-support/sheet-tables";
import { actionSheetTemplate } from "./action-sheet-template";
import { sheetToActions } from "./sheet-to-actions";
import { SpreadsheetSchema } from "./spreadsheet";

const partyOf = (profile: Profile): InitParty =>
  profile.counterparty === "metropole" ? { kind: "metropole", record: getMetropole("243300316")! } : { kind: "collectivite", record: getCollectivite("66D")! };
const texts = (cells: readonly { kind: string; text?: string }[] | undefined) => (cells ?? []).map((c) => (c.kind === "text" ? c.text : ""));

describe("actionSheetTemplate", () => {
  it.each(SHIPPED_PROFILES.map((p) => [p.id, p] as const))("%s: reads back as the profile's example actions, funded as `pacte init` funds them", (_, profile) => {
    const template = actionSheetTemplate(profile);
    expect(SpreadsheetSchema.parse(template)).toEqual(template);
    expect(template.createdAt).toBe(initDates(profile).signature);
    const read = sheetToActions(tableOfSheet(template.sheets[0]!));
    expect(read.success && read.warnings).toEqual([]);
    if (!read.success) return;
    const init = initContractInput(profile, partyOf(profile)).actions;
    expect(read.data.actions.map(({ id, axis, part, socle, title, publics, funding }) => ({ id, axis, part, socle, title, publics, funding }))).toEqual(
      init.map(({ id, axis, part, socle, title, publics, funding }) => ({ id, axis, part, socle, title, publics, funding })),
    );
  });

  it("lays out the CLS's columns: the axis, the action, then État, Collectivité and Autres financeurs per year of the period", () => {
    const t = actionSheetTemplate(SHIPPED_PROFILES.find((p) => p.id === "cls-departement-2024")!);
    const [actions, help] = t.sheets;
    expect(actions?.name).toBe("Actions");
    expect(texts(actions?.rows[0])).toEqual([
      "Axe",
      "Code action",
      "Intitulé",
      "Description",
      "Porteur",
      "Publics",
      "Territoire",
      "Nature",
      "Renforcement",
      "Autre financeur",
      ...[2024, 2025, 2026, 2027].flatMap((y) => [`État ${y}`, `Collectivité ${y}`, `Autres financeurs ${y}`]),
    ]);
    expect(actions?.frozenRows).toBe(1);
    expect(actions?.columns[1]?.format).toBe("text");
    expect(actions?.columns[10]?.format).toBe("amount");
    expect(actions?.lists?.map((l) => [l.column, l.fromRow, l.toRow, l.words])).toEqual([
      [1, 2, 501, ["1", "2", "3", "4"]],
      [8, 2, 501, ["nouvelle", "renforcée"]],
      [9, 2, 501, ["file active", "nouveaux publics", "nouvelles zones"]],
    ]);
    expect(help?.name).toBe("Mode d’emploi");
    const lines = help?.rows.map((r) => texts(r)[0] ?? "") ?? [];
    expect(lines[0]).toBe("Actions et financements — Contrat local des solidarités");
    expect(lines).toContain("Axe (obligatoire) : 1, 3 ou 4 ; 2 avec l’option singleConvention. 1 : Prévenir la pauvreté et lutter contre les inégalités dès l'enfance ; 2 : Amplifier la politique d'accès à l'emploi pour tous ; 3 : Lutter contre la grande exclusion grâce à l'accès aux droits ; 4 : Construire une transition écologique solidaire.");
    expect(lines.some((l) => l.startsWith("Ensuite : pacte import actions.xlsx --into contrat.yaml"))).toBe(true);
  });

  it("lays out the CALPAE's parts instead of axes, and its first year only (later years are set by avenant)", () => {
    const t = actionSheetTemplate(SHIPPED_PROFILES.find((p) => p.id === "calpae-2019")!);
    const header = texts(t.sheets[0]?.rows[0]);
    expect(header.slice(0, 3)).toEqual(["Partie", "Engagement du socle", "Code action"]);
    expect(header.slice(-3)).toEqual(["État 2019", "Collectivité 2019", "Autres financeurs 2019"]);
    expect(t.sheets[1]?.rows.some((r) => /Année 2019 \(les années suivantes sont fixées par avenant\)/.test(texts(r)[0] ?? ""))).toBe(true);
  });

  it("gives the same spreadsheet every time", () => {
    const profile = SHIPPED_PROFILES[0]!;
    expect(actionSheetTemplate(profile)).toEqual(actionSheetTemplate(profile));
  });
});
