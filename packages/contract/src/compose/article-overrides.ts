import type { Issue, Lang } from "@pacte/model";
import type { Contract } from "../contract";
import { contractIssue } from "../issues";
import { articleBody } from "./internal/articles";
import { composeContext } from "./internal/compose-context";
import { preambuleBlocks, visaBlocks } from "./internal/front-matter";

/**
 * Options of {@link articleOverrideIssues}: the same `articles` as given to `contractToDocument`,
 * and the language of the messages.
 *
 * @example
 * const options: ArticleOverrideOptions = { articles: { litiges: "…" }, lang: "en" };
 */
export interface ArticleOverrideOptions {
  readonly articles?: Readonly<Record<string, string>> | undefined;
  readonly lang?: Lang | undefined;
}

/**
 * The problems of a contract's user-written texts — replacement articles (`input.articles`,
 * `options.articles`, `preambule` included) and the input's own visas: each unknown
 * placeholder once per text, as `contract.article_unknown_slot` at `articles.<id>` or
 * `visas[i]` with the slots that would fit; and, for `options.articles`, ids that name no
 * article (`contract.unknown_article`; `validateContract` reports those of `input.articles`).
 * `contractToDocument` leaves such placeholders as written.
 *
 * @example
 * articleOverrideIssues(contract, { articles: { litiges: "Devant le {tribunal}." } })[0]?.code
 * //=> "contract.article_unknown_slot"
 */
export function articleOverrideIssues(contract: Contract, options: ArticleOverrideOptions = {}): Issue[] {
  const ctx = composeContext(contract, options);
  const issues: Issue[] = [];
  const known = [...new Set<string>([...contract.profile.clauses.map((c) => c.id), "preambule"])];
  for (const id of Object.keys(options.articles ?? {})) {
    if (!known.includes(id)) issues.push(contractIssue("contract.unknown_article", ["articles", id], { received: id, available: known }, { lang: ctx.lang }));
  }
  visaBlocks(ctx);
  preambuleBlocks(ctx);
  for (const clause of ctx.clauses) if (Object.hasOwn(ctx.overrides, clause.id)) articleBody(ctx, clause);
  return [...issues, ...ctx.issues];
}
