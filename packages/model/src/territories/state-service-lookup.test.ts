import { describe, expect, it } from "vitest";
import { listDepartements } from "./departement-lookup";
import { listStateServiceRecords, stateServiceFor, StateServiceLookupSchema, type StateService } from "./state-service-lookup";

const known = (code: string, asOf?: string): StateService | undefined => {
  const r = stateServiceFor(code, asOf === undefined ? {} : { asOf });
  return r?.status === "known" ? r.service : undefined;
};

const UNKNOWN_IN_2024 = ["34", "75", "92", "93", "94", "971", "972", "973", "974", "976"];

describe("stateServiceFor", () => {
  it("knows the Creuse's service: a DDETSPP, not a DDETS, with its full name", () => {
    expect(known("23")).toMatchObject({
      acronym: "DDETSPP",
      fullName: "direction départementale de l'emploi, du travail, des solidarités et de la protection des populations de la Creuse",
      withArticle: "la direction départementale de l'emploi, du travail, des solidarités et de la protection des populations de la Creuse",
      acronymWithArticle: "la DDETSPP",
      acronymWithDe: "de la DDETSPP",
      provenance: "confirmed",
    });
  });

  it.each([
    ["69", "DDETS", "direction départementale de l'emploi, du travail et des solidarités du Rhône"],
    ["2A", "DDETSPP", "direction départementale de l'emploi, du travail, des solidarités et de la protection des populations de la Corse-du-Sud"],
    ["45", "DDETS", "direction départementale de l'emploi, du travail et des solidarités du Loiret"],
    ["68", "DDETSPP", "direction départementale de l'emploi, du travail, des solidarités et de la protection des populations du Haut-Rhin"],
    ["80", "DDETS", "direction départementale de l'emploi, du travail et des solidarités de la Somme"],
    ["79", "DDETSPP", "direction départementale de l'emploi, du travail, des solidarités et de la protection des populations des Deux-Sèvres"],
  ])("%s: %s, « %s »", (code, acronym, fullName) => {
    expect(known(code)).toMatchObject({ acronym, fullName });
  });

  it("counts 45 DDETSPP and 46 DDETS settled in 2024, and nothing else settled", () => {
    const services = listDepartements().map((d) => known(d.code));
    expect(services.filter((s) => s?.acronym === "DDETSPP")).toHaveLength(45);
    expect(services.filter((s) => s?.acronym === "DDETS")).toHaveLength(46);
    expect(services.filter((s) => s === undefined)).toHaveLength(UNKNOWN_IN_2024.length);
  });

  it.each(UNKNOWN_IN_2024)("asks for %s's service instead of guessing it", (code) => {
    const r = stateServiceFor(code);
    expect(r?.status).toBe("unknown");
    if (r?.status === "unknown") {
      expect(["no-source", "unconfirmed"]).toContain(r.reason);
      expect(r.note ?? r.candidate?.acronym).toBeTruthy();
    }
  });

  it("gives a hint overseas (DEETS, unconfirmed), none in Paris and the inner ring", () => {
    const reunion = stateServiceFor("974");
    expect(reunion?.status === "unknown" && reunion.candidate?.fullName).toBe(
      "direction de l'économie, de l'emploi, du travail et des solidarités de La Réunion",
    );
    const paris = stateServiceFor("75");
    expect(paris?.status === "unknown" && [paris.reason, paris.candidate]).toEqual(["no-source", undefined]);
  });

  it.each(listDepartements().map((d) => d.code))("answers for %s with a service that names its département, on every day", (code) => {
    for (const asOf of ["2009-06-01", "2019-06-01", "2021-03-31", "2021-04-01", "2024-06-24"]) {
      const r = stateServiceFor(code, { asOf });
      expect(StateServiceLookupSchema.safeParse(r).success, `${code} ${asOf}`).toBe(true);
      const s = r?.status === "known" ? r.service : r?.candidate;
      if (s !== undefined) expect(s.fullName.startsWith(`${s.name} `), code).toBe(true);
    }
  });

  it("never settles a service before April 2021: the DDCS or DDCSPP is only a candidate, and nothing before 2010", () => {
    for (const d of listDepartements()) {
      expect(stateServiceFor(d.code, { asOf: "2021-03-31" })?.status, d.code).toBe("unknown");
      expect(stateServiceFor(d.code, { asOf: "2009-12-31" }), d.code).toEqual({ status: "unknown", departement: d.code, reason: "no-data" });
    }
    const creuse2019 = stateServiceFor("23", { asOf: "2019-06-01" });
    expect(creuse2019?.status === "unknown" && [creuse2019.reason, creuse2019.candidate?.acronym]).toEqual(["unconfirmed", "DDCSPP"]);
  });

  it("is undefined for an unknown département and forgives case", () => {
    expect(stateServiceFor("20")).toBeUndefined();
    expect(known("2a")?.acronym).toBe("DDETSPP");
  });

  it("hands out frozen services and records", () => {
    expect(Object.isFrozen(known("23"))).toBe(true);
    expect(Object.isFrozen(listStateServiceRecords()[0])).toBe(true);
  });
});
