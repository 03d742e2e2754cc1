import { describe, expect, it } from "vitest";
import type { ContractCollectivite } from "../contract";
import { CALPAE_2019 } from "../profiles/calpae-2019/calpae-2019";
import { CLS_DEPARTEMENT_2024 } from "../profiles/cls-2024/cls-departement-2024";
import { CLS_METROPOLE_2024 } from "../profiles/cls-2024/cls-metropole-2024";
import { bordeauxContract, creuseContract } from "../test-support/fixtures";
import { applicableVisaTexts, visaApplies } from "./applicable-visas";
import { visaOf } from "./visa";

/** The Creuse's collectivity record, under another code and kind. */
const as = (code: string, kind: string): ContractCollectivite => {
  const c = creuseContract().collectivite;
  return { ...c, code, record: { ...c.record, kind } } as ContractCollectivite;
};

describe("applicableVisaTexts", () => {
  it("cites the public-finance texts every convention cites (LOLF, GBCP, décret 2004-374) and the DGCS instruction of the profile", () => {
    const creuse = applicableVisaTexts(creuseContract());
    for (const needle of ["n° 2001-692", "n° 2012-1246", "n° 2004-374", "DGCS/SD1B/2023/169", "L. 121-1", "L. 3211-1"]) {
      expect(creuse.some((v) => v.includes(needle)), needle).toBe(true);
    }
    const bordeaux = applicableVisaTexts(bordeauxContract());
    expect(bordeaux.some((v) => v.includes("DGCS/SD1B/2023/168"))).toBe(true);
    expect(bordeaux.some((v) => v.includes("DGCS/SD1B/2023/169"))).toBe(false);
  });

  it.each([
    ["75C", "collectivite-unique", "L. 2512-1"],
    ["20R", "collectivite-unique", "L. 4421-1"],
    ["976R", "departement", "Mayotte"],
    ["6AE", "collectivite-unique", "Collectivité européenne d'Alsace"],
  ])("cites the statute of %s for it alone", (code, kind, needle) => {
    const own = applicableVisaTexts({ profile: CLS_DEPARTEMENT_2024, collectivite: as(code, kind) });
    expect(own.some((v) => v.includes(needle))).toBe(true);
    expect(applicableVisaTexts(creuseContract()).some((v) => v.includes(needle))).toBe(false);
  });

  it("keeps the profile's order and never cites the Pacte in a CALPAE", () => {
    const texts = applicableVisaTexts({ profile: CALPAE_2019, collectivite: creuseContract().collectivite });
    expect(texts.some((v) => v.includes("Pacte des solidarités"))).toBe(false);
    const all = CLS_METROPOLE_2024.visas.map(visaOf).map((v) => v.text);
    const own = applicableVisaTexts(bordeauxContract());
    expect(own.map((v) => all.indexOf(v))).toEqual([...own.map((v) => all.indexOf(v))].sort((a, b) => a - b));
  });
});

describe("visaApplies", () => {
  it("applies a visa without a condition everywhere, and a conditioned one to what it names", () => {
    const c = creuseContract().collectivite;
    expect(visaApplies(visaOf("Vu la délibération"), c)).toBe(true);
    expect(visaApplies(visaOf({ text: "Vu …", provenance: "confirmed", sources: [], appliesTo: { collectivites: ["75C"] } }), c)).toBe(false);
    expect(visaApplies(visaOf({ text: "Vu …", provenance: "confirmed", sources: [], appliesTo: { collectivites: ["23D"] } }), c)).toBe(true);
    expect(visaApplies(visaOf({ text: "Vu …", provenance: "confirmed", sources: [], appliesTo: { collectiviteKinds: ["departement"] } }), c)).toBe(true);
  });
});

describe("visaOf", () => {
  it("makes a plain string an inferred visa without sources", () => {
    expect(visaOf("Vu la délibération")).toEqual({ text: "Vu la délibération", provenance: "inferred", sources: [] });
  });
});
