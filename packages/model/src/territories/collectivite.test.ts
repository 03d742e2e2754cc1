import { describe, expect, it } from "vitest";
import { safeParseWith } from "../validate";
import {
  COLLECTIVITE_KIND_LABELS,
  CollectiviteKindSchema,
  CollectiviteSchema,
  ExecutiveTitleSchema,
  feminineTitle,
  type Collectivite,
} from "./collectivite";
import { COLLECTIVITE_DATA } from "./data/collectivites";
import { toJsonSchema } from "../json-schema";

const creuse: Collectivite = {
  code: "23D",
  codeConfidence: "confirmed",
  name: "Département de la Creuse",
  tncc: 2,
  kind: "departement",
  departements: ["23"],
  extent: "whole",
  executiveTitle: { masculine: "président du conseil départemental", feminine: "présidente du conseil départemental" },
  executiveTitleConfidence: "confirmed",
  siren: "222309627",
  siret: "22230962700016",
  validityConfidence: "confirmed",
  aliases: ["Creuse", "la Creuse"],
};

describe("CollectiviteSchema", () => {
  it("accepts a collectivity and keeps it as is", () => {
    expect(CollectiviteSchema.parse(creuse)).toEqual(creuse);
  });

  it.each([
    ["code", "23", "insee.collectivite"],
    ["siren", "222309628", "siren.checksum"],
    ["siren", "222 309 627", "siren.format"],
    ["siret", "22230962700017", "siret.checksum"],
    ["siret", "2223096270001", "siret.format"],
    ["validFrom", "2021-02-30", "date.format"],
    ["departements", ["20"], "insee.departement"],
    ["kind", "commune", "schema.invalid_value"],
  ])("reports %s = %j as %s", (key, value, code) => {
    const r = safeParseWith(CollectiviteSchema, { ...creuse, [key]: value });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.code)).toContain(code);
  });

  it("requires at least one département", () => {
    expect(CollectiviteSchema.safeParse({ ...creuse, departements: [] }).success).toBe(false);
  });
});

describe("kinds and titles", () => {
  it("labels every kind in French", () => {
    for (const kind of CollectiviteKindSchema.options) expect(COLLECTIVITE_KIND_LABELS[kind]).toMatch(/^(département|collectivité)/);
  });

  it.each([
    ["président du conseil départemental", "présidente du conseil départemental"],
    ["président de la Métropole de Lyon", "présidente de la Métropole de Lyon"],
    ["maire de Paris", "maire de Paris"],
    ["présidentiel", "présidentiel"],
  ])("feminineTitle(%j) is %j", (masculine, feminine) => {
    expect(feminineTitle(masculine)).toBe(feminine);
  });

  it("gives both genders of every executive title in the data", () => {
    for (const c of COLLECTIVITE_DATA) {
      expect(ExecutiveTitleSchema.parse(c.executiveTitle)).toEqual(c.executiveTitle);
      expect(c.executiveTitle.feminine, c.code).toBe(feminineTitle(c.executiveTitle.masculine));
    }
    expect(COLLECTIVITE_DATA.find((c) => c.code === "75C")?.executiveTitle).toEqual({ masculine: "maire de Paris", feminine: "maire de Paris" });
  });

  it("marks as unconfirmed what the sources did not confirm (75C code; Corse, Martinique, Guyane titles; Guyane's and Mayotte's start)", () => {
    const current = COLLECTIVITE_DATA.filter((c) => c.validTo === undefined);
    expect(current.filter((c) => c.codeConfidence === "unconfirmed").map((c) => c.code)).toEqual(["75C"]);
    expect(current.filter((c) => c.executiveTitleConfidence === "unconfirmed").map((c) => c.code)).toEqual(["20R", "972R", "973R"]);
    // Martinique's start (2015-12-18) is confirmed by Légifrance; Guyane's and Mayotte's are not.
    expect(current.filter((c) => c.validityConfidence === "unconfirmed").map((c) => c.code)).toEqual(["973R", "976R"]);
  });
});

describe("CollectiviteSchema as JSON Schema", () => {
  it("exports an object with its required fields and the kinds as an enum", () => {
    const json = toJsonSchema(CollectiviteSchema);
    expect(json.type).toBe("object");
    expect(json.required).toEqual(expect.arrayContaining(["code", "name", "kind", "departements", "extent", "executiveTitle", "aliases"]));
    expect(json.required).not.toContain("siren");
    expect((json.properties?.kind as { enum?: unknown }).enum).toEqual(CollectiviteKindSchema.options);
  });
});
