import { describe, expect, it } from "vitest";
import { CLI_ISSUE_CODES, cliIssue } from "./cli-issue";

describe("cliIssue", () => {
  it.each(CLI_ISSUE_CODES.map((c) => [c]))("%s has a French and an English message", (code) => {
    const params = { key: "k", line: 3, column: 4, detail: "d", tag: "!x", max: 10, size: 20, received: "vide", allowed: ["a"], format: "yaml" };
    const fr = cliIssue(code, [], params, "fr").message;
    const en = cliIssue(code, [], params, "en").message;
    expect(fr).not.toBe("");
    expect(en).not.toBe(fr);
    expect(fr).not.toMatch(/undefined|\[object/);
  });

  it("carries line and column, and the severity", () => {
    expect(cliIssue("input.syntax", [], { line: 3, column: 4, detail: "x" })).toMatchObject({ severity: "error", line: 3, column: 4 });
    expect(cliIssue("input.yaml_warning", [], { detail: "x" }).severity).toBe("warning");
  });
});
