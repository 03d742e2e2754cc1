import { describe, expect, it } from "vitest";
import { listCollectivites, listCollectiviteVersions } from "./collectivite-lookup";
import { listMetropoles } from "./metropole-lookup";
import { checkSigningDepartement, SigningCheckSchema, signingPrefetFor } from "./signing-prefet";

describe("signingPrefetFor", () => {
  it.each([
    ["20R", "2A", "region", "confirmed"],
    ["6AE", "67", "departement", "unconfirmed"],
    ["69M", "69", "departement", "confirmed"],
    ["69D", "69", "departement", "confirmed"],
    ["75C", "75", "departement", "confirmed"],
    ["23D", "23", "departement", "confirmed"],
    ["976R", "976", "departement", "confirmed"],
    ["Métropole de Lyon", "69", "departement", "confirmed"],
    ["200046977", "69", "departement", "confirmed"],
    ["Métropole du Grand Paris", "75", "departement", "inferred"],
    ["AMP", "13", "departement", "inferred"],
    ["Eurométropole de Strasbourg", "67", "departement", "inferred"],
  ] as const)("%s is signed for by the préfet of %s (as %s, %s)", (target, departement, role, provenance) => {
    expect(signingPrefetFor(target)).toMatchObject({ departement, role, provenance });
  });

  it("follows history: the Corse-du-Sud and Haute-Corse councils had their own préfet until 2017", () => {
    expect(signingPrefetFor("2BD", { asOf: "2017-06-01" })?.departement).toBe("2B");
    expect(signingPrefetFor("2BD", { asOf: "2019-06-01" })).toBeUndefined();
    expect(signingPrefetFor("68D", { asOf: "2019-06-01" })?.departement).toBe("68");
  });

  it("names a département the collectivity covers, for every collectivity on every version", () => {
    for (const c of listCollectiviteVersions()) {
      const asOf = c.validFrom ?? c.validTo ?? "2024-01-01";
      expect(c.departements, c.code).toContain(signingPrefetFor(c.code, { asOf })?.departement);
    }
  });

  it("names the seat's département for every métropole", () => {
    for (const m of listMetropoles()) expect(signingPrefetFor(m.siren)?.departement, m.name).toBe(m.seatDepartement);
  });

  it("is undefined for what it does not know", () => {
    expect(signingPrefetFor("99Z")).toBeUndefined();
    expect(signingPrefetFor("Métropole de Nowhere")).toBeUndefined();
    expect(signingPrefetFor("75D")).toBeUndefined();
  });
});

describe("checkSigningDepartement", () => {
  it.each([
    ["2B", "20R", false],
    ["2A", "20R", true],
    ["67", "6AE", true],
    ["68", "6AE", false],
    ["69", "69M", true],
    ["69", "69D", true],
    ["38", "69M", false],
    ["75", "75C", true],
    ["92", "75C", false],
    ["59", "Métropole européenne de Lille", true],
    ["62", "Métropole européenne de Lille", false],
  ] as const)("the préfet of %s may sign for %s: %s", (departement, target, allowed) => {
    const check = checkSigningDepartement(departement, target);
    expect(check?.allowed).toBe(allowed);
    expect(SigningCheckSchema.safeParse(check).success).toBe(true);
  });

  it("allows, for every collectivity of 2024, exactly one département", () => {
    for (const c of listCollectivites()) {
      const allowed = ["2A", "2B", "67", "68", ...c.departements].filter((d) => checkSigningDepartement(d, c.code)?.allowed);
      expect(new Set(allowed).size, c.code).toBe(1);
    }
  });

  it("forgives case in the département code and is undefined for an unknown target", () => {
    expect(checkSigningDepartement("2a", "20R")?.allowed).toBe(true);
    expect(checkSigningDepartement("23", "nowhere")).toBeUndefined();
  });
});
