import { contractToDocument, parseContract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { PacteError } from "@pacte/pdf";
import { describe, expect, it } from "vitest";
import { renderDocumentFiles, renderErrorIssues } from "./render-files";

describe("renderDocumentFiles", () => {
  it("renders each format asked, named after the base name", async () => {
    const files = await renderDocumentFiles(contractToDocument(parseContract(creuseInput())), "CLS-23", { formats: ["docx", "pdf"] });
    expect(files.map((f) => [f.format, f.name])).toEqual([
      ["docx", "CLS-23.docx"],
      ["pdf", "CLS-23.pdf"],
    ]);
    expect(files[1]?.pages).toBeGreaterThan(5);
  });
});

describe("renderErrorIssues", () => {
  it("reads a renderer's issues, and nothing from a bug", () => {
    const issue = { code: "pdf.missing_glyph", path: ["body", 3], message: "Aucune police…", severity: "error" as const, params: {} };
    expect(renderErrorIssues(new PacteError([issue]))).toEqual([issue]);
    expect(renderErrorIssues(new TypeError("x"))).toBeUndefined();
    expect(renderErrorIssues(null)).toBeUndefined();
  });
});
