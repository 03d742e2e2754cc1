import { describe, expect, it } from "vitest";
import { listCollectivites, listCollectiviteVersions } from "./collectivite-lookup";
import { deliberatingBodiesOf, deliberatingBody } from "./deliberating-body-lookup";
import { DeliberatingBodySchema } from "./deliberating-body";
import { listMetropoles } from "./metropole-lookup";

describe("deliberating bodies", () => {
  it.each([
    ["23D", "assembly", "le conseil départemental de la Creuse", "du conseil départemental de la Creuse"],
    ["23D", "permanent-commission", "la commission permanente du conseil départemental de la Creuse", "de la commission permanente du conseil départemental de la Creuse"],
    ["69D", "assembly", "le conseil départemental du Rhône", "du conseil départemental du Rhône"],
    ["92D", "assembly", "le conseil départemental des Hauts-de-Seine", "du conseil départemental des Hauts-de-Seine"],
    ["01D", "assembly", "le conseil départemental de l'Ain", "du conseil départemental de l'Ain"],
    ["976R", "assembly", "le conseil départemental de Mayotte", "du conseil départemental de Mayotte"],
    ["75C", "assembly", "le Conseil de Paris", "du Conseil de Paris"],
    ["20R", "assembly", "l'Assemblée de Corse", "de l'Assemblée de Corse"],
    ["20R", "executive-council", "le conseil exécutif de Corse", "du conseil exécutif de Corse"],
    ["972R", "assembly", "l'assemblée de Martinique", "de l'assemblée de Martinique"],
    ["973R", "assembly", "l'assemblée de Guyane", "de l'assemblée de Guyane"],
    ["69M", "assembly", "le conseil de la Métropole de Lyon", "du conseil de la Métropole de Lyon"],
    ["Bordeaux Métropole", "assembly", "le conseil de Bordeaux Métropole", "du conseil de Bordeaux Métropole"],
    ["Orléans Métropole", "assembly", "le conseil d'Orléans Métropole", "du conseil d'Orléans Métropole"],
    ["Eurométropole de Strasbourg", "bureau", "le bureau de l'Eurométropole de Strasbourg", "du bureau de l'Eurométropole de Strasbourg"],
  ] as const)("%s's %s: « %s », « %s »", (holder, role, withArticle, withDe) => {
    expect(deliberatingBody(holder, role)).toMatchObject({ withArticle, withDe });
  });

  it("keeps the capitals usage gives them, in every form (the traps of issue 10)", () => {
    expect(deliberatingBody("75C", "assembly")?.withDe).toBe("du Conseil de Paris");
    expect(deliberatingBody("20R", "assembly")?.withA).toBe("à l'Assemblée de Corse");
    expect(deliberatingBody("23D", "permanent-commission")?.short.withDe).toBe("de la commission permanente");
  });

  it("gives the Ville de Paris no permanent commission and Martinique an executive council instead", () => {
    expect(deliberatingBody("75C", "permanent-commission")).toBeUndefined();
    expect(deliberatingBodiesOf("972R").map((b) => b.role)).toEqual(["assembly", "executive-council"]);
  });

  it("gives every collectivity of 2024 exactly one assembly, listed first", () => {
    for (const c of listCollectivites()) {
      const bodies = deliberatingBodiesOf(c.code);
      expect(bodies.filter((b) => b.role === "assembly"), c.code).toHaveLength(1);
      expect(bodies[0]?.role, c.code).toBe("assembly");
      for (const b of bodies) expect(DeliberatingBodySchema.safeParse(b).success, c.code).toBe(true);
    }
  });

  it("gives every collectivity version an assembly on a day it is in force", () => {
    for (const c of listCollectiviteVersions()) {
      const asOf = c.validTo ?? c.validFrom ?? "2024-01-01";
      expect(deliberatingBody(c.code, "assembly", { asOf }), `${c.code} ${asOf}`).toBeDefined();
    }
  });

  it("gives every métropole an assembly, and those that are EPCIs a bureau, composed (inferred)", () => {
    for (const m of listMetropoles()) {
      const bodies = deliberatingBodiesOf(m.siren);
      expect(bodies[0]?.role, m.name).toBe("assembly");
      if (m.collectiviteCode === undefined) {
        expect(bodies.map((b) => [b.role, b.provenance]), m.name).toEqual([
          ["assembly", "inferred"],
          ["bureau", "inferred"],
        ]);
        expect(bodies[0]?.name, m.name).toMatch(new RegExp(`^conseil (de |d'|de la |de l')${m.name}$`, "u"));
      }
    }
  });

  it("follows history: conseil général before March 2015, the Département de Paris until 2018", () => {
    expect(deliberatingBody("23D", "assembly", { asOf: "2014-06-01" })).toMatchObject({ name: "conseil général de la Creuse", provenance: "unconfirmed" });
    expect(deliberatingBody("23D", "assembly", { asOf: "2015-04-01" })?.name).toBe("conseil départemental de la Creuse");
    expect(deliberatingBody("67D", "assembly", { asOf: "2019-06-01" })?.name).toBe("conseil départemental du Bas-Rhin");
    expect(deliberatingBody("75D", "assembly", { asOf: "2018-06-01" })?.name).toBe("Conseil de Paris");
    expect(deliberatingBodiesOf("75D")).toEqual([]);
    expect(deliberatingBodiesOf("67D")).toEqual([]);
  });

  it("marks what no source confirms", () => {
    expect(deliberatingBody("6AE", "assembly")?.provenance).toBe("unconfirmed");
    expect(deliberatingBody("973R", "permanent-commission")?.provenance).toBe("unconfirmed");
  });

  it("is empty for an unknown holder and hands out frozen bodies", () => {
    expect(deliberatingBodiesOf("nowhere")).toEqual([]);
    expect(Object.isFrozen(deliberatingBody("75C", "assembly"))).toBe(true);
    expect(Object.isFrozen(deliberatingBody("75C", "assembly")?.short)).toBe(true);
  });
});
