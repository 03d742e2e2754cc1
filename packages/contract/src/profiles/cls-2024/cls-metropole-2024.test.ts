import { readableText } from "../../test-support/readable-text";
import { describe, expect, it } from "vitest";
import { contractToDocument } from "../../compose/contract-to-document";
import { bordeauxInput } from "../../test-support/fixtures";
import { variant } from "../../test-support/rule-context";
import { validateContract } from "../../validate-contract";
import { CLS_METROPOLE_2024 } from "./cls-metropole-2024";

describe("CLS_METROPOLE_2024", () => {
  it("makes eligibility retroactive to 1 January 2024 by default", () => {
    expect(CLS_METROPOLE_2024.period).toMatchObject({ start: "2024-01-01", end: "2027-12-31", retroactiveStart: true });
  });

  it("validates a contract signed on 24 June 2024 without a warning about its start, and writes the retroactivity clause", () => {
    const r = validateContract(variant(bordeauxInput, (i) => { i.signature.date = "2024-06-24"; i.collectivite.deliberation.date = "2024-05-24"; }));
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    expect(r.warnings.map((w) => w.code)).not.toContain("contract.signature_after_start");
    const text = readableText(contractToDocument(r.data)).join("\n");
    expect(text).toContain("Les actions engagées à compter du 1er janvier 2024, y compris avant la date de signature, sont éligibles");
    // The money is 2024's: the finance law for 2024 (29 December 2023) is cited, no later one.
    expect(text).toContain("Vu la loi no 2023-1322 du 29 décembre 2023 de finances pour 2024");
    expect(text).not.toContain("de finances pour 2023");
  });

  it("writes no retroactivity clause for a contract signed before the start, and cites the law then in force", () => {
    const r = validateContract(variant(bordeauxInput, (i) => { i.signature.date = "2023-12-20"; i.collectivite.deliberation.date = "2023-12-11"; }));
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    const text = readableText(contractToDocument(r.data)).join("\n");
    expect(text).not.toContain("y compris avant la date de signature");
    expect(text).toContain("de finances pour 2023");
    expect(text).toContain("sous réserve de l’adoption de la loi de finances pour 2024");
  });
});
