import { formatPath } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { contractToDocument } from "../compose/contract-to-document";
import type { ContractInput } from "../input";
import { contractInputInEuros } from "../input-in-euros";
import { creuseInput } from "../test-support/fixtures";
import { checkContractText } from "./check-contract-text";

/** The Creuse contract (valid, no warnings) as YAML, changed first if asked. */
function creuseYaml(change?: (input: ContractInput) => void): string {
  const input = creuseInput();
  change?.(input);
  return stringify(input);
}

/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string): number => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

const found = (r: ReturnType<typeof checkContractText>) => (r.success ? r.warnings : [...r.issues, ...r.warnings]);

/**
 * Three problems at once: a YAML syntax error (a list of priorities whose « ] » is missing), an
 * unknown collectivity, and an action whose State amount differs from the collectivity's in
 * 2025 (parity).
 */
function threeProblemsYaml(): string {
  const text = creuseYaml((input) => {
    input.collectivite.ref = "Creusse";
    const y = input.actions[1]!.funding["2025"]!;
    input.actions[1]!.funding["2025"] = { ...y, state: (y.state as number) + 500000 };
  });
  const broken = text.replace(
    /priorities:\n\s+- Agir dès la petite enfance\n\s+- Garantir l’accès aux droits sur tout le territoire\n/,
    "priorities: [Agir dès la petite enfance, Garantir l’accès aux droits sur tout le territoire\n",
  );
  if (broken === text) throw new Error("threeProblemsYaml: the fixture changed, update the replacement");
  return broken;
}

