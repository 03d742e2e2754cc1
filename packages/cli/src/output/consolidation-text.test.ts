import { parseContract } from "@pacte/contract";
import { bordeauxInput, creuseInput } from "@pacte/contract/samples";
import { consolidate, executionTemplate, validateExecution, type Consolidation, type Execution } from "@pacte/execution";
import { cents } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { consolidationText } from "./consolidation-text";

/** Two contracts, each with its 2024 report in which every action spent its whole commitment. */
function consolidation(): Consolidation {
  const contracts = [parseContract(creuseInput()), parseContract(bordeauxInput())];
  const reports: Execution[] = contracts.map((contract) => {
    const t = executionTemplate(contract, 2024);
    for (const a of t.actions) {
      const f = contract.actions.find((c) => c.id === a.id)?.funding["2024"];
      a.spent = { state: (f?.state ?? 0) / 100, collectivite: (f?.collectivite ?? 0) / 100 };
    }
    const r = validateExecution(t, contract);
    if (!r.success) throw new Error("fixture");
    return r.data;
  });
  const c = consolidate(contracts, reports);
  if (!c.success) throw new Error("fixture");
  return c.data;
}

describe("consolidationText", () => {
  it("prints the counts, the years and the totals, in French and English", () => {
    const c = consolidation();
    const fr = consolidationText(c, "fr").split("\n");
    expect(fr[0]).toBe("Consolidation nationale : 2 contrats, 2 rapports (2024)");
    expect(fr[1]).toMatch(/^ {2}Engagé : [\d\u202F]+,\d\d\u00A0€ ; dépensé : [\d\u202F]+,\d\d\u00A0€$/u);
    expect(fr[2]).toMatch(/^ {2}Part de l’État due : .+ ; soldes à verser : .+ ; à reverser : 0,00\u00A0€$/u);
    expect(consolidationText(c, "en").split("\n")[0]).toBe("National consolidation: 2 contracts, 2 reports (2024)");
  });

  it("says what is carried over only when there is some, and counts one report in the singular", () => {
    const c = consolidation();
    expect(consolidationText(c, "fr")).not.toContain("Reporté");
    const one = { ...c, contracts: 1, total: { ...c.total, reports: 1, carriedOver: cents(1000) } };
    expect(consolidationText(one, "fr")).toMatch(/^Consolidation nationale : 1 contrat, 1 rapport \(2024\)\n[^]*\n {2}Reporté sur l’année suivante : 10,00\u00A0€\n$/u);
  });
});
