// The tagged PDF (PDF/UA-1), proved with our structure checker and with poppler: « Tagged: yes »,
// the structure tree's text in the order pdftotext reads the content (artifacts aside), the
// elements the issue asks for, descriptions of links and fields, PDF/A-2a identification.
import { cell, documentOf, h1, h2, h3, image, link, list, p, ref, signatures, table, toc, type Document } from "@pacte/document";
import { beforeAll, describe, expect, it } from "vitest";
import { checkTaggedPdf, stripArtifacts, type StructElementInfo, type TaggedPdfReport } from "./check";
import { renderPdf, renderPdfWithLayout } from "./default-fonts";
import { PDFArray, PDFDict, PDFDocument, PDFName } from "./internal/pdf-lib";
import type { RenderedPdf } from "./render-pdf";
import { structureLevels } from "./tagging/document-tags";
import { hasTool, pdfInfo, pdfStructText, pdfText } from "../test/pdf-tools";
import { testPng } from "./test-support/png";
import { sampleDocument } from "./test-support/sample-document";

const POPPLER = hasTool("pdfinfo") && hasTool("pdftotext");
if (!POPPLER) console.warn("poppler-utils missing (apt-get install poppler-utils): the tagged PDF's read-back by poppler is skipped");

const latin1 = (bytes: Uint8Array): string => Array.from(bytes, (b) => String.fromCharCode(b)).join("");
const words = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== "");
const all = (e: StructElementInfo | null, test: (e: StructElementInfo) => boolean): StructElementInfo[] =>
  e === null ? [] : [...(test(e) ? [e] : []), ...e.children.flatMap((c) => all(c, test))];
const role = (r: string) => (e: StructElementInfo) => e.role === r;

/**
 * The text of the structure tree as `pdfinfo -struct-text` prints it and the text `pdftotext`
 * reads in the content without its artifacts, both without white space (poppler prints each
 * marked-content run of an element apart, so its spaces are not the document's): the
 * characters, in order.
 */
async function popplerReadings(bytes: Uint8Array, mode: "raw" | "reading"): Promise<{ tree: string; content: string; contentWords: string[] }> {
  const squash = (s: string): string => s.replace(/\s+/gu, "");
  const extracted = pdfText(await stripArtifacts(bytes), mode).join(" ");
  return { tree: squash(pdfStructText(bytes).join("")), content: squash(extracted), contentWords: words(extracted) };
}

/** Where two texts (or word lists) part, with a little context, or undefined. */
function firstDifference<T extends string | readonly string[]>(a: T, b: T): { at: number; tree: T; content: T } | undefined {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return { at: i, tree: a.slice(Math.max(0, i - 30), i + 30) as T, content: b.slice(Math.max(0, i - 30), i + 30) as T };
  }
  return undefined;
}

