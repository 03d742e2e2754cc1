import { readFileSync } from "node:fs";
import type { Block, Document } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { renderPdf, renderPdfWithLayout } from "./default-fonts";
import { pacteSans } from "./fonts/pacte-sans";
import { renderPdf as corePdf, type RenderPdfOptions } from "./render-pdf";
import { PacteError } from "@pacte/issues";
import { hasTool, pdfFonts, pdfStructure, pdfText } from "../test/pdf-tools";
import { testPng } from "./test-support/png";
import { firstMissingWord } from "./test-support/words-in-order";

const POPPLER = hasTool("pdftotext") && hasTool("pdffonts");
const meta = { title: "Essai", createdAt: "2024-03-12" } as const;
const docOf = (body: Block[], extra: Partial<Document> = {}): Document => ({ meta, body, ...extra });
const para = (text: string, extra: Partial<Extract<Block, { type: "paragraph" }>> = {}): Block => ({
  type: "paragraph",
  content: [{ type: "text", text }],
  ...extra,
});
const latin1 = (bytes: Uint8Array): string => Array.from(bytes, (b) => String.fromCharCode(b)).join("");

async function errorOf(render: Promise<unknown>): Promise<PacteError> {
  try {
    await render;
  } catch (e) {
    if (e instanceof PacteError) return e;
    throw e;
  }
  throw new Error("expected a PacteError");
}
const renderError = (doc: Document, options = {}): Promise<PacteError> => errorOf(renderPdf(doc, options));
const coreError = (doc: Document, options: RenderPdfOptions): Promise<PacteError> => errorOf(corePdf(doc, options));

describe("renderPdf — characters and fonts", () => {
  it("refuses a character outside the documents' repertoire (an emoji) with the document's issue, before any layout", async () => {
    const e = await renderError(docOf([para("ok"), { type: "paragraph", content: [{ type: "text", text: "Bravo 😀 !" }] }]));
    expect(e.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["document.unsupported_character", "body.1.content.0.text"]]);
  });

  it("reports a character the given fonts lack (core: no shipped font) with what was typed, its code point and its path", async () => {
    const e = await coreError(docOf([para("ok"), para("Nguye\u0302\u0303n")]), { fonts: [pacteSans()] });
    expect(e.issues).toEqual([
      expect.objectContaining({
        code: "pdf.missing_glyph",
        path: ["body", 1, "content", 0, "text"],
        severity: "error",
        params: { character: "ễ", codePoint: "U+1EC5", fonts: ["Pacte Sans"], typedBase: "e", typedCodePoints: ["U+0065", "U+0302", "U+0303"] },
      }),
    ]);
    expect(e.message).toMatchInlineSnapshot(`
      "PDF impossible à produire (1 problème) :
      body[1].content[0].text  pdf.missing_glyph  Caractère saisi « e » + U+0302 + U+0303 (U+0065 suivi d’accents combinants), composé en « ễ » (U+1EC5), absent des polices Pacte Sans : remplacez-le ou ajoutez une police qui le contient (option fonts)."
    `);
  });

  it("names « ê » + a combining accent as typed, not as the « ế » it composes", async () => {
    const e = await coreError(docOf([para("J\u00EA\u0301")]), { fonts: [pacteSans()] });
    expect(e.issues[0]?.params).toMatchObject({ character: "ế", typedBase: "ê", typedCodePoints: ["U+00EA", "U+0301"] });
    expect(e.issues[0]?.message).toMatch(/^Caractère saisi « ê » \+ U\+0301/);
  });

  it("speaks English on request", async () => {
    const e = await coreError(docOf([para("Дмитрий")]), { lang: "en", fonts: [pacteSans()] });
    expect(e.message).toContain('Character "Д" (U+0414) is in none of the fonts Pacte Sans');
  });

  it("throws the document's validation issues for an invalid document", async () => {
    const e = await renderError({ meta: { title: "", createdAt: "2024-02-30" }, body: [] } as Document);
    expect(e.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["document.missing_title"]));
    expect(e.issues.every((i) => i.severity === "error")).toBe(true);
  });

  it("throws the theme's issues at theme paths, as the DOCX renderer does, instead of zod's error", async () => {
    const e = await renderError(docOf([para("a")]), { theme: { colors: { text: "rouge" } } });
    expect(e.issues[0]).toMatchObject({ code: "document.invalid_theme", path: ["theme", "colors", "text"] });
  });

  it.skipIf(!POPPLER)("draws U+2011 with a hyphen, French spaces with their own glyphs, and keeps them unbroken", async () => {
    const { bytes } = await renderPdfWithLayout(docOf([para("porte\u2011monnaie «\u202Fguillemets\u202F» 1\u202F234,56\u00A0€ ; ’")]));
    const text = pdfText(bytes)[0] ?? "";
    expect(text).toContain("porte-monnaie"); // (U+2011 drawn with the hyphen-minus glyph: search and copy read « - »)
    expect(text).toContain("guillemets");
    expect(text).toMatch(/1.234,56.€/);
  });

  it.skipIf(!POPPLER)("falls back to Pacte Sans with a warning for an unknown font family", async () => {
    const { bytes, warnings } = await renderPdfWithLayout(docOf([para("Bonjour")]), { theme: { fontFamily: "Comic Sans" } });
    expect(warnings.map((w) => w.code)).toEqual(["pdf.unknown_font"]);
    expect(pdfFonts(bytes)[0]?.name).toMatch(/\+PacteSans$/);
  });

  it.skipIf(!POPPLER)("draws with a family given in options.fonts (an entitled team's font)", async () => {
    const dir = new URL("../../../node_modules/dejavu-fonts-ttf/ttf/", import.meta.url);
    const font = (f: string): Uint8Array => new Uint8Array(readFileSync(new URL(f, dir)));
    const family = { name: "DejaVu Sans", regular: font("DejaVuSans.ttf"), bold: font("DejaVuSans-Bold.ttf"), italic: font("DejaVuSans-Oblique.ttf"), boldItalic: font("DejaVuSans-BoldOblique.ttf") };
    const doc = docOf([{ type: "paragraph", content: [{ type: "text", text: "Écrit en " }, { type: "text", text: "DejaVu ∞", bold: true }] }]);
    const { bytes, warnings } = await renderPdfWithLayout(doc, { theme: { fontFamily: "DejaVu Sans" }, fonts: [family] });
    expect(warnings).toEqual([]);
    const names = pdfFonts(bytes).map((f) => f.name.replace(/^[A-Z]{6}\+/, ""));
    expect(names.sort()).toEqual(["DejaVuSans", "DejaVuSans-Bold"]);
    expect(pdfText(bytes)[0]).toContain("DejaVu ∞");
  });
});

