import { describe, expect, it } from "vitest";
import { AMENDMENT_CLAUSES } from "../clauses/amendment-clauses";
import { ARTICLE_IDS } from "../clauses/clause-library";
import { tokenizeClause } from "../clauses/fill-slots";
import { visaOf } from "../clauses/visa";
import { ANNEX_IDS, CLAUSE_BLOCK_SLOTS, CLAUSE_SLOTS } from "../clauses/slot-names";
import { CALPAE_2019 } from "./calpae-2019/calpae-2019";
import { CLS_DEPARTEMENT_2024 } from "./cls-2024/cls-departement-2024";
import { CLS_METROPOLE_2024 } from "./cls-2024/cls-metropole-2024";
import { SHIPPED_PROFILES } from "./registry";

const AMENDMENT_SLOTS = ["amendment.number", "amendment.date", "amendment.previous", "payment.year", "payment.label", "payment.difference"];

// Every text a shipped profile carries, with the references it may make (its articles and the annexes).
const templates: [string, string, ReadonlySet<string>][] = [];
for (const p of SHIPPED_PROFILES) {
  const targets = new Set<string>([...p.clauses.map((c) => c.id), ...ANNEX_IDS]);
  templates.push([`${p.id} préambule`, p.preambule, targets]);
  for (const c of p.clauses) templates.push([`${p.id} ${c.id} (titre)`, c.title, targets], [`${p.id} ${c.id}`, c.text, targets]);
  p.visas.forEach((v, i) => templates.push([`${p.id} visa ${i + 1}`, visaOf(v).text, targets]));
  for (const [key, phrase] of Object.entries(p.phrases)) templates.push([`${p.id} phrase ${key}`, phrase, targets]);
}

describe("the texts of the shipped profiles", () => {
  it.each(templates)("%s uses only known slots, block slots and references", (_, template, targets) => {
    for (const t of tokenizeClause(template)) {
      if (t.kind === "slot") expect(Object.keys(CLAUSE_SLOTS)).toContain(t.name);
      if (t.kind === "block") expect(Object.keys(CLAUSE_BLOCK_SLOTS)).toContain(t.name);
      if (t.kind === "ref") expect(targets.has(t.target)).toBe(true);
    }
  });

  it.each(templates)("%s puts each block slot alone in its paragraph", (_, template) => {
    for (const paragraph of template.split(/\n\s*\n/)) {
      const tokens = tokenizeClause(paragraph.trim());
      if (tokens.some((t) => t.kind === "block")) expect(tokens).toHaveLength(1);
    }
  });

  it.each(templates)("%s has no tab, no trailing space and no double space", (_, template) => {
    expect(template).not.toMatch(/\t| \n| {2}/);
  });

  it.each(SHIPPED_PROFILES.map((p) => [p.id, p] as const))("%s numbers the fourteen articles in the stable order", (_, p) => {
    expect(p.clauses.map((c) => c.id)).toEqual([...ARTICLE_IDS]);
  });

  it("names each family in its gender: the contract, the convention", () => {
    expect(CLS_DEPARTEMENT_2024.names).toMatchObject({ withA: "au contrat local des solidarités", present: "le présent contrat", signed: "signé" });
    expect(CALPAE_2019.names).toMatchObject({ present: "la présente convention", signed: "signée" });
    expect([CLS_DEPARTEMENT_2024.referencePrefix, CLS_METROPOLE_2024.referencePrefix, CALPAE_2019.referencePrefix]).toEqual(["CLS", "CLS", "CALPAE"]);
  });

  it("cites instruction 169 for départements and 168 for métropoles", () => {
    const texts = (p: typeof CALPAE_2019): string => p.visas.map((v) => visaOf(v).text).join(" ");
    expect(texts(CLS_DEPARTEMENT_2024)).toContain("DGCS/SD1B/2023/169 du 23 novembre 2023");
    expect(texts(CLS_DEPARTEMENT_2024)).not.toContain("DGCS/SD1B/2023/168");
    expect(texts(CLS_METROPOLE_2024)).toContain("DGCS/SD1B/2023/168 du 27 octobre 2023");
    expect(texts(CALPAE_2019)).toContain("stratégie nationale de prévention et de lutte contre la pauvreté");
  });

  it.each(SHIPPED_PROFILES.map((p) => [p.id, p] as const))(
    "%s cites the LOLF, the finance law, the décret on the préfets' powers and the GBCP, each visa with its provenance",
    (_, p) => {
      const visas = p.visas.map(visaOf);
      const texts = visas.map((v) => v.text).join(" ");
      expect(texts).toContain("loi organique n° 2001-692 du 1er août 2001");
      expect(texts).toContain("{financeLaw.designation}");
      expect(texts).toContain("décret n° 2004-374 du 29 avril 2004");
      expect(texts).toContain("décret n° 2012-1246 du 7 novembre 2012");
      // A reference no source confirms never carries a number.
      for (const v of visas.filter((x) => x.provenance === "unconfirmed" || x.provenance === "inferred")) expect(v.text).not.toMatch(/n° \d/u);
      for (const v of visas.filter((x) => x.provenance === "confirmed" && !x.text.includes("{"))) expect(v.sources.length).toBeGreaterThan(0);
    },
  );

  it("cites the statute of each collectivity that has its own, and no Pacte in the CALPAE", () => {
    const statute = (p: typeof CALPAE_2019, code: string): string[] =>
      p.visas.map(visaOf).filter((v) => v.appliesTo?.collectivites?.includes(code)).map((v) => v.text);
    expect(statute(CLS_DEPARTEMENT_2024, "75C").join()).toContain("L. 2512-1");
    expect(statute(CLS_DEPARTEMENT_2024, "69M").join()).toContain("L. 3611-1");
    expect(statute(CLS_DEPARTEMENT_2024, "20R").join()).toContain("L. 4421-1");
    expect(statute(CLS_DEPARTEMENT_2024, "972R").join()).toContain("L. 7211-1");
    expect(statute(CLS_DEPARTEMENT_2024, "973R").join()).toContain("L. 7111-1");
    expect(statute(CLS_DEPARTEMENT_2024, "976R").join()).toContain("Département de Mayotte");
    expect(statute(CLS_METROPOLE_2024, "69M").join()).toContain("L. 3611-1");
    const calpae = [CALPAE_2019.preambule, ...CALPAE_2019.visas.map((v) => visaOf(v).text), ...CALPAE_2019.clauses.flatMap((c) => [c.title, c.text]), ...Object.values(CALPAE_2019.phrases)];
    expect(calpae.join(" ")).not.toContain("Pacte");
  });

  it("uses only contract and amendment slots in the avenant texts", () => {
    for (const template of Object.values(AMENDMENT_CLAUSES)) {
      for (const t of tokenizeClause(template)) {
        if (t.kind === "slot") expect([...Object.keys(CLAUSE_SLOTS), ...AMENDMENT_SLOTS]).toContain(t.name);
        expect(t.kind === "block" || t.kind === "ref").toBe(false);
      }
    }
  });

  it("describes every slot in French", () => {
    for (const d of [...Object.values(CLAUSE_SLOTS), ...Object.values(CLAUSE_BLOCK_SLOTS)]) expect(d).toMatch(/^\p{Lu}.*[.)]$/u);
  });
});
