import { describe, expect, it } from "vitest";
import { isSettled } from "./sourced";
import { DELIBERATING_BODY_DATA } from "./data/deliberating-bodies";
import { listDeliberatingBodies } from "./deliberating-body-lookup";
import { DEPARTEMENT_DATA } from "./data/departements";
import { REGION_DATA } from "./data/regions";
import { STATE_SERVICE_DATA } from "./data/state-services";
import { TRIBUNAL_ADMINISTRATIF_DATA } from "./data/tribunaux-administratifs";
import { DeliberatingBodySchema } from "./deliberating-body";
import { RegionSchema } from "./region";
import { StateServiceRecordSchema } from "./state-service";
import { TribunalAdministratifSchema } from "./tribunal-administratif";

const depCodes = DEPARTEMENT_DATA.map((d) => d.code);

describe("the institutions' reference data", () => {
  it("parses with the schemas, record by record", () => {
    for (const r of REGION_DATA) expect(RegionSchema.safeParse(r).error, r.code).toBeUndefined();
    for (const t of TRIBUNAL_ADMINISTRATIF_DATA) expect(TribunalAdministratifSchema.safeParse(t).error, t.seat).toBeUndefined();
    for (const s of STATE_SERVICE_DATA) expect(StateServiceRecordSchema.safeParse(s).error, s.departement).toBeUndefined();
    for (const b of listDeliberatingBodies()) expect(DeliberatingBodySchema.safeParse(b).error, `${b.holder} ${b.role}`).toBeUndefined();
  });

  it("cites a source for every fact it calls confirmed or press", () => {
    const facts = [
      ...REGION_DATA.map((r) => [`region ${r.code}`, r.prefet] as const),
      ...TRIBUNAL_ADMINISTRATIF_DATA.map((t) => [`TA ${t.seat}`, t] as const),
      ...STATE_SERVICE_DATA.map((s) => [`service ${s.departement}`, s] as const),
      ...listDeliberatingBodies().map((b) => [`body ${b.holder}`, b] as const),
    ];
    for (const [what, fact] of facts) if (isSettled(fact.provenance)) expect(fact.sources.length, what).toBeGreaterThan(0);
  });

  it("has 18 regions that share the 101 départements, each with its chef-lieu inside", () => {
    expect(REGION_DATA).toHaveLength(18);
    expect(REGION_DATA.flatMap((r) => r.departements).sort()).toEqual([...depCodes].sort());
    for (const r of REGION_DATA) expect(r.departements, r.code).toContain(r.chefLieuDepartement);
  });

  it("puts every département in the ressort of exactly one tribunal administratif", () => {
    const ressorts = TRIBUNAL_ADMINISTRATIF_DATA.flatMap((t) => t.departements);
    expect(ressorts.sort()).toEqual([...depCodes].sort());
  });

  it("has, for every département, State service versions that never overlap and switch on 2021-04-01", () => {
    for (const code of depCodes) {
      const versions = STATE_SERVICE_DATA.filter((s) => s.departement === code);
      expect(versions.map((v) => [v.validFrom, v.validTo ?? null]), code).toEqual([
        ["2010-01-01", "2021-03-31"],
        ["2021-04-01", null],
      ]);
    }
  });

  it("never calls settled a State service version without an acronym, nor one before April 2021", () => {
    for (const s of STATE_SERVICE_DATA) {
      if (s.acronym === undefined) expect(isSettled(s.provenance), s.departement).toBe(false);
      if (s.validTo === "2021-03-31") expect(isSettled(s.provenance), s.departement).toBe(false);
    }
  });

  it("gives each body holder and role versions that never overlap", () => {
    expect(DELIBERATING_BODY_DATA.length).toBeLessThan(listDeliberatingBodies().length);
    const groups = new Map<string, (typeof DELIBERATING_BODY_DATA)[number][]>();
    for (const b of listDeliberatingBodies()) groups.set(`${b.holder}/${b.role}`, [...(groups.get(`${b.holder}/${b.role}`) ?? []), b]);
    for (const [key, versions] of groups) {
      const sorted = [...versions].sort((a, b) => (a.validFrom ?? "").localeCompare(b.validFrom ?? ""));
      for (let i = 1; i < sorted.length; i++) expect((sorted[i - 1]?.validTo ?? "9999") < (sorted[i]?.validFrom ?? ""), key).toBe(true);
    }
  });
});
