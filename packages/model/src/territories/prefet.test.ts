import { describe, expect, it } from "vitest";
import { listDepartements } from "./departement-lookup";
import { isPrefetDeRegion, prefetDeRegionQuality, prefetQuality, PrefetQualitySchema, prefetTitleOfDepartement } from "./prefet";
import { listRegions } from "./region-lookup";

describe("prefetTitleOfDepartement", () => {
  it.each([
    ["23", "préfet de la Creuse", "préfète de la Creuse"],
    ["69", "préfet du Rhône", "préfète du Rhône"],
    ["92", "préfet des Hauts-de-Seine", "préfète des Hauts-de-Seine"],
    ["75", "préfet de Paris", "préfète de Paris"],
    ["2A", "préfet de la Corse-du-Sud", "préfète de la Corse-du-Sud"],
    ["01", "préfet de l'Ain", "préfète de l'Ain"],
    ["28", "préfet d'Eure-et-Loir", "préfète d'Eure-et-Loir"],
    ["90", "préfet du Territoire de Belfort", "préfète du Territoire de Belfort"],
    ["974", "préfet de La Réunion", "préfète de La Réunion"],
    ["976", "préfet de Mayotte", "préfète de Mayotte"],
  ])("%s: %s / %s", (code, masculine, feminine) => {
    expect(prefetTitleOfDepartement(code)).toEqual({ masculine, feminine });
  });

  it.each(listDepartements().map((d) => [d.code, d.withDe] as const))("gives %s a title « préfet %s »", (code, withDe) => {
    expect(prefetTitleOfDepartement(code)?.masculine).toBe(`préfet ${withDe}`);
    expect(prefetQuality(code)?.departementTitle).toBe(`préfet ${withDe}`);
  });

  it("is undefined for an unknown département", () => {
    expect(prefetTitleOfDepartement("20")).toBeUndefined();
    expect(prefetQuality("20")).toBeUndefined();
  });
});

describe("prefetQuality", () => {
  it.each([
    ["67", "m", "préfet de la région Grand Est, préfet du Bas-Rhin", "le préfet de la région Grand Est, préfet du Bas-Rhin"],
    ["67", "f", "préfète de la région Grand Est, préfète du Bas-Rhin", "la préfète de la région Grand Est, préfète du Bas-Rhin"],
    ["75", "m", "préfet de la région d'Île-de-France, préfet de Paris", "le préfet de la région d'Île-de-France, préfet de Paris"],
    ["69", "m", "préfet de la région Auvergne-Rhône-Alpes, préfet du Rhône", "le préfet de la région Auvergne-Rhône-Alpes, préfet du Rhône"],
    ["59", "m", "préfet de la région Hauts-de-France, préfet du Nord", "le préfet de la région Hauts-de-France, préfet du Nord"],
    ["13", "m", "préfet de la région Provence-Alpes-Côte d'Azur, préfet des Bouches-du-Rhône", "le préfet de la région Provence-Alpes-Côte d'Azur, préfet des Bouches-du-Rhône"],
    ["2A", "f", "préfète de Corse, préfète de la Corse-du-Sud", "la préfète de Corse, préfète de la Corse-du-Sud"],
    ["2B", "m", "préfet de la Haute-Corse", "le préfet de la Haute-Corse"],
    ["23", "f", "préfète de la Creuse", "la préfète de la Creuse"],
    ["974", "m", "préfet de La Réunion", "le préfet de La Réunion"],
  ] as const)("%s (%s): « %s »", (code, gender, quality, withArticle) => {
    const q = prefetQuality(code, { gender });
    expect(q).toMatchObject({ quality, withArticle });
    expect(PrefetQualitySchema.safeParse(q).success).toBe(true);
  });

  it("gives the forms after « de » and « à »", () => {
    expect(prefetQuality("67")).toMatchObject({ withDe: "du préfet de la région Grand Est, préfet du Bas-Rhin", withA: "au préfet de la région Grand Est, préfet du Bas-Rhin" });
    expect(prefetQuality("23", { gender: "f" })).toMatchObject({ withDe: "de la préfète de la Creuse", withA: "à la préfète de la Creuse" });
  });

  it("never writes « de la région d'Île-de-France » as « de la région Île-de-France », nor « Corse » as a « région »", () => {
    expect(prefetQuality("75")?.quality).toContain("de la région d'Île-de-France");
    expect(prefetQuality("2A")?.quality).not.toContain("région");
  });

  it("names exactly one préfet de région per region, the préfet of the chef-lieu's département", () => {
    const regional = listDepartements().filter((d) => isPrefetDeRegion(d.code));
    expect(regional.map((d) => d.code).sort()).toEqual(listRegions().map((r) => r.chefLieuDepartement).sort());
    for (const r of listRegions()) expect(prefetDeRegionQuality(r.code)?.departement, r.code).toBe(r.chefLieuDepartement);
  });

  it("gives the provenance of the region's title where there is one, the rule's elsewhere", () => {
    expect(prefetQuality("75")?.provenance).toBe("confirmed");
    expect(prefetQuality("67")?.provenance).toBe("press");
    expect(prefetQuality("23")?.provenance).toBe("confirmed");
    expect(prefetQuality("974")?.provenance).toBe("unconfirmed");
    for (const d of listDepartements()) expect(prefetQuality(d.code)?.sources.length, d.code).toBeGreaterThanOrEqual(prefetQuality(d.code)?.provenance === "unconfirmed" ? 0 : 1);
  });

  it("knows no region before the 2016 map: the département's title alone", () => {
    expect(prefetQuality("67", { asOf: "2015-06-01" })).toMatchObject({ quality: "préfet du Bas-Rhin", isPrefetDeRegion: false });
    expect(prefetQuality("67", { asOf: "2015-06-01" })?.regionCode).toBeUndefined();
  });

  it("reads any gender but « f » as masculine", () => {
    expect(prefetQuality("23", { gender: "x" as "m" })?.quality).toBe("préfet de la Creuse");
  });
});
