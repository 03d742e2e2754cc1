import { describe, expect, it } from "vitest";
import { table } from "../test-support/sheet-tables";
import { normalizeSheetHeader, readSheetRecords, type SheetColumnSpec } from "./sheet-records";

const SPECS: readonly SheetColumnSpec[] = [
  { key: "id", labels: ["Code action", "Code"], required: true },
  { key: "title", labels: ["Intitulé"] },
  { key: "state", labels: ["État"], perYear: true, required: true },
  { key: "collectivite", labels: ["Collectivité", "Département"], perYear: true, required: true },
  { key: "others", labels: ["Autres financeurs"], perYear: true },
];

describe("normalizeSheetHeader", () => {
  it.each([
    ["  Autres financeurs (en euros) ", "autres financeurs"],
    ["ÉTAT 2024 (€)", "etat 2024"],
    ["etat_2024", "etat 2024"],
    ["Intitulé de l’action", "intitule de l action"],
    ["N° action", "n action"],
  ])("%j → %j", (header, normalized) => {
    expect(normalizeSheetHeader(header)).toBe(normalized);
  });
});

describe("readSheetRecords", () => {
  it("finds the header below a title, reads headers written any way, and skips empty rows", () => {
    const r = readSheetRecords(
      table([["Actions du contrat"], [], ["CODE", "intitule", "Etat_2024", "Département 2024 (€)", "Autres financeurs 2024"], ["A1.1", "Accueil", 40000, "40 000", null], [null, "", "  "], ["A1.2", "Petits déjeuners", 1, 1]], { first: 3 }),
      SPECS,
    );
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.headerRow).toBe(5);
    expect(r.data.years).toEqual([2024]);
    expect(r.data.columns.map((c) => [c.key, c.year, c.column])).toEqual([
      ["id", undefined, 1],
      ["title", undefined, 2],
      ["state", 2024, 3],
      ["collectivite", 2024, 4],
      ["others", 2024, 5],
    ]);
    expect(r.data.records.map((x) => x.row)).toEqual([6, 8]);
    expect(r.data.records[0]?.fields.id).toEqual({ value: "A1.1", at: { sheet: "Actions", row: 6, column: 1 }, label: "CODE" });
    expect(r.data.records[0]?.years["2024"]?.collectivite?.value).toBe("40 000");
    expect(r.data.records[1]?.years["2024"]?.others?.value).toBeNull();
  });

  it("reports every problem of the header at its cell: missing, twice, unknown (a warning, with the nearest header)", () => {
    const r = readSheetRecords(table([["Code action", "Etat 2024", "Etat 2025", "Collectivité 2024", "Code", "Remarques", "Intitul"], ["A1", 1, 1, 1, "A1", "", ""]]), SPECS);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.params.cell, i.params.label])).toEqual([
      ["sheet.duplicate_column", "E1", "Code"],
      ["sheet.missing_column", "A1", "Collectivité 2025"],
    ]);
    expect(r.warnings.map((i) => [i.code, i.params.cell, i.params.label, i.params.suggestion])).toEqual([
      ["sheet.unknown_column", "F1", "Remarques", undefined],
      ["sheet.unknown_column", "G1", "Intitul", "Intitulé"],
    ]);
    expect(r.issues[0]?.message).toBe("Colonne « Code » en double : elle est déjà en Actions!A1 ; gardez-en une seule.");
  });

  it("asks for a required column and for a per-year column when no year has one", () => {
    const r = readSheetRecords(table([["Intitulé", "Remarques"], ["Accueil", "x"]]), SPECS, { lang: "en" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.params.label)).toEqual(["Code action", "État YYYY", "Collectivité YYYY"]);
    expect(r.issues[0]?.message).toBe('Column "Code action" is missing from the header row; add it (it is required).');
  });

  it("says a sheet without any known header is empty, naming what it expects", () => {
    const r = readSheetRecords(table([["Bonjour"], ["Nom", "Prénom"]]), SPECS);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "sheet.empty",
        message: "Aucune ligne d’en-têtes trouvée dans la feuille « Actions » : la première ligne non vide doit nommer les colonnes (Code action, État AAAA, Collectivité AAAA…).",
      }),
    ]);
    expect(readSheetRecords({ rows: [] }, SPECS).success).toBe(false);
  });

  it("does not change the sheet it reads", () => {
    const t = table([["Code action", "État 2024", "Collectivité 2024"], ["A1", 1, 1]]);
    const copy = structuredClone(t);
    readSheetRecords(t, SPECS);
    expect(t).toEqual(copy);
  });
});
