import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ContractInputSchema, type ParsedContractInput } from "../input";
import { creuseInput } from "../test-support/fixtures";
import { ContractChangeSchema } from "./contract-change";
import { diffContracts } from "./diff-contracts";

const parsed = (): ParsedContractInput => ContractInputSchema.parse(creuseInput());
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function funding(input: ParsedContractInput, id: string, year: string) {
  const f = input.actions.find((a) => a.id === id)?.funding[year];
  if (f === undefined) throw new Error(`no funding ${id} ${year}`);
  return f as Mutable<typeof f>;
}

describe("diffContracts", () => {
  it("finds nothing between a contract and itself, or a deep copy of it", () => {
    const a = parsed();
    expect(diffContracts(a, a)).toEqual([]);
    expect(diffContracts(a, structuredClone(a))).toEqual([]);
  });

  it("reports an amount moved between two actions, per year and party, with old and new amounts", () => {
    const a = parsed();
    const b = structuredClone(a);
    const from = funding(b, "A1.3", "2025");
    const to = funding(b, "A3.4", "2025");
    from.state = (from.state - 1_000_000) as typeof from.state;
    from.collectivite = (from.collectivite - 1_000_000) as typeof from.collectivite;
    to.state = (to.state + 1_000_000) as typeof to.state;
    to.collectivite = (to.collectivite + 1_000_000) as typeof to.collectivite;
    expect(diffContracts(a, b)).toEqual([
      { kind: "funding", actionId: "A1.3", year: 2025, party: "state", before: 6_000_000, after: 5_000_000 },
      { kind: "funding", actionId: "A1.3", year: 2025, party: "collectivite", before: 6_000_000, after: 5_000_000 },
      { kind: "funding", actionId: "A3.4", year: 2025, party: "state", before: 3_000_000, after: 4_000_000 },
      { kind: "funding", actionId: "A3.4", year: 2025, party: "collectivite", before: 3_000_000, after: 4_000_000 },
    ]);
  });

  it("reports actions added and removed with their index, and modified fields", () => {
    const a = parsed();
    const b = structuredClone(a);
    const removed = b.actions.splice(1, 1)[0];
    const added = { ...structuredClone(a.actions[0]!), id: "A4.4", title: "Nouvelle action" };
    b.actions.push(added);
    (b.actions[0] as Mutable<(typeof b.actions)[0]>).carrier = "CCAS de Guéret";
    const changes = diffContracts(a, b);
    expect(changes).toEqual([
      { kind: "action-field", actionId: "A1.1", field: "carrier", before: "Direction de l’enfance et de la famille", after: "CCAS de Guéret" },
      { kind: "action-removed", actionId: "A1.2", index: 1, action: removed },
      { kind: "action-added", actionId: "A4.4", index: 11, action: added },
    ]);
  });

  it("reports other partners by name, a year that appears, and fields outside the actions", () => {
    const a = parsed();
    const b = structuredClone(a) as Mutable<ParsedContractInput>;
    funding(b, "A1.1", "2026").others = [{ name: "CAF de la Creuse", amount: 1_500_000 as never }, { name: "Commune de Guéret", amount: 200_000 as never }];
    b.governance = { ...b.governance, meetingsPerYear: 3 };
    b.title = "Contrat local des solidarités de la Creuse";
    const changes = diffContracts(a, b);
    expect(changes).toEqual([
      { kind: "field", path: ["title"], after: "Contrat local des solidarités de la Creuse" },
      { kind: "field", path: ["governance", "meetingsPerYear"], before: 2, after: 3 },
      { kind: "funding", actionId: "A1.1", year: 2026, party: "other", partner: "CAF de la Creuse", before: 1_000_000, after: 1_500_000 },
      { kind: "funding", actionId: "A1.1", year: 2026, party: "other", partner: "Commune de Guéret", before: 0, after: 200_000 },
    ]);
    for (const c of changes) expect(ContractChangeSchema.safeParse(c).success).toBe(true);
  });

  it("does not depend on the order of keys or of actions, and does not modify its arguments", () => {
    const a = parsed();
    const shuffled = { ...Object.fromEntries(Object.entries(a).reverse()), actions: [...a.actions].reverse() } as ParsedContractInput;
    const snapshot = structuredClone(a);
    expect(diffContracts(a, shuffled)).toEqual([]);
    expect(a).toEqual(snapshot);
  });

  it("reports exactly the amounts a random change touched (property)", () => {
    const base = parsed();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: base.actions.length - 1 }),
        fc.constantFrom("2024", "2025", "2026", "2027"),
        fc.constantFrom("state" as const, "collectivite" as const),
        fc.integer({ min: 1, max: 10_000_000 }),
        (index, year, party, delta) => {
          const b = structuredClone(base);
          const f = b.actions[index]!.funding[year] as Mutable<ParsedContractInput["actions"][0]["funding"][string]>;
          const before = f[party];
          f[party] = (before + delta) as typeof before;
          expect(diffContracts(base, b)).toEqual([
            { kind: "funding", actionId: base.actions[index]!.id, year: Number(year), party, before, after: before + delta },
          ]);
        },
      ),
    );
  });
});
