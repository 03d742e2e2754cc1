import { formatPath, getCollectivite } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { initContractInput } from "../init/init-contract-input";
import { CLS_DEPARTEMENT_2024 } from "../profiles/cls-2024/cls-departement-2024";
import { creuseInput } from "../test-support/fixtures";
import { validateContract } from "../validate-contract";
import { PLACEHOLDER_TEXTS, placeholderIssues } from "./placeholders";

const template = () => initContractInput(CLS_DEPARTEMENT_2024, { kind: "collectivite", record: getCollectivite("23D", { asOf: "2023-12-17" })! });

describe("placeholderIssues", () => {
  it("finds each waiting text at its path, whatever its case, accents or spaces", () => {
    const issues = placeholderIssues({ state: { prefet: { name: "Prénom Nom" } }, list: ["ok", "  A COMPLETER "] });
    expect(issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([
      ["contract.placeholder", "state.prefet.name", "error"],
      ["contract.placeholder", "list[1]", "error"],
    ]);
    expect(placeholderIssues({ a: "à compléter" }, { severity: "warning" })[0]?.severity).toBe("warning");
    expect(Object.isFrozen(PLACEHOLDER_TEXTS)).toBe(true);
  });

  it("finds nothing in a real contract", () => {
    expect(placeholderIssues(creuseInput())).toEqual([]);
  });
});

describe("validateContract with purpose « final »", () => {
  it("refuses a template's input with one error per placeholder, at its path; a draft accepts it", () => {
    const final = validateContract(template(), { purpose: "final" });
    expect(final.success).toBe(false);
    const found = final.success ? [] : final.issues.filter((i) => i.code === "contract.placeholder").map((i) => formatPath(i.path));
    expect(found).toEqual(expect.arrayContaining(["state.prefet.name", "collectivite.executive.name", "collectivite.deliberation.number", "signature.place"]));
    expect(found.length).toBe(placeholderIssues(template()).length);
    expect(validateContract(template()).success).toBe(true);
  });
});
