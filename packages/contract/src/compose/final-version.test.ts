import { formatPath, getCollectivite, PacteError } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { createAmendment } from "../amend/amendment";
import { initContractInput } from "../init/init-contract-input";
import { CLS_DEPARTEMENT_2024 } from "../profiles/cls-2024/cls-departement-2024";
import { creuseContract, creuseInput } from "../test-support/fixtures";
import { parseContract } from "../validate-contract";
import { amendmentToDocument } from "./amendment-to-document";
import { consolidatedContractToDocument } from "./consolidated-contract-to-document";
import { contractToDocument } from "./contract-to-document";
import { assertFinalVersion } from "./final-version";

const template = () => initContractInput(CLS_DEPARTEMENT_2024, { kind: "collectivite", record: getCollectivite("23D", { asOf: "2023-12-17" })! });
const thrown = (f: () => unknown): PacteError => {
  try {
    f();
  } catch (e) {
    if (PacteError.is(e)) return e;
    throw e;
  }
  throw new Error("nothing thrown");
};

describe("the version to sign", () => {
  it("is refused while a template's placeholder remains, with one error per placeholder at its path", () => {
    const e = thrown(() => contractToDocument(parseContract(template())));
    const found = e.issues.map((i) => [i.code, formatPath(i.path), i.severity]);
    expect(found).toEqual(expect.arrayContaining([
      ["contract.placeholder", "state.prefet.name", "error"],
      ["contract.placeholder", "collectivite.executive.name", "error"],
      ["contract.placeholder", "collectivite.deliberation.number", "error"],
    ]));
    expect(new Set(found.map((f) => f[1])).size).toBe(found.length);
    expect(e.issues[0]?.message).toMatch(/^Texte à compléter/u);
  });

  it("is composed as a draft anyway, marked « PROJET »", () => {
    const doc = contractToDocument(parseContract(template()), { draft: true });
    expect(doc.header?.center).toEqual([{ type: "text", text: "PROJET", bold: true }]);
  });

  it("is composed as usual without placeholders, and speaks English on request", () => {
    expect(() => contractToDocument(creuseContract())).not.toThrow();
    expect(() => assertFinalVersion({ a: "Prénom Nom" }, { draft: true })).not.toThrow();
    expect(thrown(() => assertFinalVersion({ a: "Prénom Nom" }, { lang: "en" })).issues[0]?.message).toMatch(/placeholder/u);
  });

  it("applies to an avenant and to a consolidated version", () => {
    const revised = creuseInput();
    revised.actions[0]!.title = "Accueil des jeunes enfants des familles pauvres";
    const r = createAmendment(creuseInput(), revised, { number: 1, date: "2025-03-14", reasons: ["à compléter"] });
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    expect(thrown(() => amendmentToDocument(r.data)).issues.map((i) => formatPath(i.path))).toEqual(["reasons[0]"]);
    expect(() => amendmentToDocument(r.data, { draft: true })).not.toThrow();
    const placeholderContract = parseContract(template());
    expect(() => consolidatedContractToDocument(placeholderContract, [{ number: 1, date: "2025-03-14" }])).toThrow(PacteError);
  });
});
