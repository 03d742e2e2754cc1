import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REFERENCE_DATE } from "./as-of";
import {
  collectivitesForDepartement,
  findCollectiviteBySiren,
  findCollectivitesByName,
  getCollectivite,
  listCollectivites,
  listCollectiviteVersions,
  resolveCollectivite,
} from "./collectivite-lookup";
import { listDepartements } from "./departement-lookup";

const codes = (list: readonly { code: string }[]) => list.map((c) => c.code);

describe("listCollectivites", () => {
  it("gives exactly 100 collectivities in force on 2024-01-01, the reference date by default", () => {
    expect(listCollectivites({ asOf: "2024-01-01" })).toHaveLength(100);
    expect(listCollectivites()).toEqual(listCollectivites({ asOf: REFERENCE_DATE }));
  });

  it.each([
    ["2014-06-01", 101, ["69D", "2AD", "2BD", "67D", "68D", "75D", "972D", "973D", "976R"], ["69M", "20R", "6AE", "75C", "972R"]],
    ["2016-06-01", 102, ["69D", "69M", "2AD", "2BD", "67D", "68D", "75D", "972R", "973R"], ["20R", "6AE", "75C", "972D"]],
    ["2019-06-01", 101, ["20R", "67D", "68D", "69D", "69M", "75C"], ["2AD", "6AE", "75D"]],
    ["2024-06-01", 100, ["20R", "6AE", "69D", "69M", "75C", "972R", "973R", "976R"], ["67D", "68D", "2AD", "75D"]],
  ])("on %s: %i collectivities, with %j, without %j", (asOf, count, present, absent) => {
    const list = codes(listCollectivites({ asOf }));
    expect(list).toHaveLength(count);
    expect(new Set(list).size).toBe(count);
    for (const code of present) expect(list).toContain(code);
    for (const code of absent) expect(list).not.toContain(code);
  });

  it("covers every département exactly once, or twice for the Rhône after 2015, on any date", () => {
    for (const asOf of ["2012-01-01", "2015-01-01", "2017-12-31", "2018-01-01", "2020-12-31", "2021-01-01", "2024-06-01"]) {
      for (const d of listDepartements()) {
        const n = collectivitesForDepartement(d.code, asOf).length;
        expect(n, `${d.code} on ${asOf}`).toBe(d.code === "69" && asOf >= "2015-01-01" ? 2 : 1);
      }
    }
  });

  it("has nothing for Mayotte before it became a département (2011-03-31, unconfirmed date)", () => {
    expect(collectivitesForDepartement("976", "2011-03-30")).toEqual([]);
    expect(codes(collectivitesForDepartement("976", "2011-03-31"))).toEqual(["976R"]);
  });

  it("gives nothing for an unusable date", () => {
    expect(listCollectivites({ asOf: "2024-02-30" })).toEqual([]);
    expect(listCollectivites({ asOf: 20240101 as unknown as string })).toEqual([]);
  });

  it("lists every version with listCollectiviteVersions", () => {
    expect(listCollectiviteVersions()).toHaveLength(108);
    expect(codes(listCollectiviteVersions().filter((c) => c.code === "69D"))).toEqual(["69D", "69D"]);
  });
});

describe("collectivitesForDepartement", () => {
  it.each([
    ["67", "2019-06-01", ["67D"]],
    ["67", "2024-06-01", ["6AE"]],
    ["68", "2019-06-01", ["68D"]],
    ["68", "2024-06-01", ["6AE"]],
    ["2A", "2017-06-01", ["2AD"]],
    ["2A", "2019-06-01", ["20R"]],
    ["2A", "2024-06-01", ["20R"]],
    ["2B", "2017-06-01", ["2BD"]],
    ["2B", "2019-06-01", ["20R"]],
    ["2B", "2024-06-01", ["20R"]],
    ["69", "2014-06-01", ["69D"]],
    ["69", "2019-06-01", ["69D", "69M"]],
    ["69", "2024-06-01", ["69D", "69M"]],
    ["75", "2018-06-01", ["75D"]],
    ["75", "2019-06-01", ["75C"]],
    ["75", "2024-06-01", ["75C"]],
    ["972", "2015-06-01", ["972D"]],
    ["972", "2024-06-01", ["972R"]],
    ["23", "2024-06-01", ["23D"]],
  ])("%s on %s → %j", (dep, asOf, expected) => {
    expect(codes(collectivitesForDepartement(dep, asOf))).toEqual(expected);
  });

  it("switches exactly at the boundaries", () => {
    expect(codes(collectivitesForDepartement("67", "2020-12-31"))).toEqual(["67D"]);
    expect(codes(collectivitesForDepartement("67", "2021-01-01"))).toEqual(["6AE"]);
    expect(codes(collectivitesForDepartement("2A", "2017-12-31"))).toEqual(["2AD"]);
    expect(codes(collectivitesForDepartement("2A", "2018-01-01"))).toEqual(["20R"]);
    expect(codes(collectivitesForDepartement("69", "2014-12-31"))).toEqual(["69D"]);
    expect(codes(collectivitesForDepartement("69", "2015-01-01"))).toEqual(["69D", "69M"]);
  });

  it("tells the whole Rhône from its part", () => {
    expect(collectivitesForDepartement("69", "2014-06-01")[0]?.extent).toBe("whole");
    expect(collectivitesForDepartement("69", "2024-06-01").map((c) => c.extent)).toEqual(["part", "part"]);
  });

  it("defaults to the reference date, forgives case, and gives [] for unknown input", () => {
    expect(codes(collectivitesForDepartement("2a"))).toEqual(["20R"]);
    expect(collectivitesForDepartement("20")).toEqual([]);
    expect(collectivitesForDepartement("23", "demain")).toEqual([]);
  });
});

