import { describe, expect, it } from "vitest";
import { PACKAGES, sourceFiles } from "./source-files";

/** A type, interface or zod object whose body names `code`, `path` and `message`: an issue shape. */
const ISSUE_SHAPE = /(?:interface\s+(\w+)[^{]*|type\s+(\w+)\s*(?:<[^>]*>)?\s*=\s*|const\s+(\w+)\s*=\s*(?:\/\*[^*]*\*\/\s*)?z\.object\()\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g;

function issueShapes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ISSUE_SHAPE)) {
    const body = m[4] ?? "";
    if (/\bcode\??:/.test(body) && /\bpath\??:/.test(body) && /\bmessage\??:/.test(body)) out.push(m[1] ?? m[2] ?? m[3] ?? "?");
  }
  return out;
}

describe("one Issue definition", () => {
  it("recognises an issue shape", () => {
    expect(issueShapes("export interface PdfIssue {\n  readonly code: string;\n  readonly path: P;\n  readonly message: string;\n}")).toEqual(["PdfIssue"]);
    expect(issueShapes("export const IssueSchema = z.object({ code: z.string(), path: P, message: z.string() });")).toEqual(["IssueSchema"]);
    expect(issueShapes("export const IssueSchema = /* @__PURE__ */ z.object({ code: z.string(), path: P, message: z.string() });")).toEqual(["IssueSchema"]);
    expect(issueShapes("type Row = { code: string; label: string }")).toEqual([]);
  });

  it("is in @pacte/issues, and nowhere else", () => {
    const found: string[] = [];
    for (const pkg of PACKAGES) {
      for (const f of sourceFiles(pkg).filter((f) => !f.test)) for (const name of issueShapes(f.text)) found.push(`${pkg}/${f.path}: ${name}`);
    }
    expect(found).toEqual(["issues/issue.ts: IssueSchema"]);
  });
});
