import { readableText } from "../test-support/readable-text";
// The traps of French administrative writing, looked for in the whole rendered text of a contract
// of each profile, and of the contracts whose names are hardest (Paris and its Conseil, the
// région d'Île-de-France): a missing elision (« de Aubusson », « le État »), a wrong contraction
// (« de le », « à les »), a region without its article, a deliberating body in lower case, a
// duration in digits where the articles write it in words.
import { describe, expect, it } from "vitest";
import type { ContractInput } from "../input";
import { bordeauxInput, calpaeInput, creuseInput } from "../test-support/fixtures";
import { variant } from "../test-support/rule-context";
import { parseContract } from "../validate-contract";
import { contractToDocument } from "./contract-to-document";

/** A CLS of the Ville de Paris, signed by the préfet de la région d'Île-de-France, préfet de Paris. */
const paris = (): ContractInput =>
  variant(creuseInput, (i) => {
    i.reference = "CLS-75-2024-001";
    i.state = { departement: "75", prefet: { name: "Marc Leroy", gender: "m" }, prefetDeRegion: { name: "Marc Leroy", gender: "m", region: "Île-de-France" } };
    i.collectivite = { ref: "75C", executive: { name: "Sophie Bernard", gender: "f" }, deliberation: { number: "2024 DSOL 12", date: "2024-05-21", body: "Conseil de Paris" } };
    i.signature = { place: "Paris", date: "2024-07-05" };
  });

/** Each trap, with the pattern that finds it. */
const TRAPS: readonly [string, RegExp][] = [
  ["élision manquante", /\b(?:de|le|la|que|ne|se|jusque|lorsque|puisque) (?![Hh]|[Oo]nze|[Uu]n\b|[Yy]\b)[AEIOUÉÈÊÀÂÎÔÛaeiouéèêàâîôû]\p{L}/u],
  ["contraction manquante", /\b(?:de le|de les|à le|à les)\b/u],
  ["région sans article", /\brégion (?:Île|Ile|Hauts|Pays|Provence|Auvergne|Bourgogne|Centre|Grand Est\b(?! ))/u],
  ["« de Île »", /\bde Île\b|\bd['’]Ile\b/u],
  ["organe délibérant en minuscule", /\b(?:du|le) conseil de Paris\b|\bl['’]assemblée de Corse\b/u],
  // (An age stays in digits: « jeunes de 16 à 25 ans ».)
  ["durée en chiffres", /\b\d+ (?:mois|semaines)\b|\b(?:délai|durée|préavis|période|pendant) (?:de |d['’])?\d+ (?:jours|ans)\b/u],
];

const CASES: readonly [string, () => ContractInput][] = [
  ["cls-departement-2024 (Creuse)", creuseInput],
  ["cls-metropole-2024 (Bordeaux)", bordeauxInput],
  ["calpae-2019", calpaeInput],
  ["cls-departement-2024 (Ville de Paris, préfet de région)", paris],
];

describe("French traps in the rendered text", () => {
  it("the checker finds each trap", () => {
    const found = (s: string) => TRAPS.filter(([, re]) => re.test(s)).map(([name]) => name);
    expect(found("la commune de Aubusson")).toEqual(["élision manquante"]);
    expect(found("les engagements de le Département")).toEqual(["contraction manquante"]);
    expect(found("le préfet de la région Île-de-France")).toEqual(["région sans article"]);
    expect(found("délibération du conseil de Paris")).toEqual(["organe délibérant en minuscule"]);
    expect(found("un préavis de 6 mois")).toEqual(["durée en chiffres"]);
    expect(found("une durée de 3 ans")).toEqual(["durée en chiffres"]);
    expect(found("le préfet de la région d’Île-de-France, le Conseil de Paris, un préavis de six mois, de onze actions, des jeunes de 16 à 25 ans")).toEqual([]);
  });

  it.each(CASES)("%s: none of them", (_, input) => {
    const lines = readableText(contractToDocument(parseContract(input())));
    const problems = lines.flatMap((line) =>
      TRAPS.flatMap(([name, re]) => {
        const at = re.exec(line)?.index;
        return at === undefined ? [] : [`${name} : « …${line.slice(Math.max(0, at - 30), at + 40)}… »`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("Paris: the Conseil de Paris with its capital, the préfet de la région d’Île-de-France", () => {
    const text = readableText(contractToDocument(parseContract(paris()))).join("\n");
    expect(text).toContain("Conseil de Paris");
    expect(text).toMatch(/région d['’]Île-de-France/u);
  });
});
