import { ActionSchema, type ContractInput } from "../input";
import { clonePlain } from "../internal/clone";
import type { SheetActions } from "./sheet-to-actions";

type ActionInput = ContractInput["actions"][number];

/** The order of an action's keys in a contract input. */
const KEY_ORDER = Object.keys(ActionSchema.shape);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * What {@link mergeSheetActions} made: the contract's new list of actions, and the codes of the
 * actions updated (already in the contract), added, and removed (in the contract, not in the sheet).
 *
 * @example
 * const m: MergedActions = { actions: [], updated: ["A1.1"], added: [], removed: ["A4.1"] };
 */
export interface MergedActions {
  readonly actions: readonly ActionInput[];
  readonly updated: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/**
 * The actions of a contract once a sheet of actions is imported into it: the sheet's actions, in
 * the sheet's order, each keeping from the contract's action of the same code what its row leaves
 * empty or has no column for (indicators, objectives, a territory written in the contract…): a
 * filled cell replaces the contract's value, and the sheet's amounts replace the whole funding.
 * An action the sheet says is new loses the contract's reinforcement; a reinforcement of the same
 * kind keeps its detail. The contract's actions absent from the sheet are removed. `existing` is
 * the contract input's `actions` as read (anything else counts as none); nothing is mutated.
 *
 * @example
 * const merged = mergeSheetActions(input.actions, sheet);
 * merged.actions.find((a) => a.id === "A1.1")?.indicators //=> the contract's indicators of A1.1
 */
export function mergeSheetActions(existing: unknown, sheet: Pick<SheetActions, "actions">): MergedActions {
  const before = new Map<string, Record<string, unknown>>();
  for (const a of Array.isArray(existing) ? existing : []) if (isObject(a) && typeof a.id === "string" && !before.has(a.id)) before.set(a.id, a);
  const updated: string[] = [];
  const added: string[] = [];
  const actions = sheet.actions.map((imported) => {
    const old = before.get(imported.id);
    (old === undefined ? added : updated).push(imported.id);
    if (old === undefined) return imported;
    const merged: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(old)) merged[key] = clonePlain(value);
    for (const [key, value] of Object.entries(imported)) merged[key] = value;
    const oldReinforcement = old.reinforcement;
    if (imported.nature === "new") delete merged.reinforcement;
    else if (isObject(imported.reinforcement) && imported.reinforcement.detail === undefined && isObject(oldReinforcement) && oldReinforcement.kind === imported.reinforcement.kind && oldReinforcement.detail !== undefined) {
      merged.reinforcement = { ...imported.reinforcement, detail: oldReinforcement.detail };
    }
    const ordered: Record<string, unknown> = {};
    for (const key of KEY_ORDER) if (key in merged) ordered[key] = merged[key];
    for (const key of Object.keys(merged)) if (!(key in ordered)) ordered[key] = merged[key];
    return ordered as ActionInput;
  });
  const kept = new Set(sheet.actions.map((a) => a.id));
  const removed = [...before.keys()].filter((id) => !kept.has(id));
  return { actions, updated, added, removed };
}
