import { PacteError } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { contractBuilder } from "./builder";
import { creuseInput } from "./test-support/fixtures";

function fromScratch() {
  const input = creuseInput();
  let b = contractBuilder()
    .reference(input.reference)
    .profile("cls-departement-2024")
    .state(input.state)
    .collectivite(input.collectivite)
    .signature("Guéret", "2024-07-05")
    .stateAnnualCeiling(input.stateAnnualCeiling!)
    .governance(input.governance!)
    .preambule(input.preambule!);
  for (const a of input.actions) b = b.addAction(a);
  return b;
}

describe("contractBuilder", () => {
  it("builds the same contract as the input it spells out", () => {
    const built = fromScratch().build();
    expect(built.actions).toHaveLength(12);
    expect(built.collectivite.executiveTitle).toBe("La présidente du conseil départemental de la Creuse");
    expect(fromScratch().toInput()).toEqual({ ...creuseInput(), signature: { place: "Guéret", date: "2024-07-05" } });
  });

  it("is immutable: each call returns a new builder", () => {
    const a = fromScratch();
    const b = a.reference("AUTRE-REF");
    expect(a.toInput().reference).toBe("CLS-23-2024-001");
    expect(b.toInput().reference).toBe("AUTRE-REF");
    const c = a.addAction({ id: "X", axis: 1, title: "X", nature: "new", funding: {} });
    expect(a.toInput().actions).toHaveLength(12);
    expect(c.toInput().actions).toHaveLength(13);
  });

  it("never mutates what it was given, nor lets later changes leak in", () => {
    const action = creuseInput().actions[0]!;
    const snapshot = structuredClone(action);
    const b = contractBuilder().addAction(action);
    action.title = "changed afterwards";
    expect(b.toInput().actions?.[0]?.title).toBe(snapshot.title);
    b.toInput().actions![0]!.title = "changed through toInput";
    expect(b.toInput().actions?.[0]?.title).toBe(snapshot.title);
    const from = creuseInput();
    const copy = structuredClone(from);
    contractBuilder(from).reference("R2").option("singleConvention", true).article("objet", "Texte.").build();
    expect(from).toEqual(copy);
  });

  it("sets options, period, visas, payment, reporting and article overrides", () => {
    const c = contractBuilder(creuseInput())
      .profile("cls-departement-2024", { singleConvention: true })
      .period("2024-01-01", "2027-12-31")
      .addVisas("Vu la convention unique")
      .payment([{ percent: 100, when: "start-of-year" }])
      .reporting({ reportDue: "04-30" })
      .article("objet", "Objet remplacé.")
      .title("Contrat local des solidarités de la Creuse")
      .build();
    expect(c.options).toEqual({ singleConvention: true });
    expect(c.visas.at(-1)).toBe("Vu la convention unique");
    expect(c.payment.instalments).toEqual([{ percent: 100, when: "start-of-year" }]);
    expect(c.reporting.reportDue).toBe("04-30");
    expect(c.articles).toEqual({ objet: "Objet remplacé." });
    expect(c.title).toBe("Contrat local des solidarités de la Creuse");
  });

  it("validate() returns the issues and build() throws them", () => {
    const b = contractBuilder(creuseInput()).addAction({ id: "A1.1", axis: 2, title: "Doublon", nature: "new", funding: {} });
    const r = b.validate();
    expect(r.success ? [] : r.issues.map((i) => i.code)).toEqual(["contract.duplicate_action_id", "contract.axis_not_allowed"]);
    expect(() => b.build()).toThrow(PacteError);
  });

  it("reports what an empty builder lacks instead of throwing from validate()", () => {
    const r = contractBuilder().validate();
    expect(r.success).toBe(false);
    expect(r.success ? [] : r.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(["reference", "profile", "state", "collectivite", "signature"]));
  });
});
