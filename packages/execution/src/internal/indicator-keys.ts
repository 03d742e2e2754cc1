// How a report names an action's indicators: by the indicator's `id` in the contract when it has
// one, else by its label (compared after trimming and folding runs of spaces).
import type { Action } from "@pacte/contract";

const norm = (s: string): string => s.trim().replace(/\s+/g, " ");

/** The name a report gives each of the action's indicators, in the contract's order. */
export function indicatorKeys(action: Action): string[] {
  return (action.indicators ?? []).map((i) => i.id ?? i.label);
}

/** The index in the contract of the indicator a report calls `name`: by id first, then by label. */
export function matchIndicator(action: Action, name: string): number | undefined {
  const list = action.indicators ?? [];
  const wanted = norm(name);
  const byId = list.findIndex((i) => i.id !== undefined && norm(i.id) === wanted);
  if (byId >= 0) return byId;
  const byLabel = list.findIndex((i) => norm(i.label) === wanted);
  return byLabel >= 0 ? byLabel : undefined;
}
