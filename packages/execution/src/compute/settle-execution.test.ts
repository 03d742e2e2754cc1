import { defineProfile, CLS_DEPARTEMENT_2024, parseContract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExecutionInput } from "../execution-input";
import type { Execution } from "../execution";
import { creuse2024, creuseContract } from "../test-support/fixtures";
import { generatedExecution, type GeneratedSpending } from "../test-support/generated";
import { validateExecution, type ExecutionOptions } from "../validate-execution";
import { ExecutionSettlementSchema, settleExecution } from "./settle-execution";

const contract = creuseContract();
const checked = (input: ExecutionInput, options: ExecutionOptions = {}, c = contract): Execution => {
  const r = validateExecution(input, c, options);
  if (!r.success) throw new Error(r.issues.map((i) => i.message).join("\n"));
  return r.data;
};
type Action = ExecutionInput["actions"][number];
const withActions = (f: (a: Action) => Action): ExecutionInput => {
  const base = creuse2024();
  return { ...base, actions: base.actions.map(f) };
};

describe("settleExecution", () => {
  it("settles the Creuse's 2024 report as a hand computation does", () => {
    // Committed by the State in 2024: 40 000 + 25 000 + 60 000 + 35 000 + 20 000 (axis 1)
    //   + 45 000 + 50 000 + 55 000 + 30 000 (axis 3) + 35 000 + 30 000 + 25 000 (axis 4) = 450 000,00 €.
    // Paid before the report: the 80 % advance = 360 000,00 €.
    // Due per action = min(committed State, State spent, collectivity spent):
    //   A1.1 min(40 000; 38 500; 40 000) = 38 500      A1.2 25 000        A1.3 min(60 000; 52 000; 54 300) = 52 000
    //   A1.4 35 000       A1.5 (abandoned) min(20 000; 4 200; 4 200) = 4 200                      A3.1 45 000
    //   A3.2 min(50 000; 41 250,50; 43 800) = 41 250,50   A3.3 55 000    A3.4 27 640
    //   A4.1 min(35 000; 18 900; 19 400) = 18 900          A4.2 30 000    A4.3 24 380,75
    //   sum = 396 871,25 €.
    // Balance = 396 871,25 − 360 000 = 36 871,25 € to pay; nothing to recover;
    // released = 450 000 − 396 871,25 = 53 128,75 € never paid.
    const s = settleExecution(checked(creuse2024()), contract);
    expect(s.stateCommitted).toBe(45000000);
    expect(s.paidBeforeReport).toBe(36000000);
    expect(s.stateDue).toBe(39687125);
    expect(s.balance).toBe(3687125);
    expect(s.excess).toBe(0);
    expect(s.recovered).toBe(0);
    expect(s.carriedOver).toBe(0);
    expect(s.released).toBe(5312875);
    expect(s.byAction.find((a) => a.actionId === "A1.5")).toMatchObject({ status: "abandoned", stateDue: 420000, stateUnspent: 1580000 });
    expect(s.abandonedUnspent).toBe(1580000);
    expect(s.byAxis.map((a) => [a.axis, a.stateDue])).toEqual([
      [1, 15470000],
      [3, 16889050],
      [4, 7328075],
    ]);
    expect(s.daysLate).toBe(0);
    expect(s.reportDue).toBe("2025-06-30");
  });

  it("recovers what the advance paid beyond the due (a hand computation)", () => {
    // The same report where A3.3 (55 000 committed) was stopped in March and A3.4 spent nothing:
    //   A3.3 abandoned, 9 000 spent by each side → due 9 000; A3.4 → due 0.
    //   Due = 396 871,25 − 55 000 + 9 000 − 27 640 = 323 231,25 €; advance 360 000 €.
    //   Excess = 36 768,75 € to recover (the CLS recovers unspent money by default).
    const input = withActions((a) =>
      a.id === "A3.3"
        ? { ...a, status: "abandoned", reason: "Marché résilié en mars.", spent: { state: "9 000", collectivite: "9 000" } }
        : a.id === "A3.4"
          ? { ...a, status: "in-progress", spent: { state: 0, collectivite: 0 } }
          : a,
    );
    const s = settleExecution(checked(input), contract);
    expect(s.stateDue).toBe(32323125);
    expect([s.balance, s.excess, s.recovered, s.carriedOver, s.waived]).toEqual([0, 3676875, 3676875, 0, 0]);
    expect(s.released).toBe(45000000 - 36000000);
    expect(s.paidBeforeReport + s.balance + s.released).toBe(s.stateCommitted);
  });

  it("carries unspent money over where the profile allows it, but recovers the abandoned actions' first", () => {
    const carrying = defineProfile({ ...CLS_DEPARTEMENT_2024, id: "cls-23-report", clawback: { unspent: "carried-over" } });
    const c = parseContract({ ...creuseInput(), profile: "cls-23-report" }, { profiles: [carrying] });
    const input = withActions((a) =>
      a.id === "A3.3"
        ? { ...a, status: "abandoned", reason: "Marché résilié en mars.", spent: { state: "9 000", collectivite: "9 000" } }
        : a.id === "A3.4"
          ? { ...a, spent: { state: 0, collectivite: 0 } }
          : a,
    );
    const s = settleExecution(checked(input, {}, c), c);
    // Abandoned unspent: A1.5 15 800 + A3.3 46 000 = 61 800 ≥ excess 36 768,75: all of it recovered.
    expect([s.excess, s.recovered, s.carriedOver]).toEqual([3676875, 3676875, 0]);
    // Treat abandoned actions like the others: everything is carried over to 2025.
    const t = settleExecution(checked(input, {}, c), c, { parameters: { abandonedUnspent: "as-profile" } });
    expect([t.excess, t.recovered, t.carriedOver]).toEqual([3676875, 0, 3676875]);
    // Nothing is carried over after the contract's last year.
    const last = settleExecution(checked({ ...input, year: 2027, date: "2028-06-01" }, {}, c), c, { parameters: { abandonedUnspent: "as-profile" } });
    expect(last.rules.lastYear).toBe(true);
    expect(last.carriedOver).toBe(0);
  });

  it("applies the other parity cap when asked: half of the joint spending, rounded down to the cent", () => {
    const input = withActions((a) => (a.id === "A3.3" ? { ...a, spent: { state: "55 000", collectivite: "50 000,01" } } : a));
    const matched = settleExecution(checked(input, { parameters: { parityAtExecution: "warning" } }), contract, { parameters: { parityAtExecution: "warning" } });
    expect(matched.byAction.find((a) => a.actionId === "A3.3")?.stateDue).toBe(5000001);
    const half = settleExecution(checked(input, { parameters: { parityAtExecution: "warning" } }), contract, {
      parameters: { parityAtExecution: "warning", stateShareCap: "half-of-joint" },
    });
    // ⌊(5 500 000 + 5 000 001) ÷ 2⌋ = 5 250 000 cents.
    expect(half.byAction.find((a) => a.actionId === "A3.3")?.stateDue).toBe(5250000);
  });

  it("uses what was really paid when the parameters give it", () => {
    const s = settleExecution(checked(creuse2024()), contract, { parameters: { paidBeforeReport: 40000000 } });
    // 400 000,00 − 396 871,25 = 3 128,75 € paid too much.
    expect([s.balance, s.excess, s.recovered]).toEqual([0, 312875, 312875]);
  });

  it("computes indicator rates: value over target, and the way covered for an indicator meant to fall", () => {
    const s = settleExecution(checked(creuse2024()), contract);
    const rate = (id: string) => s.byAction.find((a) => a.actionId === id)?.indicators[0];
    expect(rate("A1.1")).toMatchObject({ target: 30, value: 28, rate: 28 / 30 });
    // Jeunes sans solution à 18 ans: 12 in 2023, target 8, reached 9 → (12 − 9) ÷ (12 − 8) = 75 %.
    expect(rate("A1.4")).toMatchObject({ baseline: 12, target: 8, value: 9, rate: 0.75 });
    expect(rate("A1.5")).toMatchObject({ target: 80 });
    expect(rate("A1.5")?.rate).toBeUndefined();
  });

  it("keeps every total equal to the sum of its parts, to the cent", () => {
    const s = settleExecution(checked(creuse2024()), contract);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(s.byAxis.map((a) => a.spent.total))).toBe(s.spent.total);
    expect(sum(s.byAction.map((a) => a.committed.total))).toBe(s.committed.total);
    expect(s.spent.total).toBe(s.spent.state + s.spent.collectivite + s.spent.others);
  });
});

