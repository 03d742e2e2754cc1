import { contractToDocument, parseContract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { describe, expect, it } from "vitest";
import { inProcessDocumentRenderer } from "./document-renderer";

describe("inProcessDocumentRenderer", () => {
  it("renders, or returns the issues that stop the render", async () => {
    const document = contractToDocument(parseContract(creuseInput()));
    const ok = await inProcessDocumentRenderer({ kind: "document", document }, "CLS-23", { formats: ["docx"] });
    expect(ok.ok && ok.files.map((f) => f.name)).toEqual(["CLS-23.docx"]);
    const broken = await inProcessDocumentRenderer({ kind: "document", document: { ...document, meta: { ...document.meta, title: "" } } }, "x", { formats: ["pdf"] });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues.length).toBeGreaterThan(0);
  });

  it("throws a bug instead of returning it", async () => {
    const document = contractToDocument(parseContract(creuseInput()));
    await expect(inProcessDocumentRenderer({ kind: "document", document }, "x", { formats: ["odt" as never] })).rejects.toThrow("format inattendu : odt");
  });
});
