import { describe, expect, it } from "vitest";
import type { Issue } from "@pacte/model";
import { countIssues, formatIssuesText, toJsonIssues } from "./format-issues";

const issues: Issue[] = [
  { code: "input.syntax", path: [], message: "Erreur de syntaxe YAML ligne 3, colonne 1 : clé en double dans le même objet.", severity: "error", params: {}, location: { line: 3, column: 1 } },
  { code: "contract.parity", path: ["actions", 1, "funding", "2025"], message: "Parité non respectée…", severity: "error", params: {}, location: { line: 40, column: 7 } },
  { code: "contract.action_without_indicators", path: ["actions", 2], message: "L’action A3 n’a aucun indicateur…", severity: "warning", params: {} },
];

describe("formatIssuesText", () => {
  it("prints path, code and message in aligned columns, warnings marked", () => {
    const row = (path: string, code: string, message: string) => `  ${path.padEnd(32)}  ${code.padEnd(34)}  ${message}`;
    expect(formatIssuesText("contrat.yaml", issues)).toBe(
      [
        "contrat.yaml : invalide, 2 erreurs, 1 avertissement",
        row("(l. 3)", "input.syntax", "Erreur de syntaxe YAML ligne 3, colonne 1 : clé en double dans le même objet."),
        row("actions[1].funding[2025] (l. 40)", "contract.parity", "Parité non respectée…"),
        row("actions[2]", "contract.action_without_indicators", "avertissement : L’action A3 n’a aucun indicateur…"),
      ].join("\n"),
    );
  });

  it("says valid, with the warnings count", () => {
    expect(formatIssuesText("a.yaml", [])).toBe("a.yaml : valide");
    expect(formatIssuesText("a.yaml", issues.slice(2)).split("\n")[0]).toBe("a.yaml : valide (1 avertissement)");
    expect(formatIssuesText("a.yaml", [], "en")).toBe("a.yaml : valid");
  });
});

describe("toJsonIssues", () => {
  it("gives a stable shape", () => {
    expect(toJsonIssues("a.yaml", issues)).toEqual([
      { file: "a.yaml", path: "(racine)", code: "input.syntax", severity: "error", message: issues[0]?.message, line: 3, column: 1 },
      { file: "a.yaml", path: "actions[1].funding[2025]", code: "contract.parity", severity: "error", message: "Parité non respectée…", line: 40, column: 7 },
      { file: "a.yaml", path: "actions[2]", code: "contract.action_without_indicators", severity: "warning", message: issues[2]?.message, line: null, column: null },
    ]);
  });
});

describe("countIssues", () => {
  it.each([
    [[], "0 erreur"],
    [[{ severity: "error" }, { severity: "error" }], "2 erreurs"],
    [[{ severity: "warning" }], "1 avertissement"],
  ] as const)("%j → %s", (list, text) => {
    expect(countIssues(list)).toBe(text);
  });
});