describe("the settlement's schema", () => {
  it("describes what settleExecution returns", () => {
    const s = settleExecution(checked(creuse2024()), contract);
    expect(ExecutionSettlementSchema.safeParse(s).success).toBe(true);
  });
});

describe("settleExecution's invariants (property)", () => {
  it("balances to the cent whatever was spent and whichever rules apply", () => {
    const permille = fc.integer({ min: 0, max: 1000 });
    const arbitrary = fc.record({
      yearIndex: fc.integer({ min: 0, max: 3 }),
      spending: fc.array(fc.record({ state: permille, collectivite: permille, status: fc.constantFrom("completed", "in-progress", "abandoned" as const) }), { minLength: 1, maxLength: 12 }),
      stateShareCap: fc.constantFrom("matched", "half-of-joint" as const),
      abandonedUnspent: fc.constantFrom("recovered", "as-profile" as const),
      unspent: fc.constantFrom("recovered", "carried-over", "none" as const),
      paidShare: fc.option(permille, { nil: undefined }),
    });
    fc.assert(
      fc.property(arbitrary, (a) => {
        const year = contract.years[a.yearIndex] as number;
        const execution = generatedExecution(contract, year, (k) => a.spending[k % a.spending.length] as GeneratedSpending);
        const committedState = settleExecution(execution, contract).stateCommitted;
        const parameters = {
          stateShareCap: a.stateShareCap,
          abandonedUnspent: a.abandonedUnspent,
          unspent: a.unspent,
          ...(a.paidShare === undefined ? {} : { paidBeforeReport: Math.floor((committedState * a.paidShare) / 1000) }),
        };
        const s = settleExecution(execution, contract, { parameters });
        expect(s.paidBeforeReport + s.balance + s.released).toBe(s.stateCommitted);
        expect(s.stateDue + s.excess).toBe(s.paidBeforeReport + s.balance);
        expect(s.recovered + s.carriedOver + s.waived).toBe(s.excess);
        expect(s.balance === 0 || s.excess === 0).toBe(true);
        for (const x of s.byAction) {
          // « matched »: never more than the State spent nor the collectivity matched; « half-of-joint »:
          // half of what both spent together (the State may then owe more than its own spending).
          const cap = a.stateShareCap === "matched" ? Math.min(x.spent.state, x.spent.collectivite) : Math.floor((x.spent.state + x.spent.collectivite) / 2);
          expect(x.stateDue).toBeLessThanOrEqual(Math.min(x.committed.state, cap));
          expect(x.stateDue + x.stateUnspent).toBe(x.committed.state);
          expect(Number.isSafeInteger(x.stateDue)).toBe(true);
        }
        expect(s.byAxis.reduce((t, x) => t + x.stateDue, 0)).toBe(s.stateDue);
        if (year === contract.years.at(-1)) expect(s.carriedOver).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
