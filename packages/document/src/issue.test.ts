import { describe, expect, it } from "vitest";
import { IssueSchema, formatPath } from "./issue";

describe("formatPath", () => {
  it.each<[PropertyKey[], string]>([
    [["body", 12, "rows", 3, 2], "body[12].rows[3][2]"],
    [["body", 0, "content", 1, "text"], "body[0].content[1].text"],
    [["meta", "customProperties", "Réf. contrat"], 'meta.customProperties["Réf. contrat"]'],
    [["funding", "2026"], "funding[2026]"],
    [[3], "[3]"],
    [[], "(racine)"],
  ])("%j → %s", (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });

  it("names the root in English on request", () => {
    expect(formatPath([], "en")).toBe("(root)");
  });
});

describe("IssueSchema", () => {
  it("accepts an issue and refuses one without severity", () => {
    const issue = { code: "document.empty_body", path: ["body"], message: "…", severity: "warning", params: {} };
    expect(IssueSchema.parse(issue)).toEqual(issue);
    expect(IssueSchema.safeParse({ ...issue, severity: "info" }).success).toBe(false);
  });
});
