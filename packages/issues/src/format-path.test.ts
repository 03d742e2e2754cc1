import { describe, expect, it } from "vitest";
import { formatPath } from "./format-path";

describe("formatPath", () => {
  it.each([
    [["actions", 3, "funding", "2026", "state"], "actions[3].funding[2026].state"],
    [["body", 12, "rows", 3, 2], "body[12].rows[3][2]"],
    [["collectivite"], "collectivite"],
    [[0, "a"], "[0].a"],
    [["a b", "c"], '["a b"].c'],
    [["état"], '["état"]'],
    [["meta", "customProperties", "Réf. contrat"], 'meta.customProperties["Réf. contrat"]'],
  ] as const)("%j → %s", (path, printed) => {
    expect(formatPath(path)).toBe(printed);
  });

  it("names the root in the message's language", () => {
    expect(formatPath([])).toBe("(racine)");
    expect(formatPath([], "en")).toBe("(root)");
  });
});
