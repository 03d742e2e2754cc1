import { describe, expect, expectTypeOf, it } from "vitest";
import { defineIssueCatalog } from "./issue-catalog";

const catalog = defineIssueCatalog({
  fr: {
    "siren.format": (p: { received: string }) => `SIREN invalide : 9 chiffres attendus, « ${p.received} » reçu.`,
    "contract.siret_missing": () => "Aucun SIRET n’est donné.",
  },
  en: {
    "siren.format": (p: { received: string }) => `Invalid SIREN: 9 digits expected, "${p.received}" received.`,
    "contract.siret_missing": () => "No SIRET is given.",
  },
  warnings: ["contract.siret_missing"],
});

describe("defineIssueCatalog", () => {
  it("lists its codes in order and knows its own", () => {
    expect(catalog.codes).toEqual(["siren.format", "contract.siret_missing"]);
    expect(catalog.has("siren.format")).toBe(true);
    expect(catalog.has("siren.other")).toBe(false);
  });

  it("builds issues with the message in the asked language and the code's severity", () => {
    expect(catalog.issue("siren.format", ["siren"], { received: "12" })).toEqual({
      code: "siren.format",
      path: ["siren"],
      message: "SIREN invalide : 9 chiffres attendus, « 12 » reçu.",
      severity: "error",
      params: { received: "12" },
    });
    expect(catalog.issue("siren.format", [], { received: "12" }, { lang: "en" }).message).toBe('Invalid SIREN: 9 digits expected, "12" received.');
    expect(catalog.issue("contract.siret_missing", [], {}).severity).toBe("warning");
    expect(catalog.issue("contract.siret_missing", [], {}, { severity: "error" }).severity).toBe("error");
  });

  it("does not keep the caller's path array", () => {
    const path = ["a"];
    const issue = catalog.issue("contract.siret_missing", path, {});
    path.push("b");
    expect(issue.path).toEqual(["a"]);
  });

  it("types each code's params", () => {
    expectTypeOf(catalog.issue).parameter(0).toEqualTypeOf<"siren.format" | "contract.siret_missing">();
    // @ts-expect-error — "received" is required by this code's message
    catalog.issue("siren.format", [], {});
  });
});
