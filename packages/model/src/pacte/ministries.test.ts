import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MINISTRIES, MinistrySchema, getMinistry } from "./ministries";

describe("MINISTRIES", () => {
  it("validates against MinistrySchema", () => {
    expect(z.array(MinistrySchema).parse(MINISTRIES)).toEqual(MINISTRIES);
  });

  it("has exactly one lead: solidarity", () => {
    expect(MINISTRIES.filter((m) => m.role === "lead").map((m) => m.portfolio)).toEqual(["Solidarités"]);
  });

  it("lists only the portfolios the sources name, with distinct ids", () => {
    expect(MINISTRIES.filter((m) => m.role === "concerned").map((m) => m.id)).toEqual([
      "education",
      "enseignement-superieur",
      "travail",
      "sante",
      "transition-ecologique",
      "transition-energetique",
    ]);
    expect(new Set(MINISTRIES.map((m) => m.id)).size).toBe(MINISTRIES.length);
    expect(MINISTRIES.every((m) => m.provenance === "confirmed")).toBe(true);
  });

  it.each([{ role: "chef" }, { id: "Santé" }, { provenance: "maybe" }])("rejects a ministry with %j", (patch) => {
    expect(MinistrySchema.safeParse({ ...MINISTRIES[0], ...patch }).success).toBe(false);
  });
});

describe("the lead ministry's ministers", () => {
  it("give their full titles, dated by the sources, with sources", () => {
    expect(getMinistry("solidarites")?.ministers?.map((m) => [m.attestedOn, m.name, m.title])).toEqual([
      ["2023-01-12", "Jean-Christophe Combe", "ministre des Solidarités, de l'Autonomie et des Personnes handicapées"],
      ["2023-09-18", "Aurore Bergé", "ministre des Solidarités et des Familles"],
    ]);
    for (const m of getMinistry("solidarites")?.ministers ?? []) expect(m.sources.length, m.name).toBeGreaterThan(0);
  });

  it("are given for no ministry the sources do not name them for", () => {
    expect(MINISTRIES.filter((m) => m.ministers !== undefined).map((m) => m.id)).toEqual(["solidarites"]);
  });
});

describe("getMinistry", () => {
  it("finds a ministry by id", () => {
    expect(getMinistry("sante")?.portfolio).toBe("Santé");
  });

  it.each(["", "Santé", "defense"])("returns undefined for %j", (id) => {
    expect(getMinistry(id)).toBeUndefined();
  });
});