describe("renderPdf — a tagged PDF (PDF/UA-1) of the sample contract", () => {
  const doc = sampleDocument({ annexRows: 90 });
  let out: RenderedPdf;
  let report: TaggedPdfReport;
  let pdf: PDFDocument;

  beforeAll(async () => {
    out = await renderPdfWithLayout(doc);
    report = await checkTaggedPdf(out.bytes);
    pdf = await PDFDocument.load(out.bytes, { updateMetadata: false });
  });

  it("passes the structure checker", () => {
    expect(report.failures).toEqual([]);
  });

  it.skipIf(!POPPLER)("is « Tagged: yes » for pdfinfo, with or without PDF/A; « no » only when asked", async () => {
    expect(pdfInfo(out.bytes)).toMatchObject({ Tagged: "yes", Suspects: "no" });
    expect(pdfInfo(await renderPdf(doc, { pdfa: false }))).toMatchObject({ Tagged: "yes" });
    expect(pdfInfo(await renderPdf(doc, { tagged: false }))).toMatchObject({ Tagged: "no" });
  });

  it.skipIf(!POPPLER)("gives, in pdfinfo -struct-text, the text pdftotext reads in the content, apart from artifacts, in the same order", async () => {
    // pdftotext -raw reads the content in the order it is drawn; the tree must hold every word of
    // it (page headers, footers, leaders, repeated table headers aside), once, in that order.
    const { tree, content, contentWords } = await popplerReadings(out.bytes, "raw");
    expect(tree.length).toBeGreaterThan(10_000);
    expect(firstDifference(tree, content)).toBeUndefined();
    // Word for word too, with our own reading of the tree (inline elements joined, blocks apart):
    // every line of the content ends with a word break, none glues two words.
    expect(firstDifference(words(report.text), contentWords)).toBeUndefined();
    // And the artifacts are what is left out: pdftotext reads them in the full file.
    const full = pdfText(out.bytes, "raw").join(" ");
    expect(full).toContain("Page 2 sur");
    expect(tree).not.toContain("Page2sur");
  });

  it("holds one H1–H6 per heading, at its level, in document order", () => {
    const headings = all(report.root, (e) => /^H[1-6]$/.test(e.role));
    const levels = structureLevels(out.layout.headings);
    expect(headings.map((h) => [h.role, h.text])).toEqual(out.layout.headings.map((h) => [`H${levels.get(h.id)}`, h.title]));
    expect(headings.filter((h) => h.role === "H1").length).toBe(3);
    expect(headings.filter((h) => h.role === "H2").length).toBe(12);
  });

  it("holds one Table per table — the annex over several pages too — with TH cells (Scope Column) for every header cell, and the header rows once", () => {
    const tables = all(report.root, role("Table"));
    expect(tables).toHaveLength(2);
    const annex = tables[1];
    if (!annex) throw new Error("no annex table");
    const pages = new Set(out.layout.pages.filter((pg) => pg.texts.some((t) => t.text.startsWith("Repérage"))).map((pg) => pg.index));
    expect(pages.size).toBeGreaterThan(1);
    expect(annex.children.map((c) => c.role)).toEqual(["Caption", "THead", "TBody", "TFoot"]);
    const head = annex.children[1];
    expect(all(head ?? null, role("TH")).map((th) => [th.scope, th.text])).toEqual([
      // (« N° » is set as N with a raised o, which the text reads as « No ».)
      ["Column", "No"],
      ["Column", "Action"],
      ["Column", "Axe"],
      ["Column", "État"],
      ["Column", "Département"],
    ]);
    expect(all(annex, role("TH"))).toHaveLength(5); // not once per page
    expect(all(annex.children[2] ?? null, role("TR"))).toHaveLength(90);
    expect(all(annex.children[3] ?? null, role("TD"))[0]).toMatchObject({ colSpan: 3, text: "Total des actions" });
  });

  it("holds a TOC with one TOCI per entry, each a Link to its heading that reads the title then the page", () => {
    const tocs = all(report.root, role("TOC"));
    expect(tocs).toHaveLength(1);
    const entries = tocs[0]?.children ?? [];
    expect(entries.map((e) => e.role)).toEqual(Array.from({ length: out.layout.tocNumbers.size }, () => "TOCI"));
    const first = entries[0]?.children[0];
    expect(first).toMatchObject({ role: "Link", annotations: ["Link"] });
    expect(first?.text).toBe(`Préambule ${out.layout.tocNumbers.get("preambule")}`);
  });

  it("holds a Form element for each signature field, described in French, in each signatory's block, read in document order", () => {
    const forms = all(report.root, role("Form"));
    expect(forms).toHaveLength(out.layout.signatureFields.length);
    expect(forms.every((f) => f.annotations.join() === "Widget")).toBe(true);
    const blocks = all(report.root, (e) => e.role === "Div" && e.children.some((c) => c.role === "Form"));
    expect(blocks.map((b) => b.children.map((c) => (c.role === "Form" ? "[Form]" : c.text.replace(/[\u00A0\u202F]/g, " "))))).toEqual([
      ["Pour l’État", "La préfète de la Creuse", "Fait à Guéret, le 12 mars 2024", "[Form]", "Anne Martin"],
      ["Pour le département", "Le président du conseil départemental", "Fait à Guéret, le 14 mars 2024", "[Form]", "Jean Dupont"],
    ]);
    const tu = pdf
      .getForm()
      .getFields()
      .map((f) => (f.acroField.dict.lookup(PDFName.of("TU")) as { decodeText(): string } | undefined)?.decodeText());
    expect(tu).toEqual(["Signature de la préfète de la Creuse, Anne Martin", "Signature du président du conseil départemental, Jean Dupont"]);
  });

  it("puts every link in a Link element with its annotation, described where it goes; pages with annotations have /Tabs /S", () => {
    const links = all(report.root, role("Link")).filter((l) => l.annotations.length > 0);
    const annotationCount = out.layout.pages.reduce((n, pg) => n + pg.links.length, 0);
    expect(links.reduce((n, l) => n + l.annotations.length, 0)).toBe(annotationCount);
    const contents = pdf.getPages().flatMap((page) => {
      const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
      return (annots?.asArray() ?? []).map((_, i) => annots?.lookupMaybe(i, PDFDict)).filter((a) => a?.lookup(PDFName.of("Subtype")) === PDFName.of("Link"));
    });
    const text = (a: PDFDict | undefined) => (a?.lookup(PDFName.of("Contents")) as { decodeText(): string } | undefined)?.decodeText();
    expect(contents.map(text)).toContain("Légifrance – lien vers https://www.legifrance.gouv.fr");
    expect(contents.map(text)).toContain(`Aller à\u00A0: Article 4 – Actions contractualisées (page ${(out.layout.headings.find((h) => h.id === "art-4")?.pageIndex ?? 0) + 1})`);
    for (const page of pdf.getPages()) {
      if ((page.node.lookupMaybe(PDFName.of("Annots"), PDFArray)?.size() ?? 0) > 0) expect(page.node.lookup(PDFName.of("Tabs"))).toBe(PDFName.of("S"));
    }
  });

  it("gives the logo a Figure with its alternative text and its box", () => {
    const figures = all(report.root, role("Figure"));
    expect(figures.map((f) => f.alt)).toEqual(["Logo de la préfecture (exemple)"]);
  });

  it("declares PDF/A-2a with pdfuaid part 1 (declared by an extension schema); PDF/A-2b without tagging; pdfuaid alone without PDF/A", async () => {
    const xmp = (bytes: Uint8Array) => latin1(bytes).slice(latin1(bytes).indexOf("<?xpacket begin"), latin1(bytes).indexOf("<?xpacket end"));
    const a = xmp(out.bytes);
    expect(a).toContain("<pdfaid:conformance>A</pdfaid:conformance>");
    expect(a).toContain("<pdfuaid:part>1</pdfuaid:part>");
    expect(a).toContain("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>");
    const b = xmp(await renderPdf(doc, { tagged: false }));
    expect(b).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
    expect(b).not.toContain("pdfuaid");
    const plain = xmp(await renderPdf(doc, { pdfa: false }));
    expect(plain).toContain("<pdfuaid:part>1</pdfuaid:part>");
    expect(plain).not.toContain("pdfaid:");
    expect(plain).not.toContain("pdfaExtension");
  });

  it("writes no structure when tagged is false", async () => {
    const untagged = await PDFDocument.load(await renderPdf(doc, { tagged: false }), { updateMetadata: false });
    expect(untagged.catalog.has(PDFName.of("StructTreeRoot"))).toBe(false);
    expect(untagged.catalog.has(PDFName.of("MarkInfo"))).toBe(false);
  });
});

