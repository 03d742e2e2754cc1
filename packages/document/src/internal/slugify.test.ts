import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugify } from "./slugify";

describe("slugify", () => {
  it.each([
    ["Article 5 – Engagements de l’État", "article-5-engagements-de-l-etat"],
    ["Annexe 2", "annexe-2"],
    ["Œuvre sociale & cœur", "oeuvre-sociale-coeur"],
    ["ÉLÈVES ÂGÉS", "eleves-ages"],
    ["2024 : bilan", "h-2024-bilan"],
    ["  --  ", "h"],
    ["", "h"],
    ["مرحبا", "h"],
  ])("%s → %s", (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });

  it("is accent-insensitive", () => {
    expect(slugify("Évaluation")).toBe(slugify("Evaluation"));
  });

  it("always gives a valid IR id", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(slugify(text)).toMatch(/^[A-Za-z][A-Za-z0-9_.:-]*$/);
      }),
    );
  });
});
