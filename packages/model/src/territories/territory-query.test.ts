import { describe, expect, it } from "vitest";
import { collectivitesForDepartement } from "./collectivite-lookup";
import { listDepartements } from "./departement-lookup";
import { listMetropoles } from "./metropole-lookup";
import { findTerritories, territoriesInDepartement, TerritoryQueryResultSchema, type TerritoryEntry, type TerritoryQueryResult } from "./territory-query";

const label = (e: TerritoryEntry): string => (e.kind === "collectivite" ? e.collectivite.code : e.metropole.name);

function summary(r: TerritoryQueryResult): unknown {
  switch (r.status) {
    case "departement":
      return [r.status, r.departement.code, r.entries.map(label)];
    case "territory":
      return [r.status, label(r.entry)];
    case "ambiguous":
      return [r.status, r.reason, r.candidates.map((c) => (c.kind === "departement" ? c.departement.code : label(c)))];
    default:
      return [r.status];
  }
}

describe("territoriesInDepartement", () => {
  it("lists the Rhône's two collectivities, the Métropole de Lyon once, as a collectivity and a métropole", () => {
    const entries = territoriesInDepartement("69");
    expect(entries.map(label)).toEqual(["69D", "69M"]);
    expect(entries[1]?.kind === "collectivite" && entries[1].metropole?.name).toBe("Métropole de Lyon");
  });

  it.each([
    ["75", "2024-06-01", ["75C", "Métropole du Grand Paris"]],
    ["75", "2018-06-01", ["75D", "Métropole du Grand Paris"]],
    ["67", "2019-06-01", ["67D", "Eurométropole de Strasbourg"]],
    ["67", "2024-06-01", ["6AE", "Eurométropole de Strasbourg"]],
    ["13", "2024-06-01", ["13D", "Métropole d'Aix-Marseille-Provence"]],
    ["23", "2024-06-01", ["23D"]],
    ["2A", "2024-06-01", ["20R"]],
    ["69", "2014-06-01", ["69D", "Métropole de Lyon"]],
  ])("%s on %s → %j", (code, asOf, expected) => {
    expect(territoriesInDepartement(code, asOf).map(label)).toEqual(expected);
  });

  it.each(listDepartements().map((d) => d.code))("lists in %s its collectivities and the métropoles seated there, each once", (code) => {
    for (const asOf of ["2014-06-01", "2019-06-01", "2024-06-01"]) {
      const entries = territoriesInDepartement(code, asOf);
      const labels = entries.map(label);
      expect(new Set(labels).size, `${code} ${asOf}`).toBe(labels.length);
      const collectivites = collectivitesForDepartement(code, asOf).map((c) => c.code);
      expect(entries.filter((e) => e.kind === "collectivite").map(label)).toEqual(collectivites);
      const sirens = entries.flatMap((e) => (e.kind === "metropole" ? [e.metropole.siren] : e.metropole ? [e.metropole.siren] : []));
      const seated = listMetropoles().filter((m) => m.seatDepartement === code);
      if (code !== "69" || asOf >= "2015-01-01") expect(sirens.sort()).toEqual(seated.map((m) => m.siren).sort());
    }
  });

  it("is empty for an unknown code or an unusable date", () => {
    expect(territoriesInDepartement("20")).toEqual([]);
    expect(territoriesInDepartement("69", "demain")).toEqual([]);
  });
});

describe("findTerritories", () => {
  it.each([
    ["69", ["departement", "69", ["69D", "69M"]]],
    ["2a", ["departement", "2A", ["20R"]]],
    ["20", ["ambiguous", "former-corsica-code", ["2A", "2B"]]],
    ["1", ["ambiguous", "missing-leading-zero", ["01"]]],
    ["69M", ["territory", "69M"]],
    ["6ae", ["territory", "6AE"]],
    ["222 309 627", ["territory", "23D"]],
    ["22230962700016", ["territory", "23D"]],
    ["200046977", ["territory", "69M"]],
    ["244200770", ["territory", "Saint-Étienne Métropole"]],
    ["Grand Lyon", ["territory", "69M"]],
    ["Lyon", ["territory", "69M"]],
    ["Corse", ["territory", "20R"]],
    ["CEA", ["territory", "6AE"]],
    ["Marseille", ["territory", "Métropole d'Aix-Marseille-Provence"]],
    ["creuse", ["departement", "23", ["23D"]]],
    ["Paris", ["departement", "75", ["75C", "Métropole du Grand Paris"]]],
    ["Rhône", ["departement", "69", ["69D", "69M"]]],
    ["Savoie", ["departement", "73", ["73D"]]],
    ["atlantis", ["not-found"]],
    ["", ["not-found"]],
    ["123456789", ["not-found"]],
  ] as const)("%j → %j", (query, expected) => {
    const r = findTerritories(query);
    expect(summary(r)).toEqual(expected);
    expect(TerritoryQueryResultSchema.safeParse(r).success).toBe(true);
  });

  it("explains an ambiguous query: several territories match equally well, each candidate once", () => {
    const r = findTerritories("haute");
    expect(r.status).toBe("ambiguous");
    if (r.status === "ambiguous") {
      expect(r.reason).toBe("same-score");
      const codes = r.candidates.map((c) => (c.kind === "departement" ? c.departement.code : label(c)));
      expect(codes).toEqual(expect.arrayContaining(["2B", "31", "74", "87"]));
      expect(codes.some((c) => c.endsWith("D"))).toBe(false);
    }
  });

  it("answers on the date asked: the Bas-Rhin in 2019, the Département de Paris in 2018", () => {
    expect(summary(findTerritories("Bas-Rhin", { asOf: "2019-06-01" }))).toEqual(["departement", "67", ["67D", "Eurométropole de Strasbourg"]]);
    expect(summary(findTerritories("75", { asOf: "2018-06-01" }))).toEqual(["departement", "75", ["75D", "Métropole du Grand Paris"]]);
    expect(summary(findTerritories("Alsace", { asOf: "2019-06-01" }))).toEqual(["not-found"]);
    expect(summary(findTerritories("69", { asOf: "not a date" }))).toEqual(["not-found"]);
  });

  it("never lists the dissolved Département de Paris in 2024", () => {
    for (const q of ["75", "Paris", "75D"]) {
      const r = findTerritories(q);
      const listed = r.status === "departement" ? r.entries.map(label) : r.status === "territory" ? [label(r.entry)] : [];
      expect(listed, q).not.toContain("75D");
    }
  });
});
