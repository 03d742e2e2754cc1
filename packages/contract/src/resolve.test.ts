import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { ContractInputSchema, type ContractInput } from "./input";
import { CALPAE_2019 } from "./profiles/calpae-2019/calpae-2019";
import { CLS_DEPARTEMENT_2024 } from "./profiles/cls-2024/cls-departement-2024";
import { CLS_METROPOLE_2024 } from "./profiles/cls-2024/cls-metropole-2024";
import { resolveParties, resolveProfile } from "./resolve";
import { bordeauxInput, calpaeInput, creuseInput } from "./test-support/fixtures";
import { variant } from "./test-support/rule-context";

const parse = (i: ContractInput) => ContractInputSchema.parse(i);

describe("resolveProfile", () => {
  it("finds shipped profiles", () => {
    expect(resolveProfile("calpae-2019").profile?.id).toBe("calpae-2019");
  });
  it.each([
    ["cls-departement", "cls-departement-2024"],
    ["cls-metropole-2023", "cls-metropole-2024"],
    ["calpae-2018", "calpae-2019"],
    ["zzz", undefined],
  ])("reports %s as unknown, suggesting %s", (id, suggestion) => {
    const { profile, issue } = resolveProfile(id);
    expect(profile).toBeUndefined();
    expect(issue?.code).toBe("contract.unknown_profile");
    expect(formatPath(issue!.path)).toBe("profile");
    expect(issue?.params.suggestion).toBe(suggestion);
    expect(issue?.params.available).toEqual(["cls-departement-2024", "cls-metropole-2024", "calpae-2019"]);
  });
});

describe("resolveParties", () => {
  it("resolves a département and genders its titles", () => {
    const r = resolveParties(parse(creuseInput()), CLS_DEPARTEMENT_2024);
    expect(r.issues).toEqual([]);
    expect(r.state?.prefetTitle).toBe("La préfète de la Creuse");
    expect(r.state?.prefetQuality).toBe("préfète de la Creuse");
    expect(r.collectivite?.executiveTitle).toBe("La présidente du conseil départemental de la Creuse");
  });

  it.each([
    ["m", "m", "Le préfet de la Creuse", "Le président du conseil départemental de la Creuse"],
    ["f", "m", "La préfète de la Creuse", "Le président du conseil départemental de la Creuse"],
    ["m", "f", "Le préfet de la Creuse", "La présidente du conseil départemental de la Creuse"],
  ] as const)("préfet %s, executive %s", (p, e, prefet, executive) => {
    const input = variant(creuseInput, (i) => { i.state.prefet.gender = p; i.collectivite.executive.gender = e; });
    const r = resolveParties(parse(input), CLS_DEPARTEMENT_2024);
    expect([r.state?.prefetTitle, r.collectivite?.executiveTitle]).toEqual([prefet, executive]);
  });

  it("keeps a title the user wrote", () => {
    const input = variant(creuseInput, (i) => { i.collectivite.executive.title = "La première vice-présidente du conseil départemental"; });
    expect(resolveParties(parse(input), CLS_DEPARTEMENT_2024).collectivite?.executiveQuality).toBe("première vice-présidente du conseil départemental");
  });

  it.each([
    ["6AE", "67", "Le président de la Collectivité européenne d'Alsace"],
    ["6AE", "68", "Le président de la Collectivité européenne d'Alsace"],
    ["75C", "75", "Le maire de Paris"],
    ["69M", "69", "Le président de la Métropole de Lyon"],
    ["creuse", "23", "Le président du conseil départemental de la Creuse"],
    ["222309627", "23", "Le président du conseil départemental de la Creuse"],
  ])("resolves %s with the préfet of %s", (ref, dep, title) => {
    const input = variant(creuseInput, (i) => {
      i.collectivite.ref = ref;
      i.collectivite.executive.gender = "m";
      delete i.collectivite.siret;
      i.state.departement = dep;
    });
    const r = resolveParties(parse(input), CLS_DEPARTEMENT_2024);
    expect(r.issues.filter((x) => x.severity === "error")).toEqual([]);
    expect(r.collectivite?.executiveTitle).toBe(title);
  });

  it("takes the SIRET from the reference data when none is given", () => {
    const r = resolveParties(parse(variant(creuseInput, (i) => { delete i.collectivite.siret; })), CLS_DEPARTEMENT_2024);
    expect(r.collectivite?.siret).toBe("22230962700016");
    expect(r.issues).toEqual([]);
  });

  it("warns when no SIRET is known", () => {
    const r = resolveParties(parse(variant(bordeauxInput, (i) => { delete i.collectivite.siret; })), CLS_METROPOLE_2024);
    expect(r.issues.map((x) => [x.code, x.severity])).toEqual([["contract.siret_missing", "warning"]]);
  });

  it.each([
    ["243300316", "Bordeaux Métropole"],
    ["Bordeaux Métropole", "Bordeaux Métropole"],
  ])("resolves the métropole %s", (ref, name) => {
    const r = resolveParties(parse(variant(bordeauxInput, (i) => { i.collectivite.ref = ref; })), CLS_METROPOLE_2024);
    expect(r.collectivite).toMatchObject({ kind: "metropole", name, siren: "243300316" });
    expect(r.collectivite?.executiveTitle).toBe("La présidente de Bordeaux Métropole");
    // The préfet de la Gironde is the préfet de la région Nouvelle-Aquitaine: one person, one signatory.
    expect(r.state?.prefetDeRegion).toBeUndefined();
    expect(r.state?.isPrefetDeRegion).toBe(true);
    expect(r.state?.prefetTitle).toMatch(/^Le préfet de la région Nouvelle-Aquitaine/);
  });

  it("takes the préfet's title as given, for a préfet who is also préfet de région", () => {
    const title = "Le préfet de la région Nouvelle-Aquitaine, préfet de la Gironde";
    const r = resolveParties(parse(variant(bordeauxInput, (i) => { i.state.prefet.title = title; delete i.state.prefetDeRegion; })), CLS_METROPOLE_2024);
    expect(r.state).toMatchObject({ prefetTitle: title, prefetQuality: "préfet de la région Nouvelle-Aquitaine, préfet de la Gironde" });
  });

  it("resolves the Métropole de Lyon by its collectivity code under the métropole profile", () => {
    const input = variant(bordeauxInput, (i) => { i.collectivite.ref = "69M"; delete i.collectivite.siret; i.state.departement = "69"; });
    const r = resolveParties(parse(input), CLS_METROPOLE_2024);
    expect(r.collectivite).toMatchObject({ kind: "metropole", code: "69M", name: "Métropole de Lyon" });
  });

  it("names the collectivity in force instead of a dissolved one", () => {
    const input = variant(creuseInput, (i) => { i.collectivite.ref = "67D"; delete i.collectivite.siret; i.state.departement = "67"; });
    const r = resolveParties(parse(input), CLS_DEPARTEMENT_2024);
    expect(r.collectivite).toBeUndefined();
    expect(r.issues.map((x) => [x.code, formatPath(x.path)])).toEqual([["territory.not_in_force", "collectivite.ref"]]);
    expect(r.issues[0]?.params.instead).toBe("Collectivité européenne d'Alsace (6AE)");
  });

  it("finds the Bas-Rhin in force in 2019", () => {
    const input = variant(calpaeInput, (i) => { i.collectivite.ref = "67D"; i.state.departement = "67"; });
    expect(resolveParties(parse(input), CALPAE_2019).collectivite?.code).toBe("67D");
  });

  it("suggests a collectivity for an unknown reference", () => {
    const r = resolveParties(parse(variant(creuseInput, (i) => { i.collectivite.ref = "Département de la Creuze"; })), CLS_DEPARTEMENT_2024);
    expect(r.issues[0]?.code).toBe("territory.unknown_collectivite");
  });

  it("accepts a State département written by name", () => {
    const r = resolveParties(parse(variant(creuseInput, (i) => { i.state.departement = "Creuse"; })), CLS_DEPARTEMENT_2024);
    expect(r.state?.departement.code).toBe("23");
  });
});

