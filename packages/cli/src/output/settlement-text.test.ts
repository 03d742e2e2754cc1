import { parseContract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { executionTemplate, settleExecution, validateExecution, type ExecutionSettlement } from "@pacte/execution";
import { cents } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { settlementText } from "./settlement-text";

const contract = parseContract(creuseInput());

/** The Creuse's 2025 report with every action half spent by both parties: money paid in advance comes back. */
function halfSpent(): ExecutionSettlement {
  const t = executionTemplate(contract, 2025);
  for (const a of t.actions) {
    const f = contract.actions.find((c) => c.id === a.id)?.funding["2025"];
    const half = Math.floor((f?.state ?? 0) / 2) / 100;
    a.spent = { ...a.spent, state: half, collectivite: half };
  }
  const r = validateExecution(t, contract);
  if (!r.success) throw new Error("fixture");
  return settleExecution(r.data, contract);
}

describe("settlementText", () => {
  it("prints the year, the balance to pay and the money to recover, in French and English", () => {
    const s = halfSpent();
    expect(s.balance).toBe(0);
    const fr = settlementText(s, "Département de la Creuse", "fr");
    expect(fr).toBe(
      [
        "Rapport d’exécution 2025 du contrat CLS-23-2024-001 — Département de la Creuse, daté du 30 juin 2026",
        "  Engagé : 970\u202F000,00\u00A0€ ; dépensé : 470\u202F000,00\u00A0€",
        "  Part de l’État due : 235\u202F000,00\u00A0€ ; déjà versée : 376\u202F000,00\u00A0€",
        "  Solde à verser : 0,00\u00A0€",
        "  À reverser : 141\u202F000,00\u00A0€",
        "",
      ].join("\n"),
    );
    expect(s.recovered).toBe(s.paidBeforeReport - s.stateDue);
    const en = settlementText(s, "Département de la Creuse", "en");
    expect(en.split("\n")[0]).toBe("Execution report 2025 of contract CLS-23-2024-001 — Département de la Creuse, dated 30 June 2026");
    expect(en).toContain("  Balance to pay: 0,00\u00A0€\n");
  });

  it("says what is carried over or left with the collectivity only when there is some", () => {
    const s = halfSpent();
    const base = { ...s, recovered: cents(0), carriedOver: cents(0), waived: cents(0) };
    expect(settlementText(base, "X", "fr")).not.toMatch(/Reporté|laissé/);
    expect(settlementText({ ...base, carriedOver: cents(150000) }, "X", "fr")).toContain("  Reporté sur 2026 : 1\u202F500,00\u00A0€\n");
    expect(settlementText({ ...base, waived: cents(99) }, "X", "fr")).toContain("  Trop-versé laissé à la collectivité : 0,99\u00A0€\n");
    expect(settlementText({ ...base, carriedOver: cents(150000) }, "X", "en")).toContain("  Carried over to 2026: 1\u202F500,00\u00A0€\n");
  });
});
