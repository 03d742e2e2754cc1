import { describe, expect, it } from "vitest";
import { AMENDMENT_CLAUSES } from "../clauses/amendment-clauses";
import { ARTICLE_IDS } from "../clauses/clause-library";
import { tokenizeClause } from "../clauses/fill-slots";
import { ANNEX_IDS, CLAUSE_BLOCK_SLOTS, CLAUSE_SLOTS } from "../clauses/slot-names";
import { CALPAE_2019 } from "./calpae-2019/calpae-2019";
import { CLS_DEPARTEMENT_2024 } from "./cls-2024/cls-departement-2024";
import { CLS_METROPOLE_2024 } from "./cls-2024/cls-metropole-2024";
import { SHIPPED_PROFILES } from "./registry";

const AMENDMENT_SLOTS = ["amendment.number", "amendment.date", "amendment.previous"];

// Every text a shipped profile carries, with the references it may make (its articles and the annexes).
const templates: [string, string, ReadonlySet<string>][] = [];
for (const p of SHIPPED_PROFILES) {
  const targets = new Set<string>([...p.clauses.map((c) => c.id), ...ANNEX_IDS]);
  templates.push([`${p.id} préambule`, p.preambule, targets]);
  for (const c of p.clauses) templates.push([`${p.id} ${c.id} (titre)`, c.title, targets], [`${p.id} ${c.id}`, c.text, targets]);
  p.visas.forEach((v, i) => templates.push([`${p.id} visa ${i + 1}`, v, targets]));
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

  it.each(SHIPPED_PROFILES.map((p) => [p.id, p] as const))("%s numbers the twelve articles in the stable order", (_, p) => {
    expect(p.clauses.map((c) => c.id)).toEqual([...ARTICLE_IDS]);
  });

  it("names each family in its gender: the contract, the convention", () => {
    expect(CLS_DEPARTEMENT_2024.names).toMatchObject({ withA: "au contrat local des solidarités", present: "le présent contrat", signed: "signé" });
    expect(CALPAE_2019.names).toMatchObject({ present: "la présente convention", signed: "signée" });
    expect([CLS_DEPARTEMENT_2024.referencePrefix, CLS_METROPOLE_2024.referencePrefix, CALPAE_2019.referencePrefix]).toEqual(["CLS", "CLS", "CALPAE"]);
  });

  it("cites instruction 169 for départements and 168 for métropoles", () => {
    expect(CLS_DEPARTEMENT_2024.visas.join(" ")).toContain("DGCS/SD1B/2023/169 du 23 novembre 2023");
    expect(CLS_METROPOLE_2024.visas.join(" ")).toContain("DGCS/SD1B/2023/168 du 27 octobre 2023");
    expect(CALPAE_2019.visas.join(" ")).toContain("stratégie nationale de prévention et de lutte contre la pauvreté");
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