describe("getCollectivite", () => {
  it("finds by code, forgiving case and spaces", () => {
    expect(getCollectivite("23D")?.name).toBe("Département de la Creuse");
    expect(getCollectivite(" 6ae ")?.name).toBe("Collectivité européenne d'Alsace");
  });

  it("without asOf, gives the version in force on the reference date, or the last one", () => {
    expect(getCollectivite("69D")?.validFrom).toBe("2015-01-01");
    expect(getCollectivite("67D")?.validTo).toBe("2020-12-31");
  });

  it("with asOf, gives only the version in force that day", () => {
    expect(getCollectivite("69D", { asOf: "2014-12-31" })?.extent).toBe("whole");
    expect(getCollectivite("69D", { asOf: "2015-01-01" })?.extent).toBe("part");
    expect(getCollectivite("67D", { asOf: "2024-06-01" })).toBeUndefined();
    expect(getCollectivite("6AE", { asOf: "2020-06-01" })).toBeUndefined();
  });

  it.each(["", "23", "99D", "20D", "6AF", "23D; DROP TABLE", "2024-06-01"])("gives undefined for %j", (code) => {
    expect(getCollectivite(code)).toBeUndefined();
  });

  it("gives undefined for an unusable asOf", () => {
    expect(getCollectivite("23D", { asOf: "2024-13-01" })).toBeUndefined();
  });

  it("returns frozen records: a look-up cannot corrupt the reference data", () => {
    const c = getCollectivite("23D");
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c?.departements)).toBe(true);
  });
});

describe("findCollectiviteBySiren", () => {
  it("finds by SIREN, with or without spaces", () => {
    expect(findCollectiviteBySiren("222309627")?.code).toBe("23D");
    expect(findCollectiviteBySiren("200 094 332")?.code).toBe("6AE");
    expect(findCollectiviteBySiren("200046977")?.code).toBe("69M");
  });

  it("finds the Rhône before 2015 by the same SIREN", () => {
    expect(findCollectiviteBySiren("226900017", { asOf: "2010-01-01" })?.extent).toBe("whole");
    expect(findCollectiviteBySiren("226900017")?.extent).toBe("part");
  });

  it.each(["", "123456789", "22230962", "222309628", "2223096270"])("gives undefined for %j", (siren) => {
    expect(findCollectiviteBySiren(siren)).toBeUndefined();
  });
});

describe("findCollectivitesByName", () => {
  it.each([
    ["creuse", "23D"],
    ["Creuse", "23D"],
    ["la Creuse", "23D"],
    ["CORREZE", "19D"],
    ["Corrèze", "19D"],
    ["cote d'or", "21D"],
    ["Cote d'Or", "21D"],
    ["cote-d-or", "21D"],
    ["Côte-d’Or", "21D"],
    ["CEA", "6AE"],
    ["cea", "6AE"],
    ["Alsace", "6AE"],
    ["Grand Lyon", "69M"],
    ["Rhône", "69D"],
    ["Paris", "75C"],
    ["Martinique", "972R"],
    ["Département de la Creuse", "23D"],
    ["departement de la creuse", "23D"],
    ["Seine-Saint-Denis", "93D"],
    ["seine st denis", "93D"],
    ["europeenne", "6AE"],
  ])("%j → %s first", (query, code) => {
    expect(findCollectivitesByName(query)[0]?.code).toBe(code);
  });

  it("ranks exact names first, then prefixes, then words inside, then anywhere", () => {
    expect(codes(findCollectivitesByName("Savoie"))).toEqual(["73D", "74D"]);
    // exact "Loire"; prefixes Loire-Atlantique, Loiret; word inside: Indre-et-, Haute-, Maine-et-, Saône-et-Loire.
    expect(codes(findCollectivitesByName("Loire"))).toEqual(["42D", "44D", "45D", "37D", "43D", "49D", "71D"]);
    expect(codes(findCollectivitesByName("Marne")).slice(0, 3)).toEqual(["51D", "52D", "77D"]);
  });

  it("finds no collectivity for Saint-Étienne: it is a métropole, not a département", () => {
    expect(findCollectivitesByName("Saint-Etienne")).toEqual([]);
  });

  it("honours asOf: a dissolved council is found only on its dates", () => {
    expect(codes(findCollectivitesByName("Bas-Rhin"))).toEqual(["67D"]);
    expect(codes(findCollectivitesByName("Bas-Rhin", { asOf: "2019-06-01" }))).toEqual(["67D"]);
    expect(findCollectivitesByName("Bas-Rhin", { asOf: "2024-06-01" })).toEqual([]);
    expect(findCollectivitesByName("CEA", { asOf: "2019-06-01" })).toEqual([]);
    expect(codes(findCollectivitesByName("Martinique", { asOf: "2015-06-01" }))).toEqual(["972D"]);
  });

  it("gives one version per code without asOf", () => {
    const rhone = findCollectivitesByName("Rhône").filter((c) => c.code === "69D");
    expect(rhone).toHaveLength(1);
  });

  it("honours limit", () => {
    expect(findCollectivitesByName("e")).toHaveLength(10);
    expect(findCollectivitesByName("e", { limit: 3 })).toHaveLength(3);
    expect(findCollectivitesByName("e", { limit: 0 })).toEqual([]);
    expect(findCollectivitesByName("e", { limit: 1000 }).length).toBeGreaterThan(90);
  });

  it.each(["", "   ", "'-", "zzz", "Atlantide"])("gives [] for %j", (query) => {
    expect(findCollectivitesByName(query)).toEqual([]);
  });
});

