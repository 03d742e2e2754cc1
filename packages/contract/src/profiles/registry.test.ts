import { describe, expect, it } from "vitest";
import { defineProfile } from "../profile";
import { CALPAE_2019 } from "./calpae-2019/calpae-2019";
import { CLS_DEPARTEMENT_2024 } from "./cls-2024/cls-departement-2024";
import { CLS_METROPOLE_2024 } from "./cls-2024/cls-metropole-2024";
import { getProfile, listProfiles, SHIPPED_PROFILES } from "./registry";

describe("shipped profiles", () => {
  it("cls-departement-2024: axes 1, 3, 4, axis 2 with singleConvention, 2024–2027, parity per action", () => {
    expect(CLS_DEPARTEMENT_2024.axes).toEqual({ allowed: [1, 3, 4], required: [1, 3, 4], minActionsPerRequiredAxis: 1, optionalWithOption: [{ axis: 2, option: "singleConvention" }] });
    // Real CLS were signed during 2024: the départements' start is retroactive too.
    expect(CLS_DEPARTEMENT_2024.period).toEqual({ start: "2024-01-01", end: "2027-12-31", retroactiveStart: true });
    expect(CLS_DEPARTEMENT_2024.financing).toEqual({ rule: "parity", perAction: true, laterYearsByAmendment: false, executionShortfall: "proportional-reduction" });
    expect(CLS_DEPARTEMENT_2024.counterparty).toBe("departemental");
  });
  it("cls-metropole-2024: four axes required, retroactive start", () => {
    expect(CLS_METROPOLE_2024.axes.required).toEqual([1, 2, 3, 4]);
    expect(CLS_METROPOLE_2024.period.retroactiveStart).toBe(true);
    expect(CLS_METROPOLE_2024.counterparty).toBe("metropole");
  });
  it("calpae-2019: 2019–2021 extendable to 2023, at least, one year funded, parts and socle, no Pacte axis, report by 31 March", () => {
    expect(CALPAE_2019.period).toEqual({ start: "2019-01-01", end: "2021-12-31", maxEnd: "2023-12-31", retroactiveStart: true });
    expect(CALPAE_2019.financing).toEqual({ rule: "at-least", perAction: false, laterYearsByAmendment: true, executionShortfall: "proportional-reduction" });
    expect(CALPAE_2019.axes.allowed).toEqual([]);
    expect(CALPAE_2019.parts?.required).toBe(true);
    expect(CALPAE_2019.parts?.socle.map((c) => c.id)).toEqual(["sorties-ase", "orientation-rsa", "premier-accueil", "referent-parcours", "formation-travailleurs-sociaux"]);
    expect(CALPAE_2019.parts?.socle.find((c) => c.id === "formation-travailleurs-sociaux")?.fromYear).toBe(2020);
    expect(CALPAE_2019.reporting.reportDue).toBe("03-31");
  });
  it("carry clause libraries and visas", () => {
    for (const p of SHIPPED_PROFILES) {
      expect(p.clauses.length).toBeGreaterThan(0);
      expect(p.visas.length).toBeGreaterThan(0);
    }
  });
});

describe("getProfile / listProfiles", () => {
  const mine = defineProfile({ ...CLS_DEPARTEMENT_2024, id: "cls-23-local" });
  const replaced = defineProfile({ ...CLS_DEPARTEMENT_2024, label: "Remplacé" });

  it("finds shipped profiles and returns undefined for others", () => {
    expect(getProfile("cls-metropole-2024")).toBe(CLS_METROPOLE_2024);
    expect(getProfile("cls-2024")).toBeUndefined();
    expect(getProfile(42 as unknown as string)).toBeUndefined();
  });
  it("looks at a team's profiles first", () => {
    expect(getProfile("cls-23-local", { profiles: [mine] })).toBe(mine);
    expect(getProfile("cls-departement-2024", { profiles: [replaced] })?.label).toBe("Remplacé");
  });
  it("lists a team's profiles, then the shipped ones they do not replace", () => {
    expect(listProfiles().map((p) => p.id)).toEqual(["cls-departement-2024", "cls-metropole-2024", "calpae-2019"]);
    expect(listProfiles({ profiles: [mine, replaced] }).map((p) => p.label)).toEqual([
      mine.label,
      "Remplacé",
      CLS_METROPOLE_2024.label,
      CALPAE_2019.label,
    ]);
  });
});
