import { describe, expect, it } from "vitest";
import { CONTRACT_ISSUE_CODES, contractMessage } from "./messages";

const params = {
  received: "x", expected: ["23"], expectedNames: ["Creuse"], available: ["a", "b"], profile: "p", actionId: "A1", year: 2026,
  state: 100, collectivite: 50, difference: 50, total: 100, ceiling: 50, excess: 50, start: "2024-01-01", end: "2027-12-31",
  axis: 2, min: 1, count: 0, allowed: [1, 3, 4], deliberation: "2024-01-02", signature: "2024-01-01", indicator: "I", option: "o",
  bound: "end", limit: "2027-12-31", firstPath: "actions[0]", articleId: "objet", slot: "s", date: "2024-01-01", receivedName: "R",
  reason: "no-source", name: "N", departement: "23", departementName: "Creuse", region: "Nouvelle-Aquitaine", chefLieu: "33", prefet: "P",
  receivedWithDe: "de la Haute-Corse", expectedWithDe: "de la Corse-du-Sud", expectedName: "Corse-du-Sud", field: "carrier",
  label: "L", fromYear: 2020, provenance: "confirmed",
};

describe("contract messages", () => {
  it.each(CONTRACT_ISSUE_CODES.map((c) => [c]))("%s has a French and an English message", (code) => {
    const fr = contractMessage(code, params);
    const en = contractMessage(code, params, "en");
    expect(fr.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(fr).not.toBe(en);
    expect(fr).not.toContain("undefined");
    expect(en).not.toContain("undefined");
  });

  it("writes amounts in euros", () => {
    expect(contractMessage("contract.ceiling_exceeded", { year: 2025, total: 60000000, ceiling: 50000000, excess: 10000000 })).toBe(
      "En 2025, les crédits de l’État s’élèvent à 600\u202F000,00\u00A0€, au-delà du plafond annuel de 500\u202F000,00\u00A0€ (dépassement de 100\u202F000,00\u00A0€).",
    );
  });
});
