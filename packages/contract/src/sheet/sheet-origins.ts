import type { Issue, IssuePath } from "@pacte/issues";
import { columnLetter, type SheetPosition } from "./sheet-table";

/**
 * Where a value of a contract input came from in a sheet: its path in the input
 * (`["actions", 2, "funding", "2025", "state"]`) and its cell.
 *
 * @example
 * const origin: SheetOrigin = { path: ["actions", 0, "title"], at: { sheet: "Actions", row: 2, column: 3 } };
 */
export interface SheetOrigin {
  readonly path: IssuePath;
  readonly at: SheetPosition;
}

const same = (a: IssuePath, b: IssuePath): boolean => a.length === b.length && a.every((s, i) => String(s) === String(b[i]));
const startsWith = (path: IssuePath, prefix: IssuePath): boolean => prefix.length <= path.length && prefix.every((s, i) => String(s) === String(path[i]));

/**
 * The cell an input path came from: the origin of that very path; else the first origin below it
 * (an issue at `actions[1].funding[2025]` points at the row's first amount of 2025, an issue at
 * `actions[1]` at its code); else the nearest origin above it. A path about the whole list
 * (`actions`) or the whole input is at no cell.
 *
 * @example
 * originOf([{ path: ["actions", 0, "id"], at }], ["actions", 0]) //=> at
 */
export function originOf(origins: readonly SheetOrigin[], path: IssuePath): SheetPosition | undefined {
  const exact = origins.find((o) => same(o.path, path));
  if (exact !== undefined) return exact.at;
  if (path.length > 1) {
    const below = origins.find((o) => startsWith(o.path, path));
    if (below !== undefined) return below.at;
  }
  let best: SheetOrigin | undefined;
  for (const o of origins) if (startsWith(path, o.path) && o.path.length > 0 && (best === undefined || o.path.length > best.path.length)) best = o;
  return best?.at;
}

/**
 * Points issues found on a contract input built from a sheet (by `validateContract`, or by a
 * rule) at the cells their values came from: each issue whose path leads to an origin gets the
 * cell's `location` (row and column) and the `sheet` and `cell` params that a sheet issue has
 * (see `sheetIssueAddress`); the others are returned unchanged. Nothing is mutated.
 *
 * @example
 * locateSheetIssues(validateContract(input).issues, origins)[0]?.params.cell //=> "K3"
 */
export function locateSheetIssues(issues: readonly Issue[], origins: readonly SheetOrigin[]): Issue[] {
  return issues.map((issue) => {
    const at = originOf(origins, issue.path);
    if (at === undefined) return issue;
    const where = { ...(at.sheet !== undefined ? { sheet: at.sheet } : {}), cell: `${columnLetter(at.column)}${at.row}` };
    return { ...issue, params: { ...issue.params, ...where }, location: { line: at.row, column: at.column } };
  });
}
