import { contractTotals, parseContract, type Contract } from "@pacte/contract";
import { bordeauxInput, calpaeInput, creuseInput } from "@pacte/contract/samples";
import { PacteError } from "@pacte/issues";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { settleExecution } from "../compute/settle-execution";
import type { Execution } from "../execution";
import { creuse2024 } from "../test-support/fixtures";
import { generatedExecution, scaledContractInput, withIndicatorIds, type GeneratedSpending } from "../test-support/generated";
import { nationalCampaign } from "../test-support/national";
import { validateExecution } from "../validate-execution";
import { consolidate, ConsolidationSchema, type ConsolidatedAmounts, type Consolidation } from "./consolidate";

const creuse = parseContract(withIndicatorIds(creuseInput(), { "Personnes rencontrées": "REF-ALLER-VERS" }));
const bordeaux = parseContract(withIndicatorIds(bordeauxInput(), { "Personnes accompagnées": "REF-ALLER-VERS" }));
const calpae = parseContract(calpaeInput());
// The reports follow the Pacte's axes: contracts of 2024–2027 (a CALPAE has none, see the last test).
const CONTRACTS: readonly Contract[] = [creuse, bordeaux];

const checked = (input: unknown, contract: Contract): Execution => {
  const r = validateExecution(input, contract);
  if (!r.success) throw new Error(r.issues.map((i) => i.message).join("\n"));
  return r.data;
};
const even = (): GeneratedSpending => ({ state: 900, collectivite: 950 });

const MONEY = ["stateDue", "paidBeforeReport", "balance", "recovered", "carriedOver", "waived", "released"] as const;
const PARTIES = ["state", "collectivite", "others", "total"] as const;

/** The sum of groups, every amount, to compare with the total. */
function sumGroups(groups: readonly ConsolidatedAmounts[]): Omit<ConsolidatedAmounts, "reports"> & { reports: number } {
  const add = (f: (g: ConsolidatedAmounts) => number) => groups.reduce((t, g) => t + f(g), 0);
  return {
    reports: add((g) => g.reports),
    committed: Object.fromEntries(PARTIES.map((p) => [p, add((g) => g.committed[p])])) as ConsolidatedAmounts["committed"],
    spent: Object.fromEntries(PARTIES.map((p) => [p, add((g) => g.spent[p])])) as ConsolidatedAmounts["spent"],
    ...(Object.fromEntries(MONEY.map((m) => [m, add((g) => g[m])])) as Pick<ConsolidatedAmounts, (typeof MONEY)[number]>),
  };
}

/** Every grouping sums to the total, and the total is the sum of the reports' own settlements. */
function expectConsistent(c: Consolidation, pairs: readonly [Contract, Execution][]): void {
  const settlements = pairs.map(([contract, e]) => settleExecution(e, contract));
  const own = {
    reports: settlements.length,
    committed: Object.fromEntries(PARTIES.map((p) => [p, settlements.reduce((t, s) => t + s.committed[p], 0)])),
    spent: Object.fromEntries(PARTIES.map((p) => [p, settlements.reduce((t, s) => t + s.spent[p], 0)])),
    ...Object.fromEntries(MONEY.map((m) => [m, settlements.reduce((t, s) => t + s[m], 0)])),
  };
  expect(c.total).toEqual(own);
  for (const groups of [c.byYear, c.byRegion, c.byKind, c.byContract]) expect(sumGroups(groups)).toEqual(c.total);
  expect(c.byAxis.reduce((t, a) => t + a.stateDue, 0)).toBe(c.total.stateDue);
  expect(c.byAxis.reduce((t, a) => t + a.committed.total, 0)).toBe(c.total.committed.total);
  expect(c.byAxis.reduce((t, a) => t + a.spent.total, 0)).toBe(c.total.spent.total);
  expect(c.rows.reduce((t, r) => t + r.stateDue, 0)).toBe(c.total.stateDue);
  expect(c.rows.reduce((t, r) => t + r.spent.total, 0)).toBe(c.total.spent.total);
}

