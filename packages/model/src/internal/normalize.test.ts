import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeCode, normalizeText } from "./normalize";

describe("normalizeText", () => {
  it.each([
    ["Côte-d'Or", "cote d or"],
    ["Côte-d’Or", "cote d or"],
    ["cote-d-or", "cote d or"],
    ["  CORRÈZE ", "correze"],
    ["Œuvre  Cœur", "oeuvre coeur"],
    ["Saint-Étienne Métropole", "saint etienne metropole"],
    ["Val-d'Oise", "val d oise"],
    ["", ""],
  ])("folds %j to %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("spells out St and Ste only when asked, and only as whole words", () => {
    expect(normalizeText("St-Étienne")).toBe("st etienne");
    expect(normalizeText("St-Étienne", { saint: true })).toBe("saint etienne");
    expect(normalizeText("Ste Marie", { saint: true })).toBe("sainte marie");
    expect(normalizeText("Stade", { saint: true })).toBe("stade");
  });

  it("gives an empty string for non-strings", () => {
    expect(normalizeText(undefined)).toBe("");
    expect(normalizeText(42)).toBe("");
  });

  it("is idempotent and never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = normalizeText(s, { saint: true });
        expect(normalizeText(once, { saint: true })).toBe(once);
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/ {2}|[A-Z]/);
      }),
    );
  });
});

describe("normalizeCode", () => {
  it.each([
    [" 2a ", "2A"],
    ["222 309 627", "222309627"],
    ["222\u00a0309\u202f627", "222309627"],
    ["6ae", "6AE"],
  ])("folds %j to %j", (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });

  it("gives an empty string for non-strings", () => {
    expect(normalizeCode(null)).toBe("");
  });
});
