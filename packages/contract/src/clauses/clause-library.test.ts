import { describe, expect, it } from "vitest";
import { ARTICLE_IDS } from "./clause-library";
import { AMENDMENT_CLAUSES } from "./amendment-clauses";
import { tokenizeClause } from "./fill-slots";
import { CLAUSE_GENERATIONS, defaultVisas } from "./generation-texts";
import { ANNEX_IDS, CLAUSE_BLOCK_SLOTS, CLAUSE_SLOTS } from "./slot-names";
import { CALPAE_2019_VISAS, CLS_DEPARTEMENT_2024_VISAS, CLS_METROPOLE_2024_VISAS } from "./visas";

const AMENDMENT_SLOTS = ["amendment.number", "amendment.date", "amendment.previous"];
const REF_TARGETS = new Set<string>([...ARTICLE_IDS, ...ANNEX_IDS]);

const templates: [string, string][] = [];
for (const [generation, g] of Object.entries(CLAUSE_GENERATIONS)) {
  templates.push([`${generation} préambule`, g.preambule]);
  for (const c of g.clauses) templates.push([`${generation} ${c.id} (titre)`, c.title], [`${generation} ${c.id}`, c.text]);
}
for (const [name, visas] of Object.entries({ CLS_DEPARTEMENT_2024_VISAS, CLS_METROPOLE_2024_VISAS, CALPAE_2019_VISAS })) {
  visas.forEach((v, i) => templates.push([`${name}[${i}]`, v]));
}

describe("shipped clause templates", () => {
  it.each(templates)("%s uses only known slots, block slots and references", (_, template) => {
    for (const t of tokenizeClause(template)) {
      if (t.kind === "slot") expect(Object.keys(CLAUSE_SLOTS)).toContain(t.name);
      if (t.kind === "block") expect(Object.keys(CLAUSE_BLOCK_SLOTS)).toContain(t.name);
      if (t.kind === "ref") expect(REF_TARGETS.has(t.target)).toBe(true);
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

  it.each(Object.entries(CLAUSE_GENERATIONS))("%s numbers the twelve articles in the stable order", (_, g) => {
    expect(g.clauses.map((c) => c.id)).toEqual([...ARTICLE_IDS]);
  });

  it("cites instruction 169 for départements and 168 for métropoles", () => {
    expect(defaultVisas("cls-2024", "departemental").join(" ")).toContain("DGCS/SD1B/2023/169 du 23 novembre 2023");
    expect(defaultVisas("cls-2024", "metropole").join(" ")).toContain("DGCS/SD1B/2023/168 du 27 octobre 2023");
    expect(defaultVisas("calpae-2019", "departemental")).toBe(CALPAE_2019_VISAS);
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
