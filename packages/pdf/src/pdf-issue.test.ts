import { describe, expect, it } from "vitest";
import { PDF_ISSUE_CODES, codePointLabel, pdfIssue } from "./pdf-issue";
import { PacteError } from "@pacte/issues";
import { pacteSans } from "./fonts/pacte-sans";
import { renderPdf } from "./render-pdf";

describe("pdfIssue and PacteError", () => {
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
    ["pdf.toc_unstable", "warning"],
    ["pdf.image_invalid", "error"],
  ] as const)("gives %s the severity %s", (code, severity) => {
    expect(pdfIssue(code, []).severity).toBe(severity);
  });

  it("renderPdf throws the one PacteError, its issues listed with their paths", async () => {
    const caught = await renderPdf({ meta: { title: "T", createdAt: "2024-01-01" }, body: [{ type: "paragraph", content: [{ type: "text", text: "Ω" }] }] }, { fonts: [pacteSans()] }).catch((e: unknown) => e);
    expect(PacteError.is(caught)).toBe(true);
    const e = caught as PacteError;
    expect(e.issues.map((i) => i.code)).toEqual(["pdf.missing_glyph"]);
    expect(e.message.split("\n")[0]).toBe("PDF impossible à produire (1 problème) :");
    expect(e.message.split("\n")[1]).toMatch(/^body\[0\]\.content\[0\]\.text {2}pdf\.missing_glyph {2}Caractère « Ω »/);
  });

  it("lists the issues in its message, with their paths", () => {
    const e = new PacteError([pdfIssue("pdf.image_invalid", ["body", 4, "data"], { mimeType: "image/png", reason: "CRC faux" })], {
      heading: { fr: "PDF impossible à produire", en: "Cannot produce the PDF" },
    });
    expect(e.name).toBe("PacteError");
    expect(e.message).toMatchInlineSnapshot(`
      "PDF impossible à produire (1 problème) :
      body[4].data  pdf.image_invalid  Image illisible (image/png) : CRC faux. Fournissez un fichier PNG ou JPEG valide."
    `);
  });

  it("labels code points as U+XXXX", () => {
    expect(codePointLabel(0x1f600)).toBe("U+1F600");
    expect(codePointLabel(0x20)).toBe("U+0020");
  });
});
