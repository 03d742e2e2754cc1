import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleForms, ArticleFormsSchema } from "./article-forms";
import { nameForms } from "./departement";

describe("articleForms", () => {
  it.each([
    ["Conseil de Paris", 2, "le Conseil de Paris", "du Conseil de Paris", "au Conseil de Paris"],
    ["Assemblée de Corse", 5, "l'Assemblée de Corse", "de l'Assemblée de Corse", "à l'Assemblée de Corse"],
    ["assemblée de Martinique", 5, "l'assemblée de Martinique", "de l'assemblée de Martinique", "à l'assemblée de Martinique"],
    ["commission permanente", 3, "la commission permanente", "de la commission permanente", "à la commission permanente"],
    ["Hauts-de-France", 4, "les Hauts-de-France", "des Hauts-de-France", "aux Hauts-de-France"],
    ["Île-de-France", 1, "Île-de-France", "d'Île-de-France", "à Île-de-France"],
    ["Bordeaux Métropole", 0, "Bordeaux Métropole", "de Bordeaux Métropole", "à Bordeaux Métropole"],
    ["Orléans Métropole", 1, "Orléans Métropole", "d'Orléans Métropole", "à Orléans Métropole"],
    ["Eurométropole de Strasbourg", 5, "l'Eurométropole de Strasbourg", "de l'Eurométropole de Strasbourg", "à l'Eurométropole de Strasbourg"],
  ])("%s (TNCC %i) → %s / %s / %s", (name, tncc, withArticle, withDe, withA) => {
    expect(articleForms(name, tncc)).toMatchObject({ withArticle, withDe, withA });
  });

  it("never changes the name's capitals (the contract helper lowercased « Conseil de Paris »)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 0, max: 8 }), (name, tncc) => {
        const f = articleForms(name, tncc);
        for (const form of [f.withArticle, f.withDe, f.withA]) expect(form.endsWith(name)).toBe(true);
        expect(ArticleFormsSchema.safeParse(f).success).toBe(true);
      }),
    );
  });

  it("agrees with the département forms of nameForms for every TNCC", () => {
    for (let tncc = 0; tncc <= 8; tncc++) {
      const { withArticle, withDe, article } = articleForms("Creuse", tncc);
      expect({ withArticle, withDe, article }).toEqual(nameForms("Creuse", tncc));
    }
  });

  it("reads an out-of-range TNCC as 0", () => {
    expect(articleForms("Paris", 42).withDe).toBe("de Paris");
    expect(articleForms("Paris", -1).withDe).toBe("de Paris");
  });
});
