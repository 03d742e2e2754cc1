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

  it("gives, for both formats together (prepared once), the bytes each format gives alone", async () => {
    const doc = contractToDocument(parseContract(creuseInput()));
    const [pdf, docx] = await renderDocumentFiles(doc, "a", { formats: ["pdf", "docx"] });
    const [pdfAlone] = await renderDocumentFiles(doc, "a", { formats: ["pdf"] });
    const [docxAlone] = await renderDocumentFiles(doc, "a", { formats: ["docx"] });
    expect(Buffer.from(pdf?.bytes ?? []).equals(Buffer.from(pdfAlone?.bytes ?? [1]))).toBe(true);
    expect(Buffer.from(docx?.bytes ?? []).equals(Buffer.from(docxAlone?.bytes ?? [1]))).toBe(true);
  });

  it("reports an invalid document's issues, once, whatever the formats", async () => {
    const doc = contractToDocument(parseContract(creuseInput()));
    const bad = { ...doc, body: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "a\u0007b" }] }, ...doc.body] };
    for (const formats of [["pdf", "docx"], ["docx"], ["pdf"]] as const) {
      const error = await renderDocumentFiles(bad, "a", { formats }).catch((e: unknown) => e);
      expect(renderErrorIssues(error)?.map((i) => i.code)).toEqual(["document.invalid_character"]);
    }
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
