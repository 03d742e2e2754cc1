import { createAmendment, parseContract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { describe, expect, it } from "vitest";
import { composeDocument } from "./document-source";

describe("composeDocument", () => {
  it("composes a contract, its avenant and the consolidated contract, and passes a document through", async () => {
    const base = parseContract(creuseInput());
    const input = creuseInput();
    input.actions[0]!.title = "Titre revu";
    const made = createAmendment(base, parseContract(input), { number: 1, date: "2025-03-14", reasons: [] });
    if (!made.success) throw new Error("amendment");
    const contract = await composeDocument({ kind: "contract", contract: base, lang: "fr" });
    const amendment = await composeDocument({ kind: "amendment", amendment: made.data });
    const consolidated = await composeDocument({ kind: "consolidated", amendment: made.data, lang: "fr" });
    expect(new Set([contract.meta.title, amendment.meta.title, consolidated.meta.title]).size).toBe(3);
    expect(await composeDocument({ kind: "document", document: contract })).toBe(contract);
  });
});
