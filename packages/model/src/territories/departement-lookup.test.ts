import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDepartementsByName, getDepartement, listDepartements } from "./departement-lookup";

describe("listDepartements", () => {
  it("gives the 101 départements in the order of INSEE's file (2A and 2B after 29)", () => {
    const codes = listDepartements().map((d) => d.code);
    expect(codes).toHaveLength(101);
    expect(codes.slice(17, 20)).toEqual(["18", "19", "21"]);
    expect(codes.slice(26, 31)).toEqual(["28", "29", "2A", "2B", "30"]);
    expect(codes.slice(-5)).toEqual(["971", "972", "973", "974", "976"]);
    expect(codes).not.toContain("20");
    expect(codes).not.toContain("975");
  });
});

describe("getDepartement", () => {
  it("finds a département with its region, chef-lieu and article forms", () => {
    expect(getDepartement("23")).toEqual({
      code: "23",
      name: "Creuse",
      regionCode: "75",
      chefLieu: "23096",
      tncc: 3,
      article: "la ",
      withArticle: "la Creuse",
      withDe: "de la Creuse",
    });
  });

  it("forgives case and spaces", () => {
    expect(getDepartement(" 2b ")?.name).toBe("Haute-Corse");
  });

  it.each(["", "1", "20", "96", "975", "230", "Creuse", "23D"])("gives undefined for %j", (code) => {
    expect(getDepartement(code)).toBeUndefined();
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (v) => {
        const d = getDepartement(v as string);
        if (d !== undefined) expect(listDepartements()).toContain(d);
      }),
    );
  });
});

describe("findDepartementsByName", () => {
  it.each([
    ["CORREZE", "19"],
    ["cote d'or", "21"],
    ["la reunion", "974"],
    ["Réunion", "974"],
    ["territoire de belfort", "90"],
    ["val d oise", "95"],
    ["corse du sud", "2A"],
  ])("%j → %s first", (query, code) => {
    expect(findDepartementsByName(query)[0]?.code).toBe(code);
  });

  it("ranks exact before word inside", () => {
    expect(findDepartementsByName("savoie").map((d) => d.code)).toEqual(["73", "74"]);
    expect(findDepartementsByName("corse").map((d) => d.code)).toEqual(["2A", "2B"]);
  });

  it("honours limit and never throws", () => {
    expect(findDepartementsByName("e", { limit: 2 })).toHaveLength(2);
    fc.assert(fc.property(fc.string(), fc.anything(), (q, limit) => void findDepartementsByName(q, { limit: limit as number })));
  });
});
