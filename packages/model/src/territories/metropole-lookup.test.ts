import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMetropolesByName, getMetropole, listMetropoles } from "./metropole-lookup";

describe("listMetropoles", () => {
  it("gives the 22 métropoles", () => {
    expect(listMetropoles()).toHaveLength(22);
    expect(listMetropoles()[0]?.name).toBe("Métropole du Grand Paris");
  });
});

describe("getMetropole", () => {
  it.each([
    ["244200770", "Saint-Étienne Métropole"],
    ["244 200 770", "Saint-Étienne Métropole"],
    ["Saint-Étienne Métropole", "Saint-Étienne Métropole"],
    ["saint etienne metropole", "Saint-Étienne Métropole"],
    ["MEL", "Métropole européenne de Lille"],
    ["amp", "Métropole d'Aix-Marseille-Provence"],
    ["Grand Lyon", "Métropole de Lyon"],
    ["metropole nice cote d'azur", "Métropole Nice Côte d'Azur"],
  ])("%j → %s", (input, name) => {
    expect(getMetropole(input)?.name).toBe(name);
  });

  it("tells Lyon's métropole is also the collectivity 69M", () => {
    expect(getMetropole("200046977")?.collectiviteCode).toBe("69M");
    expect(getMetropole("200046977")?.seatDepartement).toBe("69");
  });

  it.each(["", "222309627", "123456789", "Métropole", "Saint-Etienne Metro", "Montpellier Agglo"])("gives undefined for %j", (input) => {
    expect(getMetropole(input)).toBeUndefined();
  });
});

describe("findMetropolesByName", () => {
  it.each([
    ["Saint-Etienne", "244200770"],
    ["st etienne", "244200770"],
    ["SAINT-ÉTIENNE", "244200770"],
    ["lille", "200093201"],
    ["nice cote d azur", "200030195"],
    ["Toulon", "248300543"],
    ["clermont", "246300701"],
  ])("%j → %s first", (query, siren) => {
    expect(findMetropolesByName(query)[0]?.siren).toBe(siren);
  });

  it("ranks exact alias before names that merely contain the word", () => {
    expect(findMetropolesByName("Lyon").map((m) => m.siren)).toEqual(["200046977"]);
    expect(findMetropolesByName("grand").map((m) => m.name)).toEqual([
      "Métropole du Grand Paris",
      "Métropole de Lyon",
      "Métropole du Grand Nancy",
    ]);
  });

  it("honours limit, gives [] for nonsense, never throws", () => {
    expect(findMetropolesByName("metropole", { limit: 5 })).toHaveLength(5);
    expect(findMetropolesByName("zzz")).toEqual([]);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (v) => {
        getMetropole(v as string);
        findMetropolesByName(v as string);
      }),
    );
  });
});
