import { describe, expect, it } from "vitest";
import { filterChoices, normalize } from "./party-search";

describe("normalize", () => {
  it.each([
    ["Côte-d’Or", "cote-d'or"],
    ["Métropole de Lyon", "metropole de lyon"],
    ["ÉTAT", "etat"],
  ])("%s → %s", (text, expected) => {
    expect(normalize(text)).toBe(expected);
  });
});

describe("filterChoices", () => {
  const choices = [{ haystack: "departement de la creuse 23d 23" }, { haystack: "metropole de lyon 69m 200046977" }, { haystack: "departement du rhone 69d 69" }];

  it("keeps every choice for an empty query", () => {
    expect(filterChoices(choices, "  ")).toEqual(choices);
  });

  it("matches every word, without accents or case", () => {
    expect(filterChoices(choices, "Métropole LYON")).toEqual([choices[1]]);
    expect(filterChoices(choices, "69")).toEqual([choices[1], choices[2]]);
    expect(filterChoices(choices, "creuse lyon")).toEqual([]);
  });
});
