import { describe, expect, it } from "vitest";
import { safeParseWith } from "../validate";
import { METROPOLE_DATA } from "./data/metropoles";
import { METROPOLE_STATUTE_LABELS, MetropoleSchema, MetropoleStatuteSchema, type Metropole } from "./metropole";
import { toJsonSchema } from "../json-schema";

const saintEtienne: Metropole = {
  name: "Saint-Étienne Métropole",
  tncc: 0,
  siren: "244200770",
  statute: "metropole",
  cgctArticle: "L.5217-1",
  seatDepartement: "42",
  aliases: ["Saint-Étienne"],
};

describe("MetropoleSchema", () => {
  it("accepts a métropole", () => {
    expect(MetropoleSchema.parse(saintEtienne)).toEqual(saintEtienne);
  });
  it.each([
    ["siren", "244200771", "siren.checksum"],
    ["cgctArticle", "5217-1", "schema.invalid_format"],
    ["seatDepartement", "20", "insee.departement"],
    ["statute", "epci", "schema.invalid_value"],
    ["tncc", 9, "schema.too_big"],
  ])("reports %s = %j as %s", (key, value, code) => {
    const r = safeParseWith(MetropoleSchema, { ...saintEtienne, [key]: value });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.code)).toContain(code);
  });
});

describe("the 22 métropoles", () => {
  it("are 19 of common law (L.5217-1), 2 with their own statute, and Lyon", () => {
    const count = (s: string) => METROPOLE_DATA.filter((m) => m.statute === s).length;
    expect(count("metropole")).toBe(19);
    expect(count("metropole-a-statut-particulier")).toBe(2);
    expect(METROPOLE_DATA.filter((m) => m.statute === "collectivite-territoriale-a-statut-particulier").map((m) => m.collectiviteCode)).toEqual(["69M"]);
    expect(METROPOLE_DATA.filter((m) => m.statute === "metropole").every((m) => m.cgctArticle === "L.5217-1")).toBe(true);
  });
  it("label every statute in French", () => {
    expect(MetropoleStatuteSchema.options.map((s) => METROPOLE_STATUTE_LABELS[s])).toEqual([
      "métropole",
      "métropole à statut particulier",
      "collectivité territoriale à statut particulier",
    ]);
  });
});

describe("MetropoleSchema as JSON Schema", () => {
  it("exports an object with the statute as an enum", () => {
    const json = toJsonSchema(MetropoleSchema);
    expect(json.required).toContain("seatDepartement");
    expect((json.properties?.statute as { enum?: unknown }).enum).toEqual(MetropoleStatuteSchema.options);
  });
});
