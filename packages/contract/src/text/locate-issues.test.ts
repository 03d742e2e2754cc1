import type { Issue } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import { locateIssues } from "./locate-issues";

const issue = (path: Issue["path"], location?: Issue["location"]): Issue => ({ code: "x", path, message: "…", severity: "error", params: {}, ...(location === undefined ? {} : { location }) });

const TEXT = "contract: CLS-1\nyear: 2024\nactions:\n  - id: A1.1\n    spent: { state: 10, collectivite: 12 }\n  - { id: A1.9, status: completed }\n";

describe("locateIssues", () => {
  it.each([
    [["year"], { line: 2, column: 1 }],
    [["actions", 0, "id"], { line: 4, column: 5 }],
    [["actions", 0, "spent", "collectivite"], { line: 5, column: 25 }],
    [["actions", 1, "id"], { line: 6, column: 7 }],
    [["actions", 1, "spent", "state"], { line: 6, column: 5 }],
    [["actions", 7], { line: 3, column: 1 }],
    [[], { line: 1, column: 1 }],
  ] as const)("places %j at %j (the nearest key written)", (path, at) => {
    expect(locateIssues(TEXT, [issue([...path])])[0]?.location).toEqual(at);
  });

  it("keeps a location already there, finds places in JSON too, and changes nothing in place", () => {
    const given = [issue(["year"], { line: 9, column: 9 }), issue(["b"])];
    const out = locateIssues('{\n  "a": 1,\n  "b": [2]\n}\n', given);
    expect(out.map((i) => i.location)).toEqual([{ line: 9, column: 9 }, { line: 3, column: 3 }]);
    expect(given[1]?.location).toBeUndefined();
  });

  it("falls back to the first line of a text that is not a map", () => {
    expect(locateIssues("", [issue(["a"])])[0]?.location).toEqual({ line: 1, column: 1 });
  });
});
