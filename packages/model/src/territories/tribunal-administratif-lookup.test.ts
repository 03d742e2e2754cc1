import { describe, expect, it } from "vitest";
import { listDepartements } from "./departement-lookup";
import { TribunalAdministratifSchema } from "./tribunal-administratif";
import { listTribunauxAdministratifs, tribunalAdministratifFor } from "./tribunal-administratif-lookup";

describe("tribunalAdministratifFor", () => {
  it.each([
    ["23", "Limoges", "le tribunal administratif de Limoges"],
    ["93", "Montreuil", "le tribunal administratif de Montreuil"],
    ["30", "Nîmes", "le tribunal administratif de Nîmes"],
    ["48", "Nîmes", "le tribunal administratif de Nîmes"],
    ["84", "Nîmes", "le tribunal administratif de Nîmes"],
    ["83", "Toulon", "le tribunal administratif de Toulon"],
    ["06", "Nice", "le tribunal administratif de Nice"],
    ["75", "Paris", "le tribunal administratif de Paris"],
    ["92", "Cergy-Pontoise", "le tribunal administratif de Cergy-Pontoise"],
    ["94", "Melun", "le tribunal administratif de Melun"],
    ["13", "Marseille", "le tribunal administratif de Marseille"],
    ["34", "Montpellier", "le tribunal administratif de Montpellier"],
    ["2A", "Bastia", "le tribunal administratif de Bastia"],
    ["2B", "Bastia", "le tribunal administratif de Bastia"],
    ["69", "Lyon", "le tribunal administratif de Lyon"],
    ["07", "Lyon", "le tribunal administratif de Lyon"],
    ["36", "Limoges", "le tribunal administratif de Limoges"],
    ["80", "Amiens", "le tribunal administratif d'Amiens"],
    ["45", "Orléans", "le tribunal administratif d'Orléans"],
    ["971", "Basse-Terre", "le tribunal administratif de la Guadeloupe"],
    ["972", "Fort-de-France", "le tribunal administratif de la Martinique"],
    ["973", "Cayenne", "le tribunal administratif de la Guyane"],
    ["974", "Saint-Denis", "le tribunal administratif de La Réunion"],
    ["976", "Mamoudzou", "le tribunal administratif de Mayotte"],
  ])("%s → seat %s, « %s »", (code, seat, withArticle) => {
    expect(tribunalAdministratifFor(code)).toMatchObject({ seat, withArticle });
  });

  it.each(listDepartements().map((d) => d.code))("gives %s a tribunal administratif whose ressort holds it", (code) => {
    const ta = tribunalAdministratifFor(code);
    expect(ta?.departements).toContain(code);
    expect(ta?.withDe).toMatch(/^du tribunal administratif (de |d')/u);
    expect(TribunalAdministratifSchema.safeParse(ta).success).toBe(true);
  });

  it("lists 36 tribunaux, named after their seat but overseas", () => {
    const all = listTribunauxAdministratifs();
    expect(all).toHaveLength(36);
    const overseas = new Set(["Basse-Terre", "Fort-de-France", "Cayenne", "Saint-Denis", "Mamoudzou"]);
    for (const t of all) if (!overseas.has(t.seat)) expect(t.name.endsWith(t.seat), t.seat).toBe(true);
  });

  it("describes the version in force since 2015-11-09, and nothing before", () => {
    expect(tribunalAdministratifFor("93", { asOf: "2015-11-09" })?.seat).toBe("Montreuil");
    expect(tribunalAdministratifFor("93", { asOf: "2015-11-08" })).toBeUndefined();
    expect(tribunalAdministratifFor("20")).toBeUndefined();
  });

  it("hands out frozen records", () => {
    expect(Object.isFrozen(tribunalAdministratifFor("23"))).toBe(true);
    expect(Object.isFrozen(tribunalAdministratifFor("23")?.departements)).toBe(true);
  });
});
