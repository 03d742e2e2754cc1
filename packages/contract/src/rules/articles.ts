import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * Each replaced article names an article of the profile (`contract.unknown_article` at
 * `articles.<id>`): the ids of the profile's clause library, and `preambule`.
 *
 * @example
 * ARTICLES_RULE.check(ctxWithArticle("financment"))[0]?.code //=> "contract.unknown_article"
 */
export const ARTICLES_RULE: ContractRule<"articles"> = defineRule({
  id: "articles",
  needs: ["articles"],
  check: ({ input, profile, lang }) => {
    const articles = input.articles;
    if (articles === undefined) return [];
    const available = [...new Set<string>([...profile.clauses.map((c) => c.id), "preambule"])];
    const known = new Set(available);
    const issues: Issue[] = [];
    for (const id of Object.keys(articles)) {
      if (!known.has(id)) issues.push(contractIssue("contract.unknown_article", ["articles", id], { received: id, available }, { lang }));
    }
    return issues;
  },
});
