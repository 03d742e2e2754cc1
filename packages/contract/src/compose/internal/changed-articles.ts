import type { Contract } from "../../contract";
import { articleBody, articleTitle } from "./articles";
import { composeContext, type ComposeContext } from "./compose-context";
import { preambuleBlocks } from "./front-matter";
import type { ClauseTemplate } from "../../clauses/clause-library";

/** The action lists of article 4 change with the actions themselves, which the avenant states one by one. */
const ACTION_LISTS: ReadonlySet<string> = new Set(["actionsByAxis", "actionsByPart"]);

/** An article whose text differs between two versions, with its number in the contract. */
export interface ChangedArticle {
  readonly clause: ClauseTemplate;
  readonly number: number;
}

const neutral = (contract: Contract): ComposeContext => composeContext(contract, { neutralBlocks: ACTION_LISTS, plainRefs: true });
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The revised contract with the base's signatories, deliberation and signature: a new préfet or
 * executive (of another gender) changes the wording « au préfet » / « à la préfète », not the
 * stipulations.
 */
function withBaseSignatories(base: Contract, revised: Contract): Contract {
  const c = revised.collectivite;
  const b = base.collectivite;
  const collectivite = { ...c, executive: b.executive, executiveTitle: b.executiveTitle, executiveQuality: b.executiveQuality, deliberation: b.deliberation };
  return { ...revised, state: { ...revised.state, prefet: base.state.prefet, prefetTitle: base.state.prefetTitle, prefetQuality: base.state.prefetQuality }, collectivite, signature: base.signature } as Contract;
}

/**
 * The articles of the revised contract whose title or text differs from the base's once
 * composed (amounts in words, schedule, governance, replaced texts…), apart from the lists of
 * actions and from who signs; and whether the préambule differs.
 */
export function changedArticles(base: Contract, revised: Contract): { articles: ChangedArticle[]; preambule: boolean } {
  const a = neutral(base);
  const b = neutral(withBaseSignatories(base, revised));
  const before = new Map(a.clauses.map((c) => [c.id, c]));
  const articles: ChangedArticle[] = [];
  b.clauses.forEach((clause, i) => {
    const old = before.get(clause.id);
    const changed =
      old === undefined ||
      articleTitle(a, old) !== articleTitle(b, clause) ||
      !same(articleBody(a, old), articleBody(b, clause));
    if (changed) articles.push({ clause, number: i + 1 });
  });
  return { articles, preambule: !same(preambuleBlocks(a), preambuleBlocks(b)) };
}
