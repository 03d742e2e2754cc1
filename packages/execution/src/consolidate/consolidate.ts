import { addAmounts, PartyAmountsSchema, type Contract } from "@pacte/contract";
import { closestMatch, formatPath, resultOf, type Issue, type Result } from "@pacte/issues";
import { AxisNumberSchema, CentsSchema, getRegion, sumCents, type Cents } from "@pacte/model";
import { z } from "zod";
import { settleExecution, type ExecutionSettlement } from "../compute/settle-execution";
import { ActionStatusSchema } from "../execution-input";
import type { Execution } from "../execution";
import { EXECUTION_ISSUES } from "../messages";
import type { ExecutionOptions } from "../validate-execution";

/**
 * The kind of collectivity a contract is signed with: a collectivity with departmental powers
 * (`"collectivite"`: départements, Corse, Alsace, Lyon, Paris…) or a métropole.
 *
 * @example
 * CollectiviteKindSchema.parse("metropole") //=> "metropole"
 */
export const CollectiviteKindSchema = z.enum(["collectivite", "metropole"]);
/**
 * `"collectivite"` or `"metropole"`.
 *
 * @example
 * const kind: CollectiviteKind = contract.collectivite.kind;
 */
export type CollectiviteKind = z.infer<typeof CollectiviteKindSchema>;

/**
 * Money of a group of reports: committed and spent by party, and the settlement's amounts summed
 * — the State's due, what was paid before the reports, the balances, the money recovered,
 * carried over, waived and released. Exact integer cents.
 *
 * @example
 * consolidation.total.balance //=> 3687125
 */
export const ConsolidatedAmountsSchema = z.object({
  reports: z.number().int().min(0),
  committed: PartyAmountsSchema,
  spent: PartyAmountsSchema,
  stateDue: CentsSchema,
  paidBeforeReport: CentsSchema,
  balance: CentsSchema,
  recovered: CentsSchema,
  carriedOver: CentsSchema,
  waived: CentsSchema,
  released: CentsSchema,
});
/**
 * Money of a group of reports. See {@link ConsolidatedAmountsSchema}.
 *
 * @example
 * const t: ConsolidatedAmounts = consolidation.total; // t.committed.total >= t.spent.total (when nobody overspent)
 */
export type ConsolidatedAmounts = z.infer<typeof ConsolidatedAmountsSchema>;

/**
 * One action of one report, flat, for a spreadsheet: the contract, its collectivity, kind and
 * region, the year, the action with its axis and status, committed, spent and the State's due.
 *
 * @example
 * consolidation.rows[0] //=> { contract: "CLS-23-2024-001", collectivite: "Département de la Creuse", kind: "collectivite", regionCode: "75", region: "Nouvelle-Aquitaine", year: 2024, actionId: "A1.1", axis: 1, status: "completed", committed: {…}, spent: {…}, stateDue: 3850000 }
 */
export const ConsolidationRowSchema = z.object({
  contract: z.string(),
  collectivite: z.string(),
  kind: CollectiviteKindSchema,
  regionCode: z.string(),
  region: z.string(),
  year: z.number().int(),
  actionId: z.string(),
  title: z.string(),
  axis: AxisNumberSchema,
  status: ActionStatusSchema,
  committed: PartyAmountsSchema,
  spent: PartyAmountsSchema,
  stateDue: CentsSchema,
});
/**
 * One action of one report, flat. See {@link ConsolidationRowSchema}.
 *
 * @example
 * const row: ConsolidationRow | undefined = consolidation.rows[0];
 */
export type ConsolidationRow = z.infer<typeof ConsolidationRowSchema>;

/**
 * An indicator summed across contracts: those that share a référentiel code (the indicator's
 * `id` in the contract), per year — the number of reports that give it, the sum of their targets
 * and of their values (an indicator without an `id` is local and is not summed).
 *
 * @example
 * consolidation.indicators[0] //=> { code: "places-creche", label: "Places réservées", unit: "places", year: 2024, reports: 2, target: 60, value: 55 }
 */
export const ConsolidatedIndicatorSchema = z.object({
  code: z.string(),
  label: z.string(),
  unit: z.string(),
  year: z.number().int(),
  reports: z.number().int().min(0),
  target: z.number(),
  value: z.number(),
});
/**
 * An indicator summed across contracts. See {@link ConsolidatedIndicatorSchema}.
 *
 * @example
 * const i: ConsolidatedIndicator | undefined = consolidation.indicators[0];
 */
export type ConsolidatedIndicator = z.infer<typeof ConsolidatedIndicatorSchema>;