describe("consolidate", () => {
  const reports: [Contract, Execution][] = [
    [creuse, checked(creuse2024(), creuse)],
    [creuse, generatedExecution(creuse, 2025, even)],
    [bordeaux, generatedExecution(bordeaux, 2024, even)],
  ];
  const r = consolidate(
    CONTRACTS,
    reports.map(([, e]) => e),
  );
  if (!r.success) throw new Error(r.issues.map((i) => i.message).join("\n"));
  const c = r.data;

  it("groups the reports by year, region, kind of collectivity and contract, each summing to the total", () => {
    expect(c.contracts).toBe(2);
    expect(c.years).toEqual([2024, 2025]);
    expect(c.byYear.map((y) => [y.year, y.reports])).toEqual([
      [2024, 2],
      [2025, 1],
    ]);
    expect(c.byKind.map((k) => [k.kind, k.contracts, k.reports])).toEqual([
      ["collectivite", 1, 2],
      ["metropole", 1, 1],
    ]);
    // Both in 75 Nouvelle-Aquitaine (Creuse, Bordeaux).
    expect(c.byRegion.map((g) => [g.regionCode, g.region, g.contracts])).toEqual([["75", "Nouvelle-Aquitaine", 2]]);
    expectConsistent(c, reports);
  });

  it("keeps the Creuse's 2024 settlement as it is (a hand computation: 36 871,25 € to pay)", () => {
    const creuseRow = c.byContract.find((x) => x.contract === "CLS-23-2024-001");
    const own2025 = settleExecution(reports[1]?.[1] as Execution, creuse);
    expect(creuseRow?.balance).toBe(3687125 + own2025.balance);
    expect(creuseRow?.reports).toBe(2);
  });

  it("sums the indicators that share a référentiel code across contracts, per year", () => {
    // Creuse A3.4 « Personnes rencontrées » 2024: target 200, value 185; Bordeaux's actions
    // « Personnes accompagnées » 2024: target 100 each, value 90 each (90 % generated).
    const shared = c.indicators.filter((i) => i.code === "REF-ALLER-VERS" && i.year === 2024);
    const bordeauxActions = bordeaux.actions.filter((a) => a.funding["2024"] !== undefined).length;
    expect(shared).toEqual([{ code: "REF-ALLER-VERS", label: "Personnes rencontrées", unit: "personnes", year: 2024, reports: 1 + bordeauxActions, target: 200 + 100 * bordeauxActions, value: 185 + 90 * bordeauxActions }]);
    expect(c.indicators.every((i) => i.code === "REF-ALLER-VERS")).toBe(true);
  });

  it("refuses a report without its contract, a report twice and a contract twice, all at once", () => {
    const creuse2025 = generatedExecution(creuse, 2025, even);
    const bad = consolidate([creuse, bordeaux, creuse], [creuse2025, { ...creuse2025 }, { ...creuse2025, contract: "CLS-23-2024-002" }]);
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(bad.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["consolidation.duplicate_contract", "contracts.2"],
      ["consolidation.duplicate_report", "reports.1"],
      ["consolidation.unknown_contract", "reports.2.contract"],
    ]);
    expect(bad.issues[2]?.message).toBe(
      "Rapport sans contrat : le rapport 2025 porte sur le contrat « CLS-23-2024-002 », absent des contrats à consolider ; vouliez-vous dire « CLS-23-2024-001 » ? Ajoutez le contrat ou retirez le rapport.",
    );
  });

  it("gives totals equal to the sums of the reports' own settlements, to the cent, whatever they spent (property)", () => {
    const permille = fc.integer({ min: 0, max: 1000 });
    const spending = fc.record({ state: permille, collectivite: permille, status: fc.constantFrom("completed", "in-progress", "abandoned" as const) });
    const plan = fc.array(
      fc.record({ contract: fc.integer({ min: 0, max: CONTRACTS.length - 1 }), yearIndex: fc.integer({ min: 0, max: 4 }), spending: fc.array(spending, { minLength: 1, maxLength: 30 }) }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(plan, (entries) => {
        const seen = new Set<string>();
        const pairs: [Contract, Execution][] = [];
        for (const e of entries) {
          const contract = CONTRACTS[e.contract] as Contract;
          const year = contract.years[e.yearIndex % contract.years.length] as number;
          if (seen.has(`${contract.reference} ${year}`)) continue;
          seen.add(`${contract.reference} ${year}`);
          pairs.push([contract, generatedExecution(contract, year, (k) => e.spending[k % e.spending.length] as GeneratedSpending)]);
        }
        const result = consolidate(
          CONTRACTS,
          pairs.map(([, x]) => x),
        );
        if (!result.success) throw new Error(result.issues.map((i) => i.message).join("\n"));
        expectConsistent(result.data, pairs);
      }),
      { numRuns: 60 },
    );
  });

  it("gives totals equal to the sums of the contracts' own settlements over generated contracts too (property)", () => {
    const permille = fc.integer({ min: 1, max: 1000 });
    const contractPlan = fc.array(fc.record({ base: fc.constantFrom("creuse", "bordeaux" as const), scale: fc.array(permille, { minLength: 1, maxLength: 12 }) }), { minLength: 1, maxLength: 4 });
    const spending = fc.array(fc.record({ state: fc.integer({ min: 0, max: 1000 }), collectivite: fc.integer({ min: 0, max: 1000 }) }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(contractPlan, spending, (plans, spent) => {
        const contracts = plans.map((plan, n) =>
          parseContract(scaledContractInput(plan.base === "creuse" ? creuseInput() : bordeauxInput(), `CLS-GEN-${n}`, (k) => plan.scale[k % plan.scale.length] as number)),
        );
        const pairs = contracts.flatMap((contract) => contract.years.map((year): [Contract, Execution] => [contract, generatedExecution(contract, year, (k) => spent[k % spent.length] as GeneratedSpending)]));
        const result = consolidate(
          contracts,
          pairs.map(([, e]) => e),
        );
        if (!result.success) throw new Error(result.issues.map((i) => i.message).join("\n"));
        expectConsistent(result.data, pairs);
        // Every year reported: what the consolidation says was committed is what the contracts' own totals say.
        expect(result.data.total.committed).toEqual(
          ["state", "collectivite", "others", "total"].reduce((o, p) => ({ ...o, [p]: contracts.reduce((t, c) => t + contractTotals(c).total[p as "total"], 0) }), {}),
        );
      }),
      { numRuns: 25 },
    );
  });

  it("is a function of its input: the same consolidation run after run, whatever the order of contracts and reports", () => {
    expect(consolidate(CONTRACTS, reports.map(([, e]) => e))).toEqual(r);
    expect(consolidate([...CONTRACTS].reverse(), reports.map(([, e]) => e).reverse())).toEqual(r);
  });
});

describe("consolidate, at the national scale", () => {
  it("consolidates 122 contracts × 4 reports, every grouping summing to the total", () => {
    const { contracts, reports } = nationalCampaign();
    const r = consolidate(contracts, reports);
    if (!r.success) throw new Error(r.issues.map((i) => i.message).join("\n"));
    expect(r.data.contracts).toBe(122);
    expect(r.data.total.reports).toBe(488);
    expect(r.data.byKind.map((k) => [k.kind, k.contracts])).toEqual([
      ["collectivite", 100],
      ["metropole", 22],
    ]);
    expectConsistent(
      r.data,
      reports.map((e) => [contracts.find((c) => c.reference === e.contract) as Contract, e]),
    );
  });
});

describe("the consolidation's schema", () => {
  it("describes what consolidate returns", () => {
    const { contracts, reports } = nationalCampaign();
    const r = consolidate(contracts.slice(0, 3), reports.filter((e) => contracts.slice(0, 3).some((c) => c.reference === e.contract)));
    expect(r.success && ConsolidationSchema.safeParse(r.data).success).toBe(true);
  });

  it("does not consolidate a CALPAE, whose actions have no axis of the Pacte: execution.no_axis", () => {
    const year = calpae.years[0] ?? 2019;
    let thrown: unknown;
    try {
      consolidate([calpae], [generatedExecution(calpae, year, even)]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(PacteError);
    expect((thrown as PacteError).issues.map((i) => i.code)).toEqual(["execution.no_axis"]);
  });
});
