import { describe, expect, it } from "vitest";
import { listDepartements } from "./departement-lookup";
import { getRegion, listRegions, regionOfDepartement } from "./region-lookup";

describe("regions", () => {
  it("are 18 on the reference date: 13 in metropolitan France and 5 overseas", () => {
    expect(listRegions()).toHaveLength(18);
    expect(listRegions().filter((r) => Number(r.code) >= 11)).toHaveLength(13);
  });

  it.each([
    ["11", "Île-de-France", "d'Île-de-France", "75"],
    ["24", "Centre-Val de Loire", "du Centre-Val de Loire", "45"],
    ["27", "Bourgogne-Franche-Comté", "de Bourgogne-Franche-Comté", "21"],
    ["28", "Normandie", "de Normandie", "76"],
    ["32", "Hauts-de-France", "des Hauts-de-France", "59"],
    ["44", "Grand Est", "du Grand Est", "67"],
    ["52", "Pays de la Loire", "des Pays de la Loire", "44"],
    ["53", "Bretagne", "de Bretagne", "35"],
    ["75", "Nouvelle-Aquitaine", "de la Nouvelle-Aquitaine", "33"],
    ["76", "Occitanie", "d'Occitanie", "31"],
    ["84", "Auvergne-Rhône-Alpes", "d'Auvergne-Rhône-Alpes", "69"],
    ["93", "Provence-Alpes-Côte d'Azur", "de Provence-Alpes-Côte d'Azur", "13"],
    ["94", "Corse", "de Corse", "2A"],
    ["01", "Guadeloupe", "de la Guadeloupe", "971"],
    ["04", "La Réunion", "de La Réunion", "974"],
    ["06", "Mayotte", "de Mayotte", "976"],
  ])("%s is %s (« %s »), its préfet is the préfet of %s", (code, name, withDe, chefLieuDepartement) => {
    expect(getRegion(code)).toMatchObject({ name, withDe, chefLieuDepartement });
  });

  it.each([
    ["11", "préfet de la région d'Île-de-France", "préfète de la région d'Île-de-France"],
    ["44", "préfet de la région Grand Est", "préfète de la région Grand Est"],
    ["32", "préfet de la région Hauts-de-France", "préfète de la région Hauts-de-France"],
    ["84", "préfet de la région Auvergne-Rhône-Alpes", "préfète de la région Auvergne-Rhône-Alpes"],
    ["94", "préfet de Corse", "préfète de Corse"],
  ])("stores the préfet's title of %s as the texts write it", (code, masculine, feminine) => {
    expect(getRegion(code)?.prefet.title).toEqual({ masculine, feminine });
    expect(getRegion(code)?.prefet.style).toBe("region-and-departement");
  });

  it("uses the département's title alone overseas, and says it is unconfirmed", () => {
    for (const code of ["01", "02", "03", "04", "06"]) {
      expect(getRegion(code)?.prefet, code).toMatchObject({ style: "departement", provenance: "unconfirmed" });
      expect(getRegion(code)?.prefet.title, code).toBeUndefined();
    }
  });

  it.each(listDepartements().map((d) => d.code))("gives département %s a region that lists it", (code) => {
    const region = regionOfDepartement(code);
    expect(region?.departements).toContain(code);
  });

  it("versions the 2016 map: no renamed region before its decree, none before 2016", () => {
    expect(getRegion("44", { asOf: "2016-09-29" })).toBeUndefined();
    expect(getRegion("44", { asOf: "2016-09-30" })?.name).toBe("Grand Est");
    expect(getRegion("11", { asOf: "2016-06-01" })?.name).toBe("Île-de-France");
    expect(listRegions({ asOf: "2015-12-31" })).toEqual([]);
    expect(listRegions({ asOf: "2016-06-01" })).toHaveLength(11);
  });

  it("forgives case and spaces in a code, and answers undefined for what it does not know", () => {
    expect(getRegion(" 44 ")?.name).toBe("Grand Est");
    expect(getRegion("99")).toBeUndefined();
    expect(getRegion("44", { asOf: "not a date" })).toBeUndefined();
    expect(regionOfDepartement("20")).toBeUndefined();
  });

  it("hands out frozen records", () => {
    const r = getRegion("44");
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r?.prefet.title)).toBe(true);
    expect(Object.isFrozen(r?.departements)).toBe(true);
  });
});
