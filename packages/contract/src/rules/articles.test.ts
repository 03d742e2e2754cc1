import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { ARTICLES_RULE } from "./articles";

describe("ARTICLES_RULE", () => {
  it.each([
    ["no override", creuseInput()],
    ["known ids", variant(creuseInput, (i) => { i.articles = { objet: "Texte.", litiges: "Autre texte." }; })],
    ["the préambule", variant(creuseInput, (i) => { i.articles = { preambule: "Un autre préambule." }; })],
  ])("passes: %s", (_, input) => {
    expect(ARTICLES_RULE.check(ruleContext(input))).toEqual([]);
  });

  it.each([
    ["financment", "articles.financment"],
    ["Article 5", 'articles["Article 5"]'],
  ])("refuses the unknown id %s", (id, path) => {
    const issues = ARTICLES_RULE.check(ruleContext(variant(creuseInput, (i) => { i.articles = { objet: "x", [id]: "y" }; })));
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["contract.unknown_article", path]]);
    expect(issues[0]?.params.available).toContain("financement");
  });
});