describe("resolveParties: who signs for the State", () => {
  const corse = (departement: string) =>
    variant(creuseInput, (i) => {
      i.state = { departement, prefet: { name: "Paul Durand", gender: "m" } };
      i.collectivite = { ref: "20R", executive: { name: "Jean Costa", gender: "m" }, deliberation: { number: "2024/E3/101", date: "2024-05-30", body: "conseil exécutif" } };
    });
  const codes = (i: ContractInput) => resolveParties(parse(i), CLS_DEPARTEMENT_2024).issues.map((x) => [x.code, formatPath(x.path), x.severity]);

  it("warns when the State's département cannot sign for the collectivity (Corse signed from the Haute-Corse)", () => {
    expect(codes(corse("2B"))).toContainEqual(["contract.signing_prefet", "state.departement", "warning"]);
    expect(codes(corse("2A")).map((c) => c[0])).not.toContain("contract.signing_prefet");
  });

  it("names the State service from the reference data: the Creuse's DDETSPP, never a DDETS by default", () => {
    const r = resolveParties(parse(creuseInput()), CLS_DEPARTEMENT_2024);
    expect(r.state?.service).toBe("direction départementale de l'emploi, du travail, des solidarités et de la protection des populations de la Creuse");
    expect(r.state?.serviceAcronym).toBe("DDETSPP");
    const own = resolveParties(parse(variant(creuseInput, (i) => { i.state.service = "Service de l’État"; })), CLS_DEPARTEMENT_2024);
    expect(own.state?.service).toBe("Service de l’État");
  });

  it("writes a préfet de région's quality with the region's article from the data, and warns of two persons where one signs", () => {
    const two = variant(creuseInput, (i) => {
      i.state = { departement: "75", prefet: { name: "Marc Leroy", gender: "m" }, prefetDeRegion: { name: "Luc Petit", gender: "m", region: "Île-de-France" } };
      i.collectivite = { ref: "75C", executive: { name: "Sophie Bernard", gender: "f" }, deliberation: { number: "2024 DSOL 12", date: "2024-05-21", body: "Conseil de Paris" } };
    });
    const r = resolveParties(parse(two), CLS_DEPARTEMENT_2024);
    // The préfet de la région d'Île-de-France is the préfet de Paris: the data says so, and a second person is a warning.
    expect(r.state?.prefetDeRegion?.title).toBe("Le préfet de la région d'Île-de-France, préfet de Paris");
    expect(r.issues.map((x) => [x.code, formatPath(x.path)])).toContainEqual(["contract.prefet_de_region", "state.prefetDeRegion.name"]);
    const unknown = variant(creuseInput, (i) => { i.state.prefetDeRegion = { name: "Luc Petit", gender: "m", region: "Aquitaine-du-Nord" }; });
    expect(resolveParties(parse(unknown), CLS_DEPARTEMENT_2024).issues.map((x) => x.code)).toContain("contract.unknown_region");
  });
});
