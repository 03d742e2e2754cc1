import { describe, expect, it } from "vitest";
import { creuseContract, creuseInput } from "../test-support/fixtures";
import { validateContract } from "../validate-contract";
import { articleOverrideIssues } from "./article-overrides";

describe("articleOverrideIssues", () => {
  it("finds nothing in a contract without replaced texts, or with correct ones", () => {
    expect(articleOverrideIssues(creuseContract())).toEqual([]);
    expect(articleOverrideIssues(creuseContract(), { articles: { litiges: "Devant le tribunal, à l'{ref:suivi}, {collectivite.designation}.\n\n{@paymentSchedule}" } })).toEqual([]);
  });

  it.each([
    ["a value slot", "Devant le {tribunal}.", "tribunal"],
    ["a misspelt slot of a known family", "Par {collectivite.designtion}.", "collectivite.designtion"],
    ["a reference to no article", "Voir l'{ref:article-99}.", "ref:article-99"],
    ["an unknown block slot", "{@tableau}", "@tableau"],
  ])("reports %s once, at articles.<id>, with the slots that would fit", (_, text, slot) => {
    const issues = articleOverrideIssues(creuseContract(), { articles: { litiges: `${text} ${text}` } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "contract.article_unknown_slot", path: ["articles", "litiges"], severity: "error", params: { articleId: "litiges", slot } });
    expect((issues[0]?.params.available as string[]).length).toBeGreaterThan(0);
  });

  it("suggests the slots of the same family", () => {
    const [issue] = articleOverrideIssues(creuseContract(), { articles: { objet: "{collectivite.designtion}" } });
    expect(issue?.params.available).toContain("collectivite.designation");
    expect(issue?.params.available).not.toContain("period.start");
  });

  it("checks the input's replaced articles and own visas, and a replaced préambule, in English on request", () => {
    const valid = creuseContract();
    const contract = { ...valid, input: { ...valid.input, visas: ["Vu la convention {y}"] }, articles: { objet: "Objet {x}." } };
    const issues = articleOverrideIssues(contract, { lang: "en", articles: { preambule: "Préambule {z}." } });
    expect(issues.map((i) => [i.path, i.params.slot])).toEqual([
      [["visas", 0], "y"],
      [["articles", "preambule"], "z"],
      [["articles", "objet"], "x"],
    ]);
    expect(issues[0]?.message).not.toBe(articleOverrideIssues(contract)[0]?.message);
  });

  it("is what validateContract reports for the input's texts", () => {
    const r = validateContract({ ...creuseInput(), articles: { objet: "Objet {x}." } });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([["contract.article_unknown_slot", ["articles", "objet"]]]);
  });

  it("reports an article id of the options that names no article", () => {
    const issues = articleOverrideIssues(creuseContract(), { articles: { litige: "Texte." } });
    expect(issues.map((i) => [i.code, i.path])).toEqual([["contract.unknown_article", ["articles", "litige"]]]);
  });
});
