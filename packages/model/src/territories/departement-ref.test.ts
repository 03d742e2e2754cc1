import { describe, expect, it } from "vitest";
import { safeParseWith } from "../validate";
import { DepartementCodeRefSchema } from "./departement-ref";
import { toJsonSchema } from "../json-schema";

describe("DepartementCodeRefSchema", () => {
  it.each(["01", "2A", "2B", "23", "95", "971", "976"])("accepts %s", (code) => {
    expect(DepartementCodeRefSchema.parse(code)).toBe(code);
  });

  it.each([
    ["20", undefined],
    ["975", undefined],
    ["", undefined],
    ["xyz", undefined],
    ["2a", "2A"],
    [" 23 ", "23"],
    ["1", "01"],
    ["creuse", "23"],
    ["Côte-d'Or", "21"],
    ["Savoie", "73"],
  ])("refuses %j with territory.unknown_departement, suggesting %s", (input, suggestion) => {
    const r = safeParseWith(DepartementCodeRefSchema, input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.code).toBe("territory.unknown_departement");
    expect(r.issues[0]?.params.suggestion).toBe(suggestion);
  });

  it("does not guess when the name is ambiguous", () => {
    const r = safeParseWith(DepartementCodeRefSchema, "Haute");
    expect(!r.success && r.issues[0]?.params.suggestion).toBeUndefined();
  });

  it("says what is wrong and what to type, in French and in English", () => {
    const fr = safeParseWith(DepartementCodeRefSchema, "creuse");
    const en = safeParseWith(DepartementCodeRefSchema, "20", { lang: "en" });
    expect(!fr.success && fr.issues[0]?.message).toMatchInlineSnapshot(
      `"Département inconnu : « creuse » ne figure pas dans le code officiel géographique. Vouliez-vous dire « 23 » (Creuse) ?"`,
    );
    expect(!en.success && en.issues[0]?.message).toMatchInlineSnapshot(
      `"Unknown département: "20" is not in the official geographic code."`,
    );
  });

  it("keeps zod's own issue for a value that is not a string", () => {
    const r = safeParseWith(DepartementCodeRefSchema, 23);
    expect(!r.success && r.issues[0]?.code).toBe("schema.invalid_type");
  });
});

describe("DepartementCodeRefSchema as JSON Schema", () => {
  it("is a string (existence is a refinement JSON Schema cannot say)", () => {
    expect(toJsonSchema(DepartementCodeRefSchema).type).toBe("string");
  });
});
