import { documentWords } from "@pacte/document";
import { beforeAll, describe, expect, it } from "vitest";
import { SIGNATURE_SPACE } from "./layout/signature-boxes";
import { renderPdf, renderPdfWithLayout } from "./default-fonts";
import type { RenderedPdf } from "./render-pdf";
import { hasTool, pdfFonts, pdfInfo, pdfStructure, pdfText, qpdfCheck, type PdfStructure } from "../test/pdf-tools";
import { sampleDocument } from "./test-support/sample-document";
import { firstMissingWord } from "./test-support/words-in-order";

const POPPLER = hasTool("pdftotext") && hasTool("pdffonts") && hasTool("pdfinfo");
const QPDF = hasTool("qpdf");
if (!POPPLER) console.warn("poppler-utils missing (apt-get install poppler-utils): PDF read-back tests skipped");
if (!QPDF) console.warn("qpdf missing (apt-get install qpdf): qpdf --check skipped");

const EPS = 0.01;
const latin1 = (bytes: Uint8Array): string => Array.from(bytes, (b) => String.fromCharCode(b)).join("");

describe("renderPdf — the sample contract", () => {
  const doc = sampleDocument();
  let out: RenderedPdf;
  let structure: PdfStructure;
  let pages: string[] = [];

  beforeAll(async () => {
    out = await renderPdfWithLayout(doc);
    structure = await pdfStructure(out.bytes);
    if (POPPLER) pages = pdfText(out.bytes);
  });

  it("renders several pages without warnings", () => {
    expect(out.warnings).toEqual([]);
    expect(out.layout.pages.length).toBeGreaterThanOrEqual(7);
    expect(structure.pageCount).toBe(out.layout.pages.length);
  });

  it.skipIf(!QPDF)("passes qpdf --check", () => {
    const r = qpdfCheck(out.bytes);
    expect(r.output).toContain("No syntax or stream encoding errors found");
    expect(r.output).not.toMatch(/WARNING/i);
    expect(r.status).toBe(0);
  });

  it.skipIf(!POPPLER)("embeds every font, as a subset with a Unicode map", () => {
    const fonts = pdfFonts(out.bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) {
      expect(f.name).toMatch(/^[A-Z]{6}\+PacteSans/);
      expect(f).toMatchObject({ type: "CID TrueType", embedded: true, subset: true, unicode: true });
    }
  });

  it.skipIf(!POPPLER)("carries the metadata: title, author, subject, keywords, producer, dates, A4", () => {
    const info = pdfInfo(out.bytes);
    expect(info).toMatchObject({
      Title: doc.meta.title,
      Author: "Préfecture de la Creuse",
      Subject: doc.meta.subject,
      Keywords: "Pacte des solidarités, contrat local des solidarités",
      Producer: "@pacte/pdf",
      Pages: String(out.layout.pages.length),
      Encrypted: "no",
    });
    expect(info.CreationDate).toContain("2024");
    expect(info["Page size"]).toContain("595.28 x 841.89");
    expect(structure.lang).toBe("fr-FR");
  });

  it("is PDF/A-2a and PDF/UA-1: XMP pdfaid part 2 conformance A, pdfuaid part 1, sRGB output intent, structure tree, trailer /ID", () => {
    const text = latin1(out.bytes);
    expect(text).toMatch(/pdfaid:part(>|=")2/);
    expect(text).toMatch(/pdfaid:conformance(>|=")A/);
    expect(text).toMatch(/pdfuaid:part(>|=")1/);
    expect(structure.catalogKeys).toEqual(
      expect.arrayContaining(["/OutputIntents", "/Metadata", "/Lang", "/Outlines", "/AcroForm", "/StructTreeRoot", "/MarkInfo", "/ViewerPreferences"]),
    );
    expect(text).toMatch(/\/ID \[ ?<[0-9A-Fa-f]{32}> <[0-9A-Fa-f]{32}> ?\]/);
    expect(text).not.toContain("/Encrypt");
  });

  it.skipIf(!POPPLER)("holds every word of the document, in reading order", () => {
    // Signature blocks read role, quality, "Fait à <place>, le <date>", name (documentWords puts
    // the place last): they are checked block by block.
    // Physical layout mode, so that table rows read across.
    const withoutSignatures = { ...doc, body: doc.body.filter((b) => b.type !== "signatures") };
    const text = pdfText(out.bytes, true).join("\n");
    expect(firstMissingWord(documentWords(withoutSignatures), text)).toBeUndefined();
    for (const b of doc.body) {
      if (b.type !== "signatures") continue;
      for (const s of b.signatories) {
        const words = [s.role, s.quality, s.place ?? "", s.name].join(" ").split(/\s+/);
        expect(firstMissingWord(words, text)).toBeUndefined();
      }
    }
  });

  it.skipIf(!POPPLER)("prints “Page X sur Y” in every footer and the header from page 2 on", () => {
    const n = pages.length;
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} sur ${n}`);
      if (i > 0) expect(text).toContain("Contrat local des solidarités — Creuse");
    });
    expect(pages[0]).not.toContain("Contrat local des solidarités — Creuse");
  });

  it("reports the face of each run: the bold and the italic of the text, Pacte Sans regular elsewhere", () => {
    const texts = out.layout.pages.flatMap((p) => p.texts);
    const face = (word: string) => texts.filter((t) => t.text.includes(word)).map((t) => `${t.fontFamily} ${t.fontStyle}`);
    expect(face("engagent")).toContain("Pacte Sans bold");
    expect(face("financiers")).toContain("Pacte Sans italic");
    expect(new Set(texts.map((t) => t.fontFamily))).toEqual(new Set(["Pacte Sans"]));
    expect(texts.filter((t) => t.fontStyle === "regular").length).toBeGreaterThan(texts.length / 2);
  });

  it("places no glyph outside the text area (body) or the printable area (header, footer)", () => {
    const { textArea: t, printableArea: p } = out.layout;
    for (const page of out.layout.pages) {
      for (const g of page.texts) {
        const area = g.region === "body" ? t : p;
        expect(g.x).toBeGreaterThanOrEqual(area.x - EPS);
        expect(g.x + g.width).toBeLessThanOrEqual(area.x + area.width + EPS);
        expect(g.y).toBeGreaterThanOrEqual(area.y - EPS);
        expect(g.y + g.height).toBeLessThanOrEqual(area.y + area.height + EPS);
      }
    }
  });

  it("mirrors the headings in the outline (titles, levels, pages)", () => {
    const listed = out.layout.headings.filter((h) => h.listed);
    expect(structure.outline.map((o) => o.title)).toEqual(listed.map((h) => h.title));
    expect(structure.outline.map((o) => o.depth)).toEqual(listed.map((h) => h.level - 1));
    expect(structure.outline.map((o) => o.pageIndex)).toEqual(listed.map((h) => h.pageIndex));
  });

  it.skipIf(!POPPLER)("prints in the table of contents the pages where the headings landed", () => {
    const toc = out.layout.tocNumbers;
    expect(toc.size).toBe(out.layout.headings.filter((h) => h.level <= 2).length);
    for (const h of out.layout.headings) {
      if (h.level > 2) continue;
      expect(toc.get(h.id)).toBe(h.pageIndex + 1);
    }
    const lines = pdfText(out.bytes, true)[0]?.split("\n") ?? [];
    for (const h of out.layout.headings.filter((x) => x.level <= 2)) {
      const spaced = (t: string) => t.replace(/[\u00A0\u202F]/g, " ");
      const line = lines.find((l) => spaced(l).includes(spaced(h.title)) && /(\. ?){3,}/.test(l));
      expect(line, h.title).toBeDefined();
      expect(line?.trim().endsWith(` ${h.pageIndex + 1}`)).toBe(true);
    }
    // Every entry is a link to its heading's page.
    const tocLinks = structure.links.filter((l) => l.pageIndex === 0 && l.destPage !== undefined);
    expect(tocLinks.map((l) => l.destPage)).toEqual(expect.arrayContaining(out.layout.headings.filter((h) => h.level <= 2).map((h) => h.pageIndex)));
  });

  it("links references to their heading and external links to their address", () => {
    const art4 = out.layout.headings.find((h) => h.id === "art-4");
    // On page 1: the table of contents entry and the reference in the preamble.
    const placed = out.layout.pages[0]?.links.filter((l) => l.targetId === "art-4") ?? [];
    expect(placed).toHaveLength(2);
    for (const link of placed) {
      const read = structure.links.find((l) => l.pageIndex === 0 && Math.abs((l.rect[0] ?? 0) - link.rect.x) < EPS && Math.abs((l.rect[1] ?? 0) - link.rect.y) < EPS);
      expect(read?.destPage).toBe(art4?.pageIndex);
    }
    expect(structure.links.filter((l) => l.uri === "https://www.legifrance.gouv.fr")).toHaveLength(1);
  });

  it("puts one empty signature field over each signatory's signing space, side by side on one page", () => {
    const fields = out.layout.signatureFields;
    expect(fields.map((f) => f.name)).toEqual(["signature-etat", "signature-departement"]);
    expect(structure.signatureFields.map((f) => f.name)).toEqual(["signature-etat", "signature-departement"]);
    for (const f of fields) {
      const read = structure.signatureFields.find((s) => s.name === f.name);
      expect(read?.pageIndex).toBe(f.pageIndex);
      const [x1, y1, x2, y2] = read?.rect ?? [0, 0, 0, 0];
      expect(x1).toBeCloseTo(f.rect.x, 2);
      expect(y1).toBeCloseTo(f.rect.y, 2);
      expect(x2).toBeCloseTo(f.rect.x + f.rect.width, 2);
      expect(y2).toBeCloseTo(f.rect.y + f.rect.height, 2);
      expect(f.rect.height).toBe(SIGNATURE_SPACE);
    }
    const [a, b] = fields;
    expect(a?.pageIndex).toBe(b?.pageIndex);
    expect(a?.rect.y).toBeCloseTo(b?.rect.y ?? 0, 6);
    expect((a?.rect.x ?? 0) + (a?.rect.width ?? 0)).toBeLessThan(b?.rect.x ?? 0);
  });

  it.skipIf(!POPPLER)("repeats the annex table's header rows at the top of every page it continues on", () => {
    const annex = out.layout.headings.find((h) => h.id === "annexe-1");
    const tablePages = pdfText(out.bytes, true).slice((annex?.pageIndex ?? 0) + 1);
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const text of tablePages) {
      const body = text.split("\n").filter((l) => l.trim() !== "" && !l.includes("Contrat local"));
      expect(body[0]).toMatch(/No\s+Action\s+Axe\s+État\s+Département/); // « N° » with a superscript « o »
    }
  });

  it("never leaves a heading at the bottom of a page", () => {
    for (const h of out.layout.headings) {
      const page = out.layout.pages[h.pageIndex];
      const below = page?.texts.filter((t) => t.region === "body" && t.y + t.height < h.top - 30) ?? [];
      expect(below.length, h.title).toBeGreaterThan(0);
    }
  });

  it("gives the same bytes for the same input, whatever was rendered before", async () => {
    await renderPdf({ meta: { title: "Autre", createdAt: "2023-01-01" }, body: [{ type: "paragraph", content: [{ type: "text", text: "Œuvre ÿ ŧ" }] }] });
    const again = await renderPdf(sampleDocument());
    expect(Buffer.from(again).equals(Buffer.from(out.bytes))).toBe(true);
  });
});
