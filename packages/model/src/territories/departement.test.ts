import { describe, expect, it } from "vitest";
import { COLLECTIVITE_DATA } from "./data/collectivites";
import { DEPARTEMENT_DATA } from "./data/departements";
import { DepartementSchema, nameForms, TnccSchema } from "./departement";
import { toJsonSchema } from "../json-schema";

describe("nameForms", () => {
  it.each([
    ["Creuse", 3, "la ", "la Creuse", "de la Creuse"],
    ["Rhône", 2, "le ", "le Rhône", "du Rhône"],
    ["Landes", 4, "les ", "les Landes", "des Landes"],
    ["Ain", 5, "l'", "l'Ain", "de l'Ain"],
    ["Eure-et-Loir", 1, "", "Eure-et-Loir", "d'Eure-et-Loir"],
    ["Paris", 0, "", "Paris", "de Paris"],
    ["Abymes", 6, "aux ", "aux Abymes", "des Abymes"],
    ["Vegas", 7, "las ", "las Vegas", "de las Vegas"],
    ["Angeles", 8, "los ", "los Angeles", "de los Angeles"],
  ])("%s (TNCC %i)", (name, tncc, article, withArticle, withDe) => {
    expect(nameForms(name, tncc)).toEqual({ article, withArticle, withDe });
  });

  it("reads an out-of-range TNCC as 0", () => {
    expect(nameForms("Paris", 42).withDe).toBe("de Paris");
    expect(nameForms("Paris", -1).withDe).toBe("de Paris");
  });

  it("agrees with every département council's official name (\"Département de la Creuse\")", () => {
    const byDep = new Map(DEPARTEMENT_DATA.map((d) => [d.code, d]));
    const councils = COLLECTIVITE_DATA.filter((c) => c.name.startsWith("Département "));
    expect(councils.length).toBeGreaterThanOrEqual(95);
    for (const c of councils) {
      const dep = byDep.get(c.departements[0] ?? "");
      expect(`Département ${dep?.withDe}`, c.code).toBe(c.name);
    }
  });

  it("gives the préfet's phrasing for each kind of article", () => {
    const phrase = (code: string) => `le préfet ${DEPARTEMENT_DATA.find((d) => d.code === code)?.withDe}`;
    expect(phrase("23")).toBe("le préfet de la Creuse");
    expect(phrase("69")).toBe("le préfet du Rhône");
    expect(phrase("40")).toBe("le préfet des Landes");
    expect(phrase("01")).toBe("le préfet de l'Ain");
    expect(phrase("974")).toBe("le préfet de La Réunion");
  });
});

describe("DepartementSchema", () => {
  const creuse = { code: "23", name: "Creuse", regionCode: "75", chefLieu: "23096", tncc: 3, ...nameForms("Creuse", 3) };
  it("accepts a département", () => {
    expect(DepartementSchema.parse(creuse)).toEqual(creuse);
  });
  it.each([
    ["code", "20"],
    ["code", "975"],
    ["chefLieu", "2309"],
    ["regionCode", "7"],
    ["tncc", 9],
    ["tncc", 1.5],
    ["name", ""],
  ])("refuses %s = %j", (key, value) => {
    expect(DepartementSchema.safeParse({ ...creuse, [key]: value }).success).toBe(false);
  });
  it("types the TNCC as an integer 0–8", () => {
    expect(TnccSchema.safeParse(8).success).toBe(true);
    expect(TnccSchema.safeParse(-1).success).toBe(false);
  });
});

describe("DepartementSchema as JSON Schema", () => {
  it("exports an object whose fields are all required", () => {
    expect(toJsonSchema(DepartementSchema).required).toEqual(["code", "name", "regionCode", "chefLieu", "tncc", "article", "withArticle", "withDe"]);
  });
});
