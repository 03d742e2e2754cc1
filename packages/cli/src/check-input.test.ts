import { describe, expect, it } from "vitest";
import { checkContractText } from "./check-input";
import { creuseYaml, threeProblemsYaml } from "./test-support/inputs";

describe("checkContractText", () => {
  it("gives the checked contract of a valid input", () => {
    const r = checkContractText(creuseYaml(), { fileName: "creuse.yaml" });
    expect(r.issues).toEqual([]);
    expect(r.contract?.collectivite.name).toBe("Département de la Creuse");
  });

  it("reports a syntax error, an unknown collectivity and a parity error together, each at its line", () => {
    const r = checkContractText(threeProblemsYaml(), { fileName: "creuse.yaml" });
    expect(r.contract).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ["input.syntax", 29],
      ["territory.unknown_collectivite", 11],
      ["contract.parity", 103],
    ]);
  });

  it("names an unknown key once, instead of zod's generic message", () => {
    const r = checkContractText(creuseYaml((i) => Object.assign(i.state, { prefect: "x" })), { fileName: "c.yaml" });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([["input.unknown_key", ["state", "prefect"]]]);
    expect(r.issues[0]?.message).toBe(
      "Clé inconnue : « prefect » ; vouliez-vous dire « prefet » ? Clés admises ici : departement, prefet, prefetDeRegion, service.",
    );
  });

  it("reports an unknown top-level key the schema would silently drop", () => {
    const r = checkContractText(`${creuseYaml()}preambul: {}\n`, { fileName: "c.yaml" });
    expect(r.contract).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toEqual(["input.unknown_key"]);
  });

  it("keeps warnings without making the input invalid", () => {
    const r = checkContractText(creuseYaml((i) => delete i.actions[0]?.indicators), { fileName: "c.yaml" });
    expect(r.contract).toBeDefined();
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["contract.action_without_indicators", "warning"]]);
  });

  it("says plainly that a required key is missing", () => {
    const r = checkContractText(creuseYaml((i) => delete (i.signature as { place?: string }).place), { fileName: "c.yaml" });
    expect(r.issues.map((i) => [i.code, i.path, i.message])).toEqual([["schema.invalid_type", ["signature", "place"], "Clé obligatoire manquante : « place » (un texte attendu)."]]);
  });

  it.each([
    ["", "input.not_object"],
    ["- a\n- b\n", "input.not_object"],
    ["42\n", "input.not_object"],
  ])("refuses %j at the root", (text, code) => {
    expect(checkContractText(text, { fileName: "c.yaml" }).issues.map((i) => i.code)).toEqual([code]);
  });

  it("lets __proto__ in JSON pollute nothing, and reports it", () => {
    const r = checkContractText('{"__proto__": {"polluted": 1}, "reference": "X"}', { fileName: "c.json" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(r.issues[0]).toMatchObject({ code: "input.forbidden_key", path: ["__proto__"], line: 1 });
  });
});
