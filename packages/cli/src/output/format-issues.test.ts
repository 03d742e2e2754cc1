import type { Issue } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import { countIssues, formatIssuesText, issueLine, jsonFileReport } from "./format-issues";
import { terminalStyle } from "./terminal-style";

const issues: Issue[] = [
  { code: "input.syntax", path: [], message: "Erreur de syntaxe YAML ligne 3, colonne 1 : clé en double dans le même objet.", severity: "error", params: {}, location: { line: 3, column: 1 } },
  { code: "contract.parity", path: ["actions", 1, "funding", "2025"], message: "Parité non respectée…", severity: "error", params: {}, location: { line: 40, column: 7 } },
  { code: "contract.action_without_indicators", path: ["actions", 2], message: "L’action A3 n’a aucun indicateur…", severity: "warning", params: {} },
];

describe("formatIssuesText", () => {
  it("starts each issue line with file:line:col, then severity, code, path and message", () => {
    expect(formatIssuesText("contrat.yaml", issues)).toBe(
      [
        "contrat.yaml : invalide, 2 erreurs, 1 avertissement",
        "  contrat.yaml:3:1: erreur input.syntax : Erreur de syntaxe YAML ligne 3, colonne 1 : clé en double dans le même objet.",
        "  contrat.yaml:40:7: erreur contract.parity (actions[1].funding[2025]) : Parité non respectée…",
        "  contrat.yaml: avertissement contract.action_without_indicators (actions[2]) : L’action A3 n’a aucun indicateur…",
      ].join("\n"),
    );
  });

  it("says valid, with the warnings count, in both languages", () => {
    expect(formatIssuesText("a.yaml", [])).toBe("a.yaml : valide");
    expect(formatIssuesText("a.yaml", issues.slice(2)).split("\n")[0]).toBe("a.yaml : valide (1 avertissement)");
    expect(formatIssuesText("a.yaml", [], "en")).toBe("a.yaml: valid");
    expect(formatIssuesText("a.yaml", issues, "en").split("\n").slice(0, 2)).toEqual([
      "a.yaml: invalid, 2 errors, 1 warning",
      "  a.yaml:3:1: error input.syntax: Erreur de syntaxe YAML ligne 3, colonne 1 : clé en double dans le même objet.",
    ]);
  });

  it("wraps at word boundaries to a terminal's width, and colours there only", () => {
    const style = terminalStyle({ write: () => undefined, isTTY: true, columns: 50 }, { NO_COLOR: "1" });
    const text = formatIssuesText("contrat.yaml", issues.slice(1, 2), "fr", style);
    expect(text).toBe(["contrat.yaml : invalide, 1 erreur", "  contrat.yaml:40:7: erreur contract.parity", "      (actions[1].funding[2025]) : Parité non", "      respectée…"].join("\n"));
    const coloured = formatIssuesText("a.yaml", issues.slice(0, 1), "fr", terminalStyle({ write: () => undefined, isTTY: true, columns: 500 }, {}));
    expect(coloured).toContain("\u001b[31minvalide\u001b[39m");
    expect(coloured).toContain("\u001b[1ma.yaml:3:1:\u001b[22m \u001b[31merreur\u001b[39m");
  });

  it("gives one line per issue", () => {
    expect(issueLine("a.yaml", issues[1] as Issue, "en")).toBe("a.yaml:40:7: error contract.parity (actions[1].funding[2025]): Parité non respectée…");
  });
});

describe("jsonFileReport", () => {
  it("keeps the issues as the libraries give them", () => {
    expect(jsonFileReport("a.yaml", issues)).toEqual({ file: "a.yaml", valid: false, issues });
    expect(jsonFileReport("a.yaml", issues.slice(2)).valid).toBe(true);
  });
});

describe("countIssues", () => {
  it.each([
    [[], "0 erreur", "0 errors"],
    [[{ severity: "error" }, { severity: "error" }], "2 erreurs", "2 errors"],
    [[{ severity: "warning" }], "1 avertissement", "1 warning"],
  ] as const)("%j → %s", (list, fr, en) => {
    expect(countIssues(list)).toBe(fr);
    expect(countIssues(list, "en")).toBe(en);
  });
});
