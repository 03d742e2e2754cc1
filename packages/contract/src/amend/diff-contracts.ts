import type { Cents } from "@pacte/model";
import type { Contract } from "../contract";
import { ActionSchema, ContractInputSchema, type Action, type ParsedContractInput } from "../input";
import type { ContractChange, FundingChange } from "./contract-change";
import { deepEqual, isPlainObject } from "./internal/deep-equal";
import { inputOf } from "./internal/input-of";

/**
 * A version of a contract: a checked {@link Contract} or a parsed input.
 *
 * @example
 * const v: ContractVersion = parseContract(input);
 */
export type ContractVersion = Contract | ParsedContractInput;

const TOP_LEVEL_KEYS = Object.keys(ContractInputSchema.shape).filter((k) => k !== "actions");
const ACTION_KEYS = Object.keys(ActionSchema.shape).filter((k) => k !== "id" && k !== "funding");

function fieldChanges(before: unknown, after: unknown, path: (string | number)[], out: ContractChange[]): void {
  if (deepEqual(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const k of keys) fieldChanges(before[k], after[k], [...path, k], out);
    return;
  }
  const change: ContractChange = { kind: "field", path };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  out.push(change);
}

const byNumber = (a: number, b: number): number => a - b;
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Other partners' amounts of one year, summed by name. */
function othersByName(year: Action["funding"][string] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const o of year?.others ?? []) out.set(o.name, (out.get(o.name) ?? 0) + o.amount);
  return out;
}

function fundingChanges(a: Action, b: Action): FundingChange[] {
  const out: FundingChange[] = [];
  const years = [...new Set([...Object.keys(a.funding), ...Object.keys(b.funding)].map(Number))].sort(byNumber);
  for (const year of years) {
    const fa = a.funding[String(year)];
    const fb = b.funding[String(year)];
    for (const party of ["state", "collectivite"] as const) {
      const before = fa?.[party] ?? 0;
      const after = fb?.[party] ?? 0;
      if (before !== after) out.push({ kind: "funding", actionId: b.id, year, party, before: before as Cents, after: after as Cents });
    }
    const oa = othersByName(fa);
    const ob = othersByName(fb);
    for (const partner of [...new Set([...oa.keys(), ...ob.keys()])].sort(byCodeUnit)) {
      const before = oa.get(partner) ?? 0;
      const after = ob.get(partner) ?? 0;
      if (before !== after) {
        out.push({ kind: "funding", actionId: b.id, year, party: "other", partner, before: before as Cents, after: after as Cents });
      }
    }
  }
  return out;
}

function actionFieldChanges(a: Action, b: Action): ContractChange[] {
  const out: ContractChange[] = [];
  const record = a as unknown as Record<string, unknown>;
  const revised = b as unknown as Record<string, unknown>;
  for (const field of ACTION_KEYS) {
    if (deepEqual(record[field], revised[field])) continue;
    const change: ContractChange = { kind: "action-field", actionId: b.id, field };
    if (record[field] !== undefined) change.before = record[field];
    if (revised[field] !== undefined) change.after = revised[field];
    out.push(change);
  }
  return out;
}

/**
 * The differences from one version of a contract to another (checked contracts or parsed
 * inputs), in a stable order: first the fields outside the actions (in the input schema's
 * order, nested keys alphabetically), then the actions matched by id — those of `a` in its order
 * (removed, or their changed fields then their changed amounts by year, State, collectivity,
 * other partners by name), then those only in `b` (added) in its order. Moving an action
 * within the list is not a change. Pure; neither argument is modified.
 *
 * @example
 * diffContracts(base, revised)
 * //=> [{ kind: "funding", actionId: "A1", year: 2025, party: "state", before: 5000000, after: 4000000 }, …,
 * //    { kind: "action-added", actionId: "A13", index: 12, action: { … } }]
 */
export function diffContracts(a: ContractVersion, b: ContractVersion): ContractChange[] {
  const ia = inputOf(a);
  const ib = inputOf(b);
  const out: ContractChange[] = [];
  const ra = ia as unknown as Record<string, unknown>;
  const rb = ib as unknown as Record<string, unknown>;
  for (const key of TOP_LEVEL_KEYS) fieldChanges(ra[key], rb[key], [key], out);
  const extra = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].filter((k) => k !== "actions" && !TOP_LEVEL_KEYS.includes(k)).sort();
  for (const key of extra) fieldChanges(ra[key], rb[key], [key], out);

  const revisedById = new Map(ib.actions.map((action, index) => [action.id, { action, index }]));
  const baseIds = new Set<string>();
  ia.actions.forEach((action, index) => {
    baseIds.add(action.id);
    const revised = revisedById.get(action.id);
    if (revised === undefined) {
      out.push({ kind: "action-removed", actionId: action.id, index, action });
      return;
    }
    out.push(...actionFieldChanges(action, revised.action), ...fundingChanges(action, revised.action));
  });
  ib.actions.forEach((action, index) => {
    if (!baseIds.has(action.id)) out.push({ kind: "action-added", actionId: action.id, index, action });
  });
  return out;
}
