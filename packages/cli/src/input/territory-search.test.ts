import { describe, expect, it } from "vitest";
import { searchTerritories } from "./territory-search";

describe("searchTerritories", () => {
  it.each([
    ["creuse", "23D"],
    ["23", "23D"],
    ["222309627", "23D"],
    ["CEA", "6AE"],
  ])("%s → %s first", (query, code) => {
    expect(searchTerritories(query).rows[0]?.code).toBe(code);
  });

  it("lists the Département du Rhône and the Métropole de Lyon for 69, once each", () => {
    expect(searchTerritories("69").rows.map((r) => [r.code, r.name, r.kind, r.metropole])).toEqual([
      ["69D", "Département du Rhône", "collectivite", false],
      ["69M", "Métropole de Lyon", "collectivite", true],
    ]);
  });

  it("finds métropoles by SIREN", () => {
    expect(searchTerritories("243300316").rows.map((r) => [r.kind, r.name])).toEqual([["metropole", "Bordeaux Métropole"]]);
  });

  it("explains an ambiguous code with what to type, and the candidates' territories", () => {
    const corse = searchTerritories("20");
    expect(corse.note).toBe("« 20 » était le code de la Corse avant 1976 : Corse-du-Sud (2A) ou Haute-Corse (2B). Précisez : 2A ou 2B.");
    expect(corse.rows.length).toBeGreaterThan(0);
    for (const code of ["2A", "2B"]) expect(searchTerritories(code).found).toBe(true);
    expect(searchTerritories("1", undefined, "en").note).toBe("“1” is not a département code; did you mean Ain (01)? Say: 01.");
    expect(searchTerritories("01").rows.map((r) => r.code)).toEqual(["01D"]);
  });

  it("uses 2024-01-01 by default: no dissolved Département de Paris, but at its date", () => {
    expect(searchTerritories(undefined).rows.some((r) => r.code === "75D")).toBe(false);
    expect(searchTerritories("75").rows.map((r) => r.code)).not.toContain("75D");
    expect(searchTerritories("75", "2018-06-01").rows.map((r) => r.code)).toContain("75D");
  });

  it("lists the councils in force at a date", () => {
    const codes = searchTerritories("rhin", "2020-06-01").rows.map((r) => r.code);
    expect(codes).toContain("67D");
    expect(codes).not.toContain("6AE");
  });

  it("lists everything without a query, the Métropole de Lyon once", () => {
    const rows = searchTerritories(undefined).rows;
    expect(rows.filter((r) => r.name === "Métropole de Lyon")).toHaveLength(1);
    expect(rows.filter((r) => r.metropole)).toHaveLength(22);
    expect(rows.filter((r) => r.kind === "collectivite").length).toBe(100);
  });

  it("finds nothing for a name nobody has", () => {
    expect(searchTerritories("atlantis")).toEqual({ rows: [], note: undefined, found: false });
  });
});