describe("renderPdf — tagging cases", () => {
  it("makes a decorative image an artifact, an image with alternative text a Figure", async () => {
    const png = testPng(60, 20);
    const bytes = await renderPdf(
      documentOf({ meta: { title: "Images", createdAt: "2024-03-12" }, body: [image(png, { decorative: true, width: 200 }), image(png, { alt: "Carte des actions", width: 120 }), p("Fin.")] }),
    );
    const report = await checkTaggedPdf(bytes);
    expect(report.failures).toEqual([]);
    expect(report.root?.children.map((c) => [c.role, c.alt ?? c.text])).toEqual([
      ["Figure", "Carte des actions"],
      ["P", "Fin."],
    ]);
  });

  it("tags headings without skipping a level, whatever their visible level", async () => {
    const bytes = await renderPdf(documentOf({ meta: { title: "Niveaux", createdAt: "2024-03-12" }, body: [h2("Titre", { id: "a" }), h3("Sous-titre", { id: "b" }), h1("Chapitre", { id: "c" }), h3("Point", { id: "d" })] }));
    const report = await checkTaggedPdf(bytes);
    expect(report.failures).toEqual([]);
    expect(report.root?.children.map((c) => c.role)).toEqual(["H1", "H2", "H1", "H2"]);
  });

  it("tags a table of labels and values with row headers, nested lists inside their item's body, and an English document in English", async () => {
    const bytes = await renderPdf(
      documentOf({
        meta: { title: "Report", createdAt: "2024-03-12", language: "en-GB" },
        body: [
          toc(),
          h1("Scope", { id: "scope" }),
          table({ rowHeaders: true, header: [["Item", "Value"]], rows: [[cell("Carrier"), "The département"]] }),
          list([{ content: "First", children: list(["Inner"]) }, "Second"]),
          p("See ", ref("scope"), " and ", link("https://example.org", "the site"), "."),
          signatures({ role: "For the State", quality: "The Prefect of Creuse", name: "John Smith", fieldId: "sig" }),
        ],
      }),
    );
    const report = await checkTaggedPdf(bytes);
    expect(report.failures).toEqual([]);
    const roles = (e: StructElementInfo | undefined): unknown => (e === undefined ? null : e.children.length === 0 ? e.role : [e.role, e.children.map(roles)]);
    const [, tocEl, , tableEl, listEl] = report.root?.children ?? [];
    expect(roles(tocEl)).toEqual(["TOC", [["TOCI", ["Link"]]]]);
    expect(all(tableEl ?? null, role("TH")).map((th) => [th.scope, th.text])).toEqual([
      ["Column", "Item"],
      ["Column", "Value"],
      ["Row", "Carrier"],
    ]);
    expect(roles(listEl)).toEqual(["L", [["LI", ["Lbl", ["LBody", [["L", [["LI", ["Lbl", "LBody"]]]]]]]], ["LI", ["Lbl", "LBody"]]]]);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.catalog.lookup(PDFName.of("Lang"))?.toString()).toBe("(en-GB)");
    const tu = (pdf.getForm().getFields()[0]?.acroField.dict.lookup(PDFName.of("TU")) as { decodeText(): string } | undefined)?.decodeText();
    expect(tu).toBe("Signature of the Prefect of Creuse, John Smith");
    const annots = pdf.getPages().flatMap((pg) => pg.node.lookupMaybe(PDFName.of("Annots"), PDFArray)?.asArray() ?? []);
    const contents = annots.map((a) => (pdf.context.lookup(a, PDFDict).lookup(PDFName.of("Contents")) as { decodeText(): string } | undefined)?.decodeText());
    expect(contents).toContain("the site – link to https://example.org");
    expect(contents.filter((c) => c?.startsWith("Go to: Scope (page "))).toHaveLength(2); // the TOC entry and the reference
  });

  it.skipIf(!POPPLER)("reads a flowing document (no columns) in the same order as pdftotext's own reading order", async () => {
    const doc: Document = documentOf({
      meta: { title: "Note", createdAt: "2024-03-12" },
      body: [
        h1("Objet", { id: "objet" }),
        ...Array.from({ length: 12 }, (_, i) =>
          p({ align: "justify" }, `Paragraphe ${i + 1} : les parties conviennent de suivre la mise en œuvre des actions, d’en mesurer les effets et d’adapter les moyens au besoin, dans le respect des objectifs du Pacte des solidarités.`),
        ),
        h2("Suite", { id: "suite" }),
        list(["premier point", "second point"], { ordered: true }),
      ],
    });
    const bytes = await renderPdf(doc);
    const { tree, content, contentWords } = await popplerReadings(bytes, "reading");
    expect(firstDifference(tree, content)).toBeUndefined();
    expect(firstDifference(words((await checkTaggedPdf(bytes)).text), contentWords)).toBeUndefined();
  });
});