/**
 * The national consolidation of execution reports: totals, by year, by axis, by region, by kind
 * of collectivity and by contract, committed against spent, the indicators that share a
 * référentiel code, and one flat row per action of each report. Every group's amounts are sums
 * of the reports' own settlements, to the cent, so each grouping sums to `total`.
 *
 * @example
 * const r = consolidate(contracts, reports);
 * if (r.success) r.data.byYear.map((y) => y.year) //=> [2024, 2025]
 */
export const ConsolidationSchema = z.object({
  contracts: z.number().int().min(0),
  years: z.array(z.number().int()),
  total: ConsolidatedAmountsSchema,
  byYear: z.array(ConsolidatedAmountsSchema.extend({ year: z.number().int() })),
  byAxis: z.array(z.object({ axis: AxisNumberSchema, actions: z.number().int(), committed: PartyAmountsSchema, spent: PartyAmountsSchema, stateDue: CentsSchema })),
  byRegion: z.array(ConsolidatedAmountsSchema.extend({ regionCode: z.string(), region: z.string(), contracts: z.number().int() })),
  byKind: z.array(ConsolidatedAmountsSchema.extend({ kind: CollectiviteKindSchema, contracts: z.number().int() })),
  byContract: z.array(ConsolidatedAmountsSchema.extend({ contract: z.string(), collectivite: z.string(), kind: CollectiviteKindSchema, region: z.string() })),
  indicators: z.array(ConsolidatedIndicatorSchema),
  rows: z.array(ConsolidationRowSchema),
});
/**
 * The national consolidation. See {@link ConsolidationSchema}.
 *
 * @example
 * const r = consolidate(contracts, reports);
 * const c: Consolidation | undefined = r.success ? r.data : undefined;
 */
export type Consolidation = z.infer<typeof ConsolidationSchema>;

interface Settled {
  readonly contract: Contract;
  readonly execution: Execution;
  readonly settlement: ExecutionSettlement;
  readonly regionCode: string;
  readonly region: string;
}

function amountsOf(list: readonly Settled[]): ConsolidatedAmounts {
  const sum = (f: (s: ExecutionSettlement) => Cents): Cents => sumCents(list.map((x) => f(x.settlement)));
  return {
    reports: list.length,
    committed: addAmounts(list.map((x) => x.settlement.committed)),
    spent: addAmounts(list.map((x) => x.settlement.spent)),
    stateDue: sum((s) => s.stateDue),
    paidBeforeReport: sum((s) => s.paidBeforeReport),
    balance: sum((s) => s.balance),
    recovered: sum((s) => s.recovered),
    carriedOver: sum((s) => s.carriedOver),
    waived: sum((s) => s.waived),
    released: sum((s) => s.released),
  };
}

/** Groups in the order of their sorted keys. */
function groupBy<K extends string | number, T>(list: readonly T[], key: (t: T) => K): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const t of list) {
    const k = key(t);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [t]);
    else g.push(t);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The contracts and reports paired, or the issues of those that cannot be. */
