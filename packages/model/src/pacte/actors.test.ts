import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ACTORS, ActorIdSchema, ActorSchema, getActor } from "./actors";
import { STAKEHOLDER_CATEGORIES } from "./stakeholders";

describe("ACTORS", () => {
  it("validates against ActorSchema", () => {
    expect(z.array(ActorSchema).parse(ACTORS)).toEqual(ACTORS);
  });

  it("holds every actor id once, in the schema's order", () => {
    expect(ACTORS.map((a) => a.id)).toEqual(ActorIdSchema.options);
  });

  it("names the actors of the sources by the short names people use", () => {
    expect(ACTORS.map((a) => a.shortName)).toEqual(
      expect.arrayContaining(["DIPLP", "DDETS", "DGCS", "DGEFP", "CAF", "MSA", "CPAM", "France Travail", "ARS", "CNLE"]),
    );
    expect(ACTORS.map((a) => a.shortName)).toEqual(expect.arrayContaining(["Départements de France", "France urbaine"]));
  });

  it("has distinct short names, so that a look-up by short name is unambiguous", () => {
    const names = ACTORS.map((a) => a.shortName.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it("says the DGCS owns programme 304", () => {
    expect(getActor("dgcs")?.role).toContain("programme 304");
  });

  it("files the collectivities' associations and the social security bodies in their seed categories", () => {
    const byCategory = (id: string) => ACTORS.filter((a) => a.category === id).map((a) => a.id);
    expect(byCategory("associations-collectivites")).toEqual(["departements-de-france", "france-urbaine"]);
    expect(byCategory("organismes-securite-sociale")).toEqual(["caf", "msa", "cpam"]);
    expect(STAKEHOLDER_CATEGORIES.every((c) => byCategory(c.id).length > 0)).toBe(true);
  });
});

describe("getActor", () => {
  it.each([
    ["ddets", "ddets"],
    ["DDETS", "ddets"],
    [" France Travail ", "france-travail"],
    ["france urbaine", "france-urbaine"],
    ["departements-de-france", "departements-de-france"],
  ])("finds %j", (key, id) => {
    expect(getActor(key)?.id).toBe(id);
  });

  it.each(["", "DREETS", "France", "constructor"])("returns undefined for %j", (key) => {
    expect(getActor(key)).toBeUndefined();
  });
});