describe("checkContractText", () => {
  it("gives the checked contract of a valid input", () => {
    const r = checkContractText(creuseYaml());
    expect(found(r)).toEqual([]);
    expect(r.success && r.data.collectivite.name).toBe("Département de la Creuse");
  });

  it("reports a syntax error, an unknown collectivity and a parity error together, each at its line", () => {
    const r = checkContractText(threeProblemsYaml());
    expect(r.success).toBe(false);
    expect(found(r).map((i) => [i.code, i.location?.line])).toEqual([
      ["input.syntax", lineOf(threeProblemsYaml(), "priorities: [") + 1], // where the parser finds the list unclosed
      ["territory.unknown_collectivite", lineOf(threeProblemsYaml(), "ref: Creusse")],
      ["contract.parity", 104],
    ]);
  });

  it("names an unknown key once, instead of zod's generic message", () => {
    const r = checkContractText(creuseYaml((i) => Object.assign(i.state, { prefect: "x" })));
    expect(found(r).map((i) => [i.code, i.path])).toEqual([["input.unknown_key", ["state", "prefect"]]]);
    expect(found(r)[0]?.message).toBe(
      "Clé inconnue : « prefect » ; vouliez-vous dire « prefet » ? Clés admises ici : departement, prefet, prefetDeRegion, service.",
    );
  });

  it("reports an unknown top-level key the schema would silently drop", () => {
    const r = checkContractText(`${creuseYaml()}preambul: {}\n`);
    expect(r.success).toBe(false);
    expect(found(r).map((i) => [i.code, i.location?.line])).toEqual([["input.unknown_key", lineOf(`${creuseYaml()}preambul: {}\n`, "preambul:")]]);
  });

  it("keeps warnings without making the input invalid", () => {
    const r = checkContractText(creuseYaml((i) => delete i.actions[0]?.indicators));
    expect(r.success).toBe(true);
    expect(found(r).map((i) => [i.code, i.severity])).toEqual([["contract.action_without_indicators", "warning"]]);
  });

  it("tells to quote an action id that YAML reads as a number (1.1, 1.10)", () => {
    const text = creuseYaml().replace("id: A1.1", "id: 1.1").replace("id: A1.2", "id: 1.10");
    const r = checkContractText(text);
    const issues = found(r).map((i) => [i.code, i.path, i.location?.line]);
    expect(issues).toEqual([
      ["schema.invalid_type", ["actions", 0, "id"], lineOf(text, "id: 1.1")],
      ["schema.invalid_type", ["actions", 1, "id"], lineOf(text, "id: 1.10")],
    ]);
    expect(found(r)[1]?.message).toBe(
      "Il faut un texte ; la valeur a été lue comme un nombre (1.1). Mettez-la entre guillemets, telle que vous l’avez écrite (par exemple \"1.10\").",
    );
    expect(checkContractText(text.replace("id: 1.1\n", "id: \"1.1\"\n").replace("id: 1.10\n", "id: \"1.10\"\n")).success).toBe(true);
  });

  it("agrees « attendue » with a missing list", () => {
    const r = checkContractText(creuseYaml((i) => delete (i as Partial<ContractInput>).actions));
    expect(found(r).map((i) => i.message)).toContain("Clé obligatoire manquante : « actions » (une liste attendue).");
  });

  it("says plainly that a required key is missing, at the line of the object that lacks it", () => {
    const r = checkContractText(creuseYaml((i) => delete (i.signature as { place?: string }).place));
    expect(found(r).map((i) => [i.code, i.path, i.message])).toEqual([["schema.invalid_type", ["signature", "place"], "Clé obligatoire manquante : « place » (un texte attendu)."]]);
    expect(found(r)[0]?.location).toEqual({ line: lineOf(creuseYaml(), "signature:"), column: 1 });
  });

  it.each([
    ["", "input.not_object", "Le texte est vide"],
    ["- a\n- b\n", "input.not_object", "une liste reçue"],
    ["42\n", "input.not_object", "une valeur de type number reçue"],
  ])("refuses %j at the root", (text, code, words) => {
    const r = checkContractText(text);
    expect(found(r).map((i) => [i.code, i.location])).toEqual([[code, { line: 1, column: 1 }]]);
    expect(found(r)[0]?.message).toContain(words);
  });

  it("lets __proto__ in JSON pollute nothing, and reports it", () => {
    const r = checkContractText('{"__proto__": {"polluted": 1}, "reference": "X"}', { format: "json" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(found(r)[0]).toMatchObject({ code: "input.forbidden_key", path: ["__proto__"], location: { line: 1 } });
  });

  it("gives every issue a location, in English on request", () => {
    const r = checkContractText(threeProblemsYaml(), { lang: "en" });
    expect(found(r).every((i) => i.location !== undefined)).toBe(true);
    expect(found(r)[2]?.message).toMatch(/^Parity broken for action A1.2 in 2025/);
  });
});

describe("checkContractText: an input in format 2 (amounts in euros)", () => {
  /** The Creuse contract in format 2, every amount in euros the French way. */
  const creuseEurosYaml = (): string => stringify(contractInputInEuros(creuseInput()));

  it("validates to the same contract, composed to the same document, as its equivalent in cents", () => {
    const text = creuseEurosYaml();
    expect(text).toContain("state: 40 000 €");
    const euros = checkContractText(text);
    const cents = checkContractText(creuseYaml());
    expect(found(euros)).toEqual([]);
    if (!euros.success || !cents.success) throw new Error("both are valid");
    expect(euros.data.input).toEqual(cents.data.input);
    // The document is everything the renderers draw from: the same document, the same bytes.
    expect(JSON.stringify(contractToDocument(euros.data))).toBe(JSON.stringify(contractToDocument(cents.data)));
  });

  it.each(["50 000 €", "50\u00A0000 €", "50\u202F000\u00A0€", "50 000,00 €", "50000", "50000.00", "50 000"])("reads %j as 50 000 € wherever it is written", (written) => {
    const count = creuseEurosYaml().split(": 50 000 €\n").length - 1;
    const text = creuseEurosYaml().replaceAll(": 50 000 €\n", `: ${written}\n`);
    expect(count).toBeGreaterThanOrEqual(4);
    expect(text.split(`: ${written}\n`).length - 1).toBe(count);
    const r = checkContractText(text);
    expect(found(r)).toEqual([]);
    const cents = checkContractText(creuseYaml());
    expect(r.success && r.data.input).toEqual(cents.success && cents.data.input);
  });

  it("reports each amount it cannot read at its line, with the other problems, and no schema error on top", () => {
    const text = creuseEurosYaml().replace("stateAnnualCeiling: 500 000 €", "stateAnnualCeiling: 12,345").replace("ref: 23D", "ref: Creusse");
    const r = checkContractText(text);
    expect(found(r).map((i) => [i.code, formatPath(i.path), i.location?.line])).toEqual([
      ["money.ambiguous", "stateAnnualCeiling", lineOf(text, "stateAnnualCeiling:")],
      ["territory.unknown_collectivite", "collectivite.ref", lineOf(text, "ref: Creusse")],
    ]);
  });

  it("speaks of euros, not cents, when an amount is above the maximum", () => {
    const r = checkContractText(creuseEurosYaml().replace("stateAnnualCeiling: 500 000 €", "stateAnnualCeiling: 200 000 000 000 €"));
    expect(found(r).map((i) => [i.code, i.message])).toEqual([
      ["limit.amount", "Montant trop élevé : 200\u202F000\u202F000\u202F000,00\u00A0€ reçu pour 100\u202F000\u202F000\u202F000,00\u00A0€ au plus."],
    ]);
  });
});
