import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createAmendment, parseContract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { consolidate, settleExecution, validateExecution } from "@pacte/execution";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
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

  it("composes an execution report with its settlement, and the national consolidation dated by createdAt", async () => {
    const contract = parseContract(creuseInput());
    const text = readFileSync(fileURLToPath(new URL("../../../../examples/rapport-execution/rapport-2024.yaml", import.meta.url)), "utf8");
    const checked = validateExecution(parse(text), contract);
    if (!checked.success) throw new Error("fixture");
    const settlement = settleExecution(checked.data, contract);
    const report = await composeDocument({ kind: "execution-report", execution: checked.data, contract, settlement });
    expect(report.meta.title).toBe("Rapport d’exécution 2024 – Contrat local des solidarités n° CLS-23-2024-001");
    expect(report.meta.createdAt).toBe("2025-06-12");
    const made = consolidate([contract], [checked.data]);
    if (!made.success) throw new Error("consolidation");
    const national = await composeDocument({ kind: "consolidation", consolidation: made.data, createdAt: "2025-09-15" });
    expect(national.meta.createdAt).toBe("2025-09-15");
  });
});
