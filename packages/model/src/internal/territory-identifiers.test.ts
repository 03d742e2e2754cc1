import { describe, expect, it } from "vitest";
import { safeParseWith } from "../validate";
import { StoredSirenSchema, StoredSiretSchema } from "./territory-identifiers";

describe("StoredSirenSchema", () => {
  it("accepts 9 digits with a valid key, unchanged", () => {
    expect(StoredSirenSchema.parse("222309627")).toBe("222309627");
  });
  it.each([
    ["222 309 627", "siren.format"],
    ["22230962", "siren.format"],
    ["222309628", "siren.checksum"],
  ])("refuses %j with %s", (input, code) => {
    const r = safeParseWith(StoredSirenSchema, input);
    expect(!r.success && r.issues.map((i) => i.code)).toEqual([code]);
  });
});

describe("StoredSiretSchema", () => {
  it("accepts 14 digits with a valid key, La Poste's rule included", () => {
    expect(StoredSiretSchema.parse("22230962700016")).toBe("22230962700016");
    expect(StoredSiretSchema.parse("35600000000001")).toBe("35600000000001");
  });
  it.each([
    ["222 309 627 00016", "siret.format", undefined],
    ["22230962700017", "siret.checksum", undefined],
    ["35600000000002", "siret.checksum", "la-poste"],
  ])("refuses %j with %s", (input, code, rule) => {
    const r = safeParseWith(StoredSiretSchema, input);
    expect(!r.success && r.issues.map((i) => i.code)).toEqual([code]);
    expect(!r.success && r.issues[0]?.params.rule).toBe(rule);
  });
});