function pair(contracts: readonly Contract[], reports: readonly Execution[], lang: ExecutionOptions["lang"]): { pairs: [Contract, Execution][]; issues: Issue[] } {
  const issues: Issue[] = [];
  const options = lang === undefined ? {} : { lang };
  const byRef = new Map<string, Contract>();
  const firstContract = new Map<string, number>();
  contracts.forEach((c, k) => {
    const first = firstContract.get(c.reference);
    if (first !== undefined) issues.push(EXECUTION_ISSUES.issue("consolidation.duplicate_contract", ["contracts", k], { received: c.reference, firstPath: formatPath(["contracts", first], lang) }, options));
    else {
      firstContract.set(c.reference, k);
      byRef.set(c.reference, c);
    }
  });
  const seen = new Map<string, number>();
  const pairs: [Contract, Execution][] = [];
  reports.forEach((r, k) => {
    const contract = byRef.get(r.contract);
    if (contract === undefined) {
      const suggestion = closestMatch(r.contract, byRef.keys());
      issues.push(EXECUTION_ISSUES.issue("consolidation.unknown_contract", ["reports", k, "contract"], { received: r.contract, year: r.year, ...(suggestion === undefined ? {} : { suggestion }) }, options));
      return;
    }
    const key = `${r.contract}\u0000${r.year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(EXECUTION_ISSUES.issue("consolidation.duplicate_report", ["reports", k], { contract: r.contract, year: r.year, firstPath: formatPath(["reports", first], lang) }, options));
      return;
    }
    seen.set(key, k);
    pairs.push([contract, r]);
  });
  return { pairs, issues };
}

function indicatorsOf(settled: readonly Settled[]): ConsolidatedIndicator[] {
  const found = settled.flatMap((x) =>
    x.settlement.byAction.flatMap((a) => {
      const action = x.contract.actions.find((c) => c.id === a.actionId);
      return a.indicators.flatMap((i) => {
        const code = action?.indicators?.[i.index]?.id;
        return code === undefined ? [] : [{ code, year: x.settlement.year, result: i }];
      });
    }),
  );
  return groupBy(found, (f) => `${f.code}\u0000${String(f.year).padStart(4, "0")}`).map(([, group]) => {
    const first = group[0];
    if (first === undefined) throw new Error("unreachable: a group is never empty");
    return {
      code: first.code,
      label: first.result.label,
      unit: first.result.unit,
      year: first.year,
      reports: group.filter((g) => g.result.value !== undefined).length,
      target: group.reduce((t, g) => t + (g.result.target ?? 0), 0),
      value: group.reduce((t, g) => t + (g.result.value ?? 0), 0),
    };
  });
}

/**
 * Consolidates checked execution reports with their contracts, nationally: each report is
 * settled (`settleExecution`, with the same `options`) and the settlements are summed — total, by
 * year, by axis, by region (the région of the contract's département), by kind of collectivity,
 * by contract — with the indicators that share a référentiel code and a flat row per action.
 * Exact integer cents: every grouping sums to `total`, and `total` is the sum of the reports' own
 * settlements. The result does not depend on the order of the inputs: rows come by contract
 * reference, then year, then the contract's order of actions. Reports are matched to contracts by reference; a report without its contract
 * (`consolidation.unknown_contract`), a second report for the same contract and year
 * (`consolidation.duplicate_report`) or a contract given twice (`consolidation.duplicate_contract`)
 * makes it fail, with every such issue at once.
 *
 * @example
 * const r = consolidate([creuse, bordeaux], [creuse2024, bordeaux2024, creuse2025]);
 * r.success && r.data.total.reports //=> 3
 * r.success && r.data.byKind.map((k) => k.kind) //=> ["collectivite", "metropole"]
 */
export function consolidate(contracts: readonly Contract[], reports: readonly Execution[], options: ExecutionOptions = {}): Result<Consolidation> {
  const { pairs, issues } = pair(contracts, reports, options.lang);
  // In the order of the references, then the years: the consolidation does not depend on the order of its inputs.
  const ordered = [...pairs].sort(([a, x], [b, y]) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : x.year - y.year));
  const settled: Settled[] = ordered.map(([contract, execution]) => {
    const regionCode = contract.state.departement.regionCode;
    return { contract, execution, settlement: settleExecution(execution, contract, options), regionCode, region: getRegion(regionCode)?.name ?? regionCode };
  });
  const actions = settled.flatMap((x) => x.settlement.byAction.map((a) => ({ x, a })));
  const rows: ConsolidationRow[] = actions.map(({ x, a }) => ({
    contract: x.contract.reference,
    collectivite: x.contract.collectivite.name,
    kind: x.contract.collectivite.kind,
    regionCode: x.regionCode,
    region: x.region,
    year: x.settlement.year,
    actionId: a.actionId,
    title: a.title,
    axis: a.axis,
    status: a.status,
    committed: a.committed,
    spent: a.spent,
    stateDue: a.stateDue,
  }));
  const consolidation: Consolidation = {
    contracts: new Set(settled.map((x) => x.contract.reference)).size,
    years: [...new Set(settled.map((x) => x.settlement.year))].sort((a, b) => a - b),
    total: amountsOf(settled),
    byYear: groupBy(settled, (x) => x.settlement.year).map(([year, group]) => ({ year, ...amountsOf(group) })),
    byAxis: groupBy(actions, ({ a }) => a.axis).map(([axis, group]) => ({
      axis,
      actions: group.length,
      committed: addAmounts(group.map(({ a }) => a.committed)),
      spent: addAmounts(group.map(({ a }) => a.spent)),
      stateDue: sumCents(group.map(({ a }) => a.stateDue)),
    })),
    byRegion: groupBy(settled, (x) => x.regionCode).map(([regionCode, group]) => ({
      regionCode,
      region: group[0]?.region ?? regionCode,
      contracts: new Set(group.map((x) => x.contract.reference)).size,
      ...amountsOf(group),
    })),
    byKind: groupBy(settled, (x) => x.contract.collectivite.kind).map(([kind, group]) => ({ kind, contracts: new Set(group.map((x) => x.contract.reference)).size, ...amountsOf(group) })),
    byContract: groupBy(settled, (x) => x.contract.reference).map(([contract, group]) => ({
      contract,
      collectivite: group[0]?.contract.collectivite.name ?? contract,
      kind: group[0]?.contract.collectivite.kind ?? "collectivite",
      region: group[0]?.region ?? "",
      ...amountsOf(group),
    })),
    indicators: indicatorsOf(settled),
    rows,
  };
  return resultOf(consolidation, issues);
}