describe("renderPdf — text", () => {
  const long = Array.from({ length: 60 }, (_, i) => `administration${i % 7 === 0 ? "s" : ""} départementale`).join(" ");

  it.skipIf(!POPPLER)("hyphenates French words only when asked", async () => {
    const narrow = { page: { margins: { left: 200, right: 200 } } };
    const plain = await renderPdfWithLayout(docOf([para(long, { align: "justify" })], narrow));
    const hyphenated = await renderPdfWithLayout(docOf([para(long, { align: "justify" })], narrow), { hyphenate: true });
    const hyphens = (r: typeof plain): string[] => r.layout.pages.flatMap((p) => p.texts.filter((t) => t.text === "-").map((t) => t.text));
    expect(hyphens(plain)).toEqual([]);
    expect(hyphens(hyphenated).length).toBeGreaterThan(0);
    // poppler joins words hyphenated at a line end: every word reads back whole.
    expect(firstMissingWord(long.split(" "), pdfText(hyphenated.bytes).join("\n"))).toBeUndefined();
  });

  it("justifies lines to the full width, except the last one", async () => {
    const { layout } = await renderPdfWithLayout(docOf([para(long, { align: "justify" })]));
    const texts = layout.pages[0]?.texts.filter((t) => t.region === "body") ?? [];
    const lines = new Map<number, { left: number; right: number }>();
    for (const t of texts) {
      const key = Math.round(t.y * 100);
      const l = lines.get(key) ?? { left: Infinity, right: -Infinity };
      lines.set(key, { left: Math.min(l.left, t.x), right: Math.max(l.right, t.x + t.width) });
    }
    const sorted = [...lines.entries()].sort((a, b) => b[0] - a[0]).map(([, v]) => v);
    const { x, width } = layout.textArea;
    sorted.slice(0, -1).forEach((l) => {
      expect(l.left).toBeCloseTo(x, 3);
      expect(l.right).toBeCloseTo(x + width, 3);
    });
    expect(sorted[sorted.length - 1]?.right).toBeLessThan(x + width - 1);
  });

  it("avoids widows and orphans: a paragraph split over two pages keeps two lines on each", async () => {
    const paragraphs = Array.from({ length: 40 }, (_, k) => para(Array.from({ length: 10 + (k % 5) * 30 }, (_, j) => `P${k}w${j}`).join(" ")));
    const { layout } = await renderPdfWithLayout(docOf(paragraphs));
    const linesOf = new Map<string, number[]>(); // paragraph → page of each of its lines
    for (const page of layout.pages) {
      const seen = new Set<string>();
      for (const t of page.texts) {
        const m = /^P(\d+)w/.exec(t.text);
        if (!m || t.region !== "body") continue;
        const key = `${m[1]}@${Math.round(t.y * 100)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const list = linesOf.get(m[1] ?? "") ?? [];
        list.push(page.index);
        linesOf.set(m[1] ?? "", list);
      }
    }
    let split = 0;
    for (const pagesOfLines of linesOf.values()) {
      const first = pagesOfLines[0];
      const onFirst = pagesOfLines.filter((p) => p === first).length;
      if (onFirst === pagesOfLines.length) continue;
      split++;
      expect(onFirst).toBeGreaterThanOrEqual(2);
      expect(pagesOfLines.length - onFirst).toBeGreaterThanOrEqual(2);
    }
    expect(split).toBeGreaterThan(0);
  });

  it.skipIf(!POPPLER)("cuts a 5 000-character word between characters and loses none", async () => {
    const word = "anticonstitutionnellement".repeat(200);
    const { bytes, layout } = await renderPdfWithLayout(docOf([para(`avant ${word} après`)]));
    const text = pdfText(bytes).join("").replace(/\s/g, "");
    expect(text).toContain(`avant${word}après`);
    for (const t of layout.pages.flatMap((p) => p.texts)) expect(t.x + t.width).toBeLessThanOrEqual(layout.textArea.x + layout.textArea.width + 0.01);
  });

  it.skipIf(!POPPLER)("fills page number fields in the body and in footers", async () => {
    const body: Block[] = [
      { type: "paragraph", content: [{ type: "text", text: "Ici page " }, { type: "field", field: "pageNumber" }, { type: "text", text: " de " }, { type: "field", field: "pageCount" }] },
      { type: "pageBreak" },
      { type: "paragraph", content: [{ type: "text", text: "Là page " }, { type: "field", field: "pageNumber" }] },
    ];
    const pages = pdfText(await renderPdf(docOf(body)));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("Ici page 1 de 2");
    expect(pages[1]).toContain("Là page 2");
    expect(pages[1]).toContain("Page 2 sur 2");
  });
});

describe("renderPdf — pages, tables, images", () => {
  it("lays A4 landscape out when asked", async () => {
    const { layout } = await renderPdfWithLayout(docOf([para("Paysage")], { page: { orientation: "landscape" } }));
    expect([layout.pageWidth, layout.pageHeight]).toEqual([841.89, 595.28]);
  });

  it("refuses margins that leave no room for text", async () => {
    const e = await renderError(docOf([para("x")], { page: { margins: { left: 270, right: 270 } } }));
    expect(e.issues[0]).toMatchObject({ code: "document.page_too_small", path: ["page", "margins"] });
  });

  it("moves a keep-together group whole to the next page", async () => {
    const filler = Array.from({ length: 12 }, (_, i) => para(`Paragraphe ${i} `.repeat(30)));
    const group: Block = { type: "keepTogether", blocks: [para("GROUPE-DEBUT"), para("milieu ".repeat(80)), para("GROUPE-FIN")] };
    const { layout } = await renderPdfWithLayout(docOf([...filler, group]));
    const pageOf = (word: string): number | undefined => layout.pages.find((p) => p.texts.some((t) => t.text === word))?.index;
    expect(pageOf("GROUPE-DEBUT")).toBe(pageOf("GROUPE-FIN"));
  });

  it("splits a table row taller than a page, continuing under the repeated header, and never splits short rows", async () => {
    const tall = Array.from({ length: 150 }, (_, i) => `ligne${i}`).join("\n");
    const table: Block = {
      type: "table",
      columns: [{ width: { pt: 80 } }, {}],
      header: [[{ content: [{ type: "text", text: "ENTETE" }] }, { content: [{ type: "text", text: "Détail" }] }]],
      rows: [
        [{ content: [{ type: "text", text: "court" }] }, { content: [{ type: "text", text: "une ligne" }] }],
        [{ content: [{ type: "text", text: "long" }] }, { content: tall.split("\n").flatMap((l, i) => (i === 0 ? [{ type: "text" as const, text: l }] : [{ type: "lineBreak" as const }, { type: "text" as const, text: l }])) }],
        [{ content: [{ type: "text", text: "après" }] }, { content: [{ type: "text", text: "fin" }] }],
      ],
      totals: [],
    };
    const { layout } = await renderPdfWithLayout(docOf([table]));
    expect(layout.pages.length).toBeGreaterThanOrEqual(3);
    for (const page of layout.pages) {
      const body = page.texts.filter((t) => t.region === "body");
      const top = Math.max(...body.map((t) => t.y + t.height));
      expect(body.find((t) => t.text === "ENTETE")?.y).toBeGreaterThan(top - 20);
    }
    const lines = layout.pages.flatMap((p) => p.texts.filter((t) => /^ligne\d+$/.test(t.text)).map((t) => t.text));
    expect(lines).toEqual(Array.from({ length: 150 }, (_, i) => `ligne${i}`));
    const cells = layout.pages.flatMap((p) => p.boxes.filter((b) => b.kind === "cell").map((b) => ({ ...b, page: p.index })));
    for (const b of cells) expect(b.y).toBeGreaterThanOrEqual(layout.textArea.y - 0.01);
  });

  it("renders a 1 000-row table over many pages with its header on each", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [{ content: [{ type: "text" as const, text: `R${i}` }] }, { content: [{ type: "text" as const, text: `${i * 3} €` }], align: "right" as const }]);
    const table: Block = { type: "table", columns: [{}, { width: { pt: 90 } }], header: [[{ content: [{ type: "text", text: "Ligne" }] }, { content: [{ type: "text", text: "Montant" }] }]], rows, totals: [[{ content: [{ type: "text", text: "Total" }] }, { content: [{ type: "text", text: "—" }] }]] };
    const { layout } = await renderPdfWithLayout(docOf([table]));
    expect(layout.pages.length).toBeGreaterThan(20);
    for (const page of layout.pages) expect(page.texts.some((t) => t.text === "Ligne")).toBe(true);
    const seen = layout.pages.flatMap((p) => p.texts.filter((t) => /^R\d+$/.test(t.text)).map((t) => t.text));
    expect(seen).toHaveLength(1000);
  });

  it("embeds images at their size and reports their box", async () => {
    const png = testPng(200, 100);
    const doc = docOf([{ type: "image", data: png, mimeType: "image/png", alt: "Logo", width: 150, align: "center" }]);
    const { layout, bytes } = await renderPdfWithLayout(doc);
    const box = layout.pages[0]?.boxes.find((b) => b.kind === "image");
    expect(box).toMatchObject({ width: 150, height: 75 });
    expect(box?.x).toBeCloseTo(layout.textArea.x + (layout.textArea.width - 150) / 2, 6);
    expect(latin1(bytes)).toContain("/Subtype /Image");
  });

  it("is not PDF/A when pdfa is false, and still carries title and language", async () => {
    const bytes = await renderPdf(docOf([para("Sans PDF/A")]), { pdfa: false });
    const text = latin1(bytes);
    expect(text).not.toContain("pdfaid");
    expect(text).not.toContain("/OutputIntents");
    const s = await pdfStructure(bytes);
    expect(s.lang).toBe("fr-FR");
  });

  it("names signature fields after the field ids, one per signatory, even alone", async () => {
    const doc = docOf([{ type: "signatures", signatories: [{ role: "Pour l’État", quality: "Le préfet", name: "A. B.", fieldId: "sig.prefet" }] }]);
    const { layout, bytes } = await renderPdfWithLayout(doc);
    const s = await pdfStructure(bytes);
    expect(s.signatureFields.map((f) => f.name)).toEqual(["sig.prefet"]);
    // a lone signatory signs on the right half
    expect(layout.signatureFields[0]?.rect.x).toBeGreaterThan(layout.textArea.x + layout.textArea.width / 2);
  });
});
