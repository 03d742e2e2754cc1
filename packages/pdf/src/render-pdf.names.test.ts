// Names as people write them: Vietnamese, polytonic Greek, Cyrillic, symbols, combining accents.
import { documentOf, p, signatures } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { hasTool, pdfFonts, pdfText, qpdfCheck } from "../test/pdf-tools";
import { renderPdf } from "./default-fonts";
import { FONT_STYLES } from "./fonts/font-family";
import { FontStack } from "./fonts/font-stack";
import { loadPacteSansExtended } from "./fonts/load-pacte-sans-extended";
import { pacteSans } from "./fonts/pacte-sans";
import { PacteError } from "@pacte/issues";
import { NAMES, namesDocument } from "./test-support/names-document";

const POPPLER = hasTool("pdftotext") && hasTool("pdffonts");

describe("names as people write them", () => {
  it.skipIf(!POPPLER)("prints Vietnamese, Greek and Cyrillic names and ∞, read back by pdftotext, every font embedded", async () => {
    const bytes = await renderPdf(namesDocument());
    const text = pdfText(bytes).join("\n").normalize("NFC");
    for (const name of [...NAMES, "∞", "≤", "±", "‰", "→"]) expect(text).toContain(name);
    const fonts = pdfFonts(bytes);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual(
      expect.arrayContaining(["PacteSans", "PacteSans-Bold", "PacteSansExtended", "PacteSansExtended-Bold"]),
    );
    for (const f of fonts) expect([f.name, f.embedded, f.subset, f.unicode]).toEqual([f.name, true, true, true]);
    expect(qpdfCheck(bytes).status).toBe(0);
  });

  it.skipIf(!POPPLER)("composes a name typed with combining accents (NFC) and prints it", async () => {
    const typed = "Nguye\u0302\u0303n Thi\u0323 Lo\u0302\u0323c";
    const bytes = await renderPdf(documentOf({ meta: { title: "T", createdAt: "2024-03-12" }, body: [p(typed)] }));
    expect(pdfText(bytes).join("\n")).toContain("Nguyễn Thị Lộc");
  });

  it.skipIf(!POPPLER)("loads Pacte Sans Extended only when the text needs it: a French document embeds Pacte Sans alone", async () => {
    const names = (b: Uint8Array): string => pdfFonts(b).map((f) => f.name).join(" ");
    const french = await renderPdf(documentOf({ meta: { title: "T", createdAt: "2024-03-12" }, body: [p("Le préfet : 1\u202F234,56\u00A0€ ∞")] }));
    const greek = await renderPdf(documentOf({ meta: { title: "T", createdAt: "2024-03-12" }, body: [p("Ἀλέξανδρος")] }));
    expect(names(french)).toMatch(/\+PacteSans$/);
    expect(names(greek)).toMatch(/\+PacteSansExtended/);
  });

  it("refuses an Arabic name with the document's issue, before any font is looked at", async () => {
    const doc = documentOf({ meta: { title: "T", createdAt: "2024-03-12" }, body: [signatures({ role: "Pour l’État", quality: "Le préfet", name: "محمد", fieldId: "s" })] });
    const e = await renderPdf(doc).catch((x: unknown) => x);
    expect(PacteError.is(e) && e.issues.map((i) => [i.code, i.path.join("."), i.params.script])).toEqual([["document.unsupported_character", "body.0.signatories.0.name", "Arabic"]]);
  });

  it("refuses a right-to-left override in a signatory's place — dropped by the PDF before, kept by the DOCX — with the DOCX's code", async () => {
    const doc = documentOf({ meta: { title: "T", createdAt: "2024-03-12" }, body: [signatures({ role: "Pour l’État", quality: "Le préfet", name: "Anne Martin", place: "Guéret\u202E", fieldId: "s" })] });
    const e = await renderPdf(doc).catch((x: unknown) => x);
    expect(PacteError.is(e) && e.issues.map((i) => [i.code, i.path.join("."), i.params.kind])).toEqual([["document.invisible_character", "body.0.signatories.0.place", "bidi"]]);
  });
});

describe("the shipped fonts", () => {
  it("draw every character of the documents' repertoire, in every style, and are renamed as the OFL requires", async () => {
    const stack = FontStack.create("Pacte Sans", [pacteSans(), await loadPacteSansExtended()]);
    const { REPERTOIRE_RANGES } = await import("../../document/src/internal/repertoire");
    const WITHOUT_GLYPH = new Set([0xad, 0x200b, 0x2060]);
    const missing: string[] = [];
    for (let i = 0; i < REPERTOIRE_RANGES.length; i += 2) {
      for (let cp = REPERTOIRE_RANGES[i] ?? 0; cp <= (REPERTOIRE_RANGES[i + 1] ?? -1); cp++) {
        if (WITHOUT_GLYPH.has(cp)) continue;
        for (const style of FONT_STYLES) if (!stack.resolve(cp, style)) missing.push(`${cp.toString(16)} ${style}`);
      }
    }
    expect(missing).toEqual([]);
    for (const face of stack.faces) {
      expect(face.metrics.postscriptName).toMatch(/^PacteSans(Extended)?(-|$)/);
      expect(`${face.metrics.familyName} ${face.metrics.postscriptName}`).not.toMatch(/Liberation|Arimo/);
    }
  });
});
