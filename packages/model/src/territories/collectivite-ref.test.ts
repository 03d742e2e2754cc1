import { describe, expect, it } from "vitest";
import { z } from "zod";
import { safeParseWith } from "../validate";
import { getCollectivite } from "./collectivite-lookup";
import { checkCollectiviteInForce, CollectiviteRefSchema, collectiviteRefInForceSchema } from "./collectivite-ref";
import { toJsonSchema } from "../json-schema";

describe("CollectiviteRefSchema", () => {
  it.each(["23D", "6AE", "20R", "69M", "75C", "67D", "2AD", "222309627", "200046977", "226900017"])("accepts %s", (ref) => {
    expect(CollectiviteRefSchema.parse(ref)).toBe(ref);
  });

  it.each([
    ["23", "23D"],
    ["23d", "23D"],
    ["222 309 627", "23D"],
    ["creuse", "23D"],
    ["CEA", "6AE"],
    ["69", undefined],
    ["99D", undefined],
    ["123456789", undefined],
    ["", undefined],
  ])("refuses %j with territory.unknown_collectivite, suggesting %s", (input, suggestion) => {
    const r = safeParseWith(CollectiviteRefSchema, input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.code)).toEqual(["territory.unknown_collectivite"]);
    expect(r.issues[0]?.params.suggestion).toBe(suggestion);
  });

  it("reports the path inside an object", () => {
    const r = safeParseWith(z.object({ collectivite: CollectiviteRefSchema }), { collectivite: "Creuse" }, { lang: "en" });
    expect(!r.success && r.issues[0]).toMatchObject({
      path: ["collectivite"],
      message:
        'Unknown collectivity: "Creuse" is neither the code (23D, 6AE…) nor the SIREN of a collectivity with departmental powers. Did you mean "23D" (Département de la Creuse)?',
    });
  });
});

describe("checkCollectiviteInForce", () => {
  const basRhin = getCollectivite("67D");
  const cea = getCollectivite("6AE");
  if (basRhin === undefined || cea === undefined) throw new Error("reference data lacks 67D or 6AE");

  it("is silent for a collectivity in force", () => {
    expect(checkCollectiviteInForce(basRhin, "2019-06-01")).toBeUndefined();
    expect(checkCollectiviteInForce(cea, "2021-01-01")).toBeUndefined();
  });

  it("says when it was in force and who signs instead", () => {
    expect(checkCollectiviteInForce(basRhin, "2024-06-01", { path: ["parties", 1] })).toEqual({
      code: "territory.not_in_force",
      path: ["parties", 1],
      severity: "error",
      message:
        "La collectivité « Département du Bas-Rhin » n’était pas en vigueur au 2024-06-01 (en vigueur jusqu’au 2020-12-31). À cette date : Collectivité européenne d'Alsace (6AE).",
      params: {
        received: "Département du Bas-Rhin",
        collectiviteCode: "67D",
        asOf: "2024-06-01",
        validTo: "2020-12-31",
        instead: "Collectivité européenne d'Alsace (6AE)",
      },
    });
    expect(checkCollectiviteInForce(cea, "2020-12-31", { lang: "en" })?.message).toBe(
      "The collectivity \"Collectivité européenne d'Alsace\" was not in force on 2020-12-31 (in force since 2021-01-01). On that date: Département du Bas-Rhin (67D), Département du Haut-Rhin (68D).",
    );
  });

  it("words a closed span too", () => {
    const rhone = getCollectivite("69D", { asOf: "2019-06-01" });
    expect(rhone && checkCollectiviteInForce(rhone, "2014-06-01")?.message).toBe(
      "La collectivité « Département du Rhône » n’était pas en vigueur au 2014-06-01 (en vigueur depuis le 2015-01-01). À cette date : Département du Rhône (69D).",
    );
  });

  it("reports date.format for an unusable date", () => {
    expect(checkCollectiviteInForce(cea, "2024-02-30")?.code).toBe("date.format");
  });
});

describe("collectiviteRefInForceSchema", () => {
  it.each([
    ["2019-06-01", "67D", true],
    ["2019-06-01", "6AE", false],
    ["2024-06-01", "6AE", true],
    ["2024-06-01", "67D", false],
    ["2010-01-01", "226900017", true],
    ["2010-01-01", "69M", false],
  ])("on %s, %s is %s", (asOf, ref, ok) => {
    expect(collectiviteRefInForceSchema(asOf).safeParse(ref).success).toBe(ok);
  });

  it("gives not_in_force, or unknown_collectivite for an unknown ref", () => {
    const r = safeParseWith(collectiviteRefInForceSchema("2019-06-01"), "6AE");
    expect(!r.success && r.issues.map((i) => i.code)).toEqual(["territory.not_in_force"]);
    const u = safeParseWith(collectiviteRefInForceSchema("2019-06-01"), "6AF");
    expect(!u.success && u.issues.map((i) => i.code)).toEqual(["territory.unknown_collectivite"]);
  });
});

describe("CollectiviteRefSchema as JSON Schema", () => {
  it("is a string (existence is a refinement JSON Schema cannot say)", () => {
    expect(toJsonSchema(CollectiviteRefSchema).type).toBe("string");
  });
});
