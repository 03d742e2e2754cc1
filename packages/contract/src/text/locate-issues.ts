import type { Issue } from "@pacte/issues";
import { readContractText } from "./internal/read-text";

/**
 * Gives each issue without a `location` the line and column where its path is written in a
 * YAML or JSON text — the nearest key written when the value is missing (`actions[5].id` → the
 * line of that `id:`), the start of the text otherwise — as {@link checkContractText} does for a
 * contract; for the issues of other inputs read from text (an execution report checked by
 * `@pacte/execution`). Issues that have a location keep it; none is changed in place.
 *
 * @example
 * locateIssues("year: 2024\nactions:\n  - id: A1.9\n", [{ code: "execution.unknown_action", path: ["actions", 0, "id"], message: "…", severity: "error", params: {} }])[0]?.location
 * //=> { line: 3, column: 5 }
 */
export function locateIssues(text: string, issues: readonly Issue[]): Issue[] {
  if (issues.every((i) => i.location !== undefined)) return [...issues];
  // JSON is YAML too: one reader finds places in both. The text was read (and refused if need be) before.
  const { locate } = readContractText(text, { format: "yaml" });
  return issues.map((issue) => {
    if (issue.location !== undefined) return issue;
    const at = locate(issue.path) ?? locate([]) ?? { line: 1, column: 1 };
    return { ...issue, location: { line: at.line, column: at.column } };
  });
}
