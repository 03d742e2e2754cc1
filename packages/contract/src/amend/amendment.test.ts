import { describe, expect, it } from "vitest";
import type { ContractInput } from "../input";
import { defineProfile } from "../profile";
import { CLS_DEPARTEMENT_2024 } from "../profiles/cls-2024/cls-departement-2024";
import { creuseContract, creuseInput } from "../test-support/fixtures";
import { createAmendment } from "./amendment";

function moved(): ContractInput {
  const input = creuseInput();
  const from = input.actions[2]!.funding["2025"]!;
  const to = input.actions[8]!.funding["2025"]!;
  from.state = 5_000_000;
  from.collectivite = 5_000_000;
  to.state = 4_000_000;
  to.collectivite = 4_000_000;
  return input;
}

const terms = { number: 1, date: "2025-03-14", reasons: ["Redéploiement de crédits"] };

describe("createAmendment", () => {
  it("makes an avenant from two inputs, with the changes between them", () => {
    const r = createAmendment(creuseInput(), moved(), terms);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.warnings).toEqual([]);
    expect(r.data).toMatchObject({ number: 1, date: "2025-03-14", reasons: ["Redéploiement de crédits"] });
    expect(r.data.base.reference).toBe("CLS-23-2024-001");
    expect(r.data.changes.map((c) => (c.kind === "funding" ? `${c.actionId} ${c.year} ${c.party} ${c.before}→${c.after}` : c.kind))).toEqual([
      "A1.3 2025 state 6000000→5000000",
      "A1.3 2025 collectivite 6000000→5000000",
      "A3.4 2025 state 3000000→4000000",
      "A3.4 2025 collectivite 3000000→4000000",
    ]);
  });

  it("accepts checked contracts as they are, and defaults the reasons", () => {
    const r = createAmendment(creuseContract(), moved(), { number: 2, date: "2026-01-10" });
    expect(r.success && r.data.reasons).toEqual([]);
    expect(r.success && r.data.number).toBe(2);
  });

  it("warns when nothing changes", () => {
    const r = createAmendment(creuseInput(), creuseInput(), terms);
    expect(r.success).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(["contract.amendment_no_change"]);
  });

  const otherProfile = defineProfile({ ...CLS_DEPARTEMENT_2024, id: "cls-departement-bis" });

  it.each([
    ["a revised contract with another reference", () => [creuseInput(), { ...moved(), reference: "CLS-23-2024-002" }, terms], "contract.amendment_reference_mismatch", ["revised", "reference"]],
    ["a revised contract under another profile", () => [creuseInput(), { ...moved(), profile: "cls-departement-bis" }, terms], "contract.amendment_profile_mismatch", ["revised", "profile"]],
    ["an avenant dated before the contract's signature", () => [creuseInput(), moved(), { ...terms, date: "2023-12-01" }], "contract.amendment_date_before_signature", ["amendment", "date"]],
    ["an avenant numbered 0", () => [creuseInput(), moved(), { ...terms, number: 0 }], "contract.amendment_number", ["amendment", "number"]],
    ["an avenant numbered 1.5", () => [creuseInput(), moved(), { ...terms, number: 1.5 }], "contract.amendment_number", ["amendment", "number"]],
    ["an avenant with a date that is not a date", () => [creuseInput(), moved(), { ...terms, date: "14/03/2025" }], "date.format", ["amendment", "date"]],
    [
      "a revised contract that breaks parity",
      () => {
        const r = moved();
        r.actions[0]!.funding["2026"]!.state = 1;
        return [creuseInput(), r, terms];
      },
      "contract.parity",
      ["revised", "actions", 0, "funding", "2026"],
    ],
    ["an invalid base", () => [{ ...creuseInput(), reference: "" }, moved(), terms], "schema.too_small", ["base", "reference"]],
  ] as const)("refuses %s", (_, make, code, path) => {
    const [base, revised, t] = make();
    const r = createAmendment(base, revised, t as typeof terms, { profiles: [otherProfile] });
    expect(r.success).toBe(false);
    if (r.success) return;
    const found = r.issues.find((i) => i.code === code);
    expect(found, JSON.stringify(r.issues.map((i) => [i.code, i.path]))).toBeDefined();
    expect(found?.path.slice(0, path.length)).toEqual(path);
  });
});