describe("resolveCollectivite", () => {
  it.each([
    ["23D", undefined, "23D"],
    ["23d", undefined, "23D"],
    ["222309627", undefined, "23D"],
    ["222 309 627", undefined, "23D"],
    ["22230962700016", undefined, "23D"],
    ["22230962799999", undefined, "23D"],
    ["23", undefined, "23D"],
    ["2A", "2017-06-01", "2AD"],
    ["2A", "2019-06-01", "20R"],
    ["67", "2019-06-01", "67D"],
    ["67", "2024-06-01", "6AE"],
    ["75", "2018-06-01", "75D"],
    ["creuse", undefined, "23D"],
    ["CEA", undefined, "6AE"],
    ["Alsace", "2024-06-01", "6AE"],
    ["Paris", undefined, "75C"],
    ["Paris", "2018-06-01", "75D"],
    ["Rhône", "2010-01-01", "69D"],
    ["Lyon", undefined, "69M"],
    ["Martinique", undefined, "972R"],
  ])("%j on %s → %s", (input, asOf, code) => {
    expect(resolveCollectivite(input, { asOf })?.code).toBe(code);
  });

  it.each([
    ["69", undefined],
    ["Haute", undefined],
    ["Saint-Etienne", undefined],
    ["CEA", "2019-06-01"],
    ["6AE", "2019-06-01"],
    ["", undefined],
    ["123456789", undefined],
    ["23", "pas une date"],
  ])("gives undefined for %j on %s (unknown or ambiguous)", (input, asOf) => {
    expect(resolveCollectivite(input, { asOf })).toBeUndefined();
  });
});

describe("look-ups never throw", () => {
  const anyInput = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: fc.constantFrom("2", "A", "B", "D", "R", "6", "9", "E", " ", "-", "'", "é") }),
    fc.anything(),
  );
  const options = fc.oneof(
    fc.constant(undefined),
    fc.record({ asOf: fc.oneof(fc.string(), fc.constantFrom("2019-06-01", "2024-06-01"), fc.anything()) }, { requiredKeys: [] }),
    fc.record({ limit: fc.oneof(fc.integer(), fc.double(), fc.anything()) }, { requiredKeys: [] }),
  );

  it("on arbitrary strings and values", () => {
    fc.assert(
      fc.property(anyInput, options, (input, opts) => {
        const s = input as string;
        const o = opts as { asOf?: string; limit?: number } | undefined;
        const c = getCollectivite(s, o);
        if (c !== undefined) expect(c.code).toBe(String(s).replace(/[\s.]/g, "").toUpperCase());
        findCollectiviteBySiren(s, o);
        expect(Array.isArray(findCollectivitesByName(s, o))).toBe(true);
        resolveCollectivite(s, o);
        expect(Array.isArray(collectivitesForDepartement(s, o?.asOf))).toBe(true);
        expect(Array.isArray(listCollectivites(o))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("and what resolve finds by a name, the name search ranks first", () => {
    fc.assert(
      fc.property(fc.constantFrom(...listCollectivites()), (c) => {
        for (const alias of c.aliases) {
          const found = resolveCollectivite(alias);
          if (found !== undefined) expect(findCollectivitesByName(alias)[0]).toBe(found);
        }
        expect(resolveCollectivite(c.name)).toBe(c);
        expect(resolveCollectivite(c.code)).toBe(c);
      }),
    );
  });
});
