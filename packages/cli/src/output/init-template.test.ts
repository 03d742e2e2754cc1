import { checkContractText, getProfile, initDates, listProfiles, parseContractText, validateContract } from "@pacte/contract";
import { listCollectivites, listMetropoles } from "@pacte/model";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { UsageError } from "../cli-error";
import { initInput, initYaml, resolveInitParty } from "./init-template";

const profile = (id: string) => {
  const p = getProfile(id);
  if (p === undefined) throw new Error(id);
  return p;
};

describe("initInput", () => {
  const departemental = profile("cls-departement-2024");
  const metropole = profile("cls-metropole-2024");

  it.each(listCollectivites().map((c) => [c.code, c.name]))("is valid for %s (%s)", (code) => {
    const party = resolveInitParty(departemental, code, initDates(departemental).signature);
    const r = validateContract(initInput(departemental, party));
    expect(r.success ? [] : r.issues).toEqual([]);
  });

  it.each(listMetropoles().map((m) => [m.name, m.siren]))("is valid for %s", (_name, siren) => {
    const party = resolveInitParty(metropole, siren, initDates(metropole).signature);
    const r = validateContract(initInput(metropole, party));
    expect(r.success ? [] : r.issues).toEqual([]);
  });

  it.each(listProfiles().map((p) => [p.id]))("follows the funding rule of %s, without warnings but a missing SIRET (and, in 2019, a State service no source names)", (id) => {
    const p = profile(id);
    const party = resolveInitParty(p, undefined, initDates(p).signature);
    const input = initInput(p, party);
    expect(input.actions.length).toBeGreaterThanOrEqual(2);
    for (const a of input.actions) {
      for (const y of Object.values(a.funding)) {
        if (p.financing.rule === "parity") expect(y.collectivite).toBe(y.state);
        else expect(y.collectivite).toBeGreaterThanOrEqual(y.state);
      }
    }
    const r = validateContract(input);
    expect(r.success).toBe(true);
    const expected = party.kind === "collectivite" && party.record.siret !== undefined ? [] : ["contract.siret_missing"];
    // The reference data names the State's services from 2020 on: a CALPAE of 2019 says « les services de l'État ».
    if (id === "calpae-2019") expected.push("contract.state_service_unknown");
    expect(r.warnings.map((w) => w.code).sort()).toEqual(expected.sort());
  });

  it("prefills from the reference data: code, SIRET, préfecture", () => {
    const input = initInput(departemental, resolveInitParty(departemental, "Côte-d'Or", "2023-12-17"));
    expect(input.reference).toBe("CLS-21D-2024-001");
    expect(input.collectivite.ref).toBe("21D");
    expect(input.state.departement).toBe("21");
    expect(input.signature).toEqual({ place: "Dijon", date: "2023-12-17" });
  });

  it("uses the councils in force at the CALPAE's signature", () => {
    const calpae = profile("calpae-2019");
    expect(resolveInitParty(calpae, "67", initDates(calpae).signature).record).toMatchObject({ name: "Département du Bas-Rhin" });
    expect(() => resolveInitParty(calpae, "6AE", initDates(calpae).signature)).toThrow(UsageError);
  });

  it.each([
    ["cls-departement-2024", "Atlantis", /^aucune collectivité à compétences départementales ne correspond à « Atlantis » ; la liste : pacte collectivites$/],
    ["cls-departement-2024", "69", /^« 69 » désigne 2 collectivités à compétences départementales : 69D \(Département du Rhône\), 69M \(Métropole de Lyon\)\. Précisez --collectivite 69D ou --collectivite 69M\.$/],
    ["cls-departement-2024", "20", /^« 20 » était le code de la Corse avant 1976 : Corse-du-Sud \(2A\) ou Haute-Corse \(2B\)\. Précisez : 2A ou 2B\.$/],
    ["cls-departement-2024", "243300316", /c’est une métropole ; utilisez --profile cls-metropole-2024/],
    ["cls-metropole-2024", "Guéret", /aucune métropole ne correspond à « Guéret »/],
  ])("%s with %s throws a usage error that says what to type", (id, query, message) => {
    expect(() => resolveInitParty(profile(id), query, "2023-12-17")).toThrow(message);
  });

  it("takes the one party a département has for the profile", () => {
    expect(resolveInitParty(profile("cls-metropole-2024"), "69", "2023-12-17").record.name).toBe("Métropole de Lyon");
    expect(resolveInitParty(profile("cls-departement-2024"), "2A", "2023-12-17").record.name).toContain("Corse");
  });
});

describe("initYaml", () => {
  it("writes format 2: every amount in euros, the French way", () => {
    const p = profile("cls-departement-2024");
    const text = initYaml(p, resolveInitParty(p, "23D", initDates(p).signature));
    expect(text).toContain("\n\nformat: 2 # montants en euros\n# Référence du contrat");
    expect(text).toContain("# Les actions (fiches actions). Montants en euros, au centime près : « 1 234,56 € », « 1 234,56 » ou 1234.56.\n");
    expect(text).toMatch(/\n {8}state: 50 000 €\n {8}collectivite: 50 000 €\n/);
    expect(parse(text)).toMatchObject({ format: 2 });
  });

  it("is commented YAML whose content is initInput, and checks clean", () => {
    const p = profile("cls-departement-2024");
    const party = resolveInitParty(p, "23D", initDates(p).signature);
    const text = initYaml(p, party);
    expect(text.startsWith("# Contrat local des solidarités — Département de la Creuse\n")).toBe(true);
    expect(text).toContain("# L’exécutif qui signe : présidente du conseil départemental / président du conseil départemental.");
    expect(text).toContain("gender: f # f : la préfète, m : le préfet");
    expect(text).toContain("# Règle du profil : chaque action est cofinancée à parts égales chaque année : state = collectivite.");
    const read = parseContractText(text);
    expect(read.success && read.data).toEqual(JSON.parse(JSON.stringify(initInput(p, party))));
    const r = checkContractText(text);
    expect(r.success ? r.warnings : r.issues).toEqual([]);
  });
});
