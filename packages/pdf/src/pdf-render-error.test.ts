import { describe, expect, it } from "vitest";
import { PDF_ISSUE_CODES, codePointLabel, pdfIssue } from "./pdf-issue";
import { PdfRenderError } from "./pdf-render-error";

describe("pdfIssue and PdfRenderError", () => {
  it("words every code in French and in English", () => {
    for (const code of PDF_ISSUE_CODES) {
      const fr = pdfIssue(code, ["body", 0], { character: "x", codePoint: "U+0078", fonts: ["Pacte Sans"] });
      const en = pdfIssue(code, ["body", 0], { character: "x", codePoint: "U+0078", fonts: ["Pacte Sans"] }, "en");
      expect(fr.message).not.toBe(en.message);
      expect(fr.message.length).toBeGreaterThan(20);
    }
  });

  it.each([
    ["pdf.missing_glyph", "error"],
    ["pdf.unknown_font", "warning"],
    ["pdf.unknown_ref", "warning"],
    ["pdf.image_invalid", "error"],
  ] as const)("gives %s the severity %s", (code, severity) => {
    expect(pdfIssue(code, []).severity).toBe(severity);
  });

  it("lists the issues in its message, with their paths", () => {
    const e = new PdfRenderError([pdfIssue("pdf.duplicate_field_id", ["body", 4, "signatories", 1, "fieldId"], { fieldId: "sig" })]);
    expect(e.name).toBe("PdfRenderError");
    expect(e.message).toMatchInlineSnapshot(`
      "PDF impossible à produire (1 problème) :
      body[4].signatories[1].fieldId  pdf.duplicate_field_id  Identifiant de champ de signature « sig » utilisé plusieurs fois : chaque signataire doit avoir le sien."
    `);
  });

  it("labels code points as U+XXXX", () => {
    expect(codePointLabel(0x1f600)).toBe("U+1F600");
    expect(codePointLabel(0x20)).toBe("U+0020");
  });
});
