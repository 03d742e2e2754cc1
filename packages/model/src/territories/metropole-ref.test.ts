import { describe, expect, it } from "vitest";
import { safeParseWith } from "../validate";
import { MetropoleRefSchema } from "./metropole-ref";
import { toJsonSchema } from "../json-schema";

describe("MetropoleRefSchema", () => {
  it.each(["244200770", "200046977", "200054781"])("accepts %s", (siren) => {
    expect(MetropoleRefSchema.parse(siren)).toBe(siren);
  });

  it.each([
    ["244 200 770", "244200770"],
    ["Saint-Etienne", "244200770"],
    ["MEL", "200093201"],
    ["222309627", undefined],
    ["grand", undefined],
    ["", undefined],
  ])("refuses %j with territory.unknown_metropole, suggesting %s", (input, suggestion) => {
    const r = safeParseWith(MetropoleRefSchema, input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.code)).toEqual(["territory.unknown_metropole"]);
    expect(r.issues[0]?.params.suggestion).toBe(suggestion);
  });

  it("says what to type", () => {
    const r = safeParseWith(MetropoleRefSchema, "MEL");
    expect(!r.success && r.issues[0]?.message).toMatchInlineSnapshot(
      `"Métropole inconnue : « MEL » n’est le SIREN d’aucune des 22 métropoles. Vouliez-vous dire « 200093201 » (Métropole européenne de Lille) ?"`,
    );
  });
});

describe("MetropoleRefSchema as JSON Schema", () => {
  it("is a string (existence is a refinement JSON Schema cannot say)", () => {
    expect(toJsonSchema(MetropoleRefSchema).type).toBe("string");
  });
});
