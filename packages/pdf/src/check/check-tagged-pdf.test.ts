import { cell, documentOf, h2, h3, image, p, table, type Document } from "@pacte/document";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPdf } from "../default-fonts";
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFObject } from "../internal/pdf-lib";
import { encodeUtf8 } from "../internal/utf8";
import { BAR_CHART } from "../test-support/chart-document";
import { testPng } from "../test-support/png";
import { sampleDocument } from "../test-support/sample-document";
import { checkTaggedPdf, type StructElementInfo } from "./check-tagged-pdf";
import { CHECKPOINTS, type CheckpointId } from "./checkpoints";

const N = (n: string) => PDFName.of(n);
const latin1 = (b: Uint8Array): string => Array.from(b, (x) => String.fromCharCode(x)).join("");
const fromLatin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** The sample contract, with a decorative image and a table of labels and values. */
function richDocument(): Document {
  const doc = sampleDocument({ annexRows: 60 });
  return {
    ...doc,
    body: [
      ...doc.body,
      h2("Fiche action", { id: "fiche" }),
      h3("Détail", { id: "fiche-detail" }),
      table({ rowHeaders: true, columns: [{ width: { fr: 1 } }, { width: { fr: 3 } }], rows: [[cell("Porteur", { bold: true }), "Le département"], [cell("Publics", { bold: true }), "Jeunes de 18 à 25 ans"]] }),
      image(testPng(300, 8), { decorative: true, width: 300 }),
      p("Fin."),
    ],
  };
}

/** Every structure element of a file, depth first. */
function elements(pdf: PDFDocument): PDFDict[] {
  const out: PDFDict[] = [];
  const visit = (o: PDFObject | undefined): void => {
    const d = o instanceof PDFRef ? pdf.context.lookup(o) : o;
    if (d instanceof PDFArray) for (const x of d.asArray()) visit(x);
    if (!(d instanceof PDFDict) || d.lookup(N("S")) === undefined) return;
    out.push(d);
    visit(d.get(N("K")));
  };
  visit(pdf.catalog.lookup(N("StructTreeRoot"), PDFDict).get(N("K")));
  return out;
}
const byRole = (pdf: PDFDocument, role: string): PDFDict[] => elements(pdf).filter((e) => e.lookup(N("S")) === N(role));

/** The file changed by `change`, saved again. */
async function mutated(bytes: Uint8Array, change: (pdf: PDFDocument) => void): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  change(pdf);
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/** Rewrites the content of the first page through `edit` (text in, text out). */
function editContent(pdf: PDFDocument, page: number, edit: (text: string) => string): void {
  const node = pdf.getPage(page).node;
  const stream = node.lookup(N("Contents"));
  const raw = stream instanceof PDFArray ? stream.lookup(0) : stream;
  if (!(raw instanceof PDFRawStream)) throw new Error("content stream expected");
  const text = latin1(decodePDFRawStream(raw).decode());
  node.set(N("Contents"), pdf.context.register(pdf.context.flateStream(fromLatin1(edit(text)))));
}

const checkpoints = async (bytes: Uint8Array): Promise<CheckpointId[]> => [...new Set((await checkTaggedPdf(bytes)).failures.map((f) => f.checkpoint))].sort();
const find = (e: StructElementInfo | null, role: string): StructElementInfo[] =>
  e === null ? [] : [...(e.role === role ? [e] : []), ...e.children.flatMap((c) => find(c, role))];

describe("checkTaggedPdf", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderPdf(richDocument());
  });

  it("passes on what the renderer produces, and reads the tree back", async () => {
    const report = await checkTaggedPdf(bytes);
    expect(report.failures).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.root?.role).toBe("Document");
    expect(find(report.root, "Table")).toHaveLength(3);
    // The table of labels and values: its first column heads its rows.
    const fiche = find(report.root, "Table")[2];
    expect(find(fiche ?? null, "TH").map((th) => [th.scope, th.text])).toEqual([
      ["Row", "Porteur"],
      ["Row", "Publics"],
    ]);
    // The decorative image is not in the tree; the logo is, with its alternative text.
    expect(find(report.root, "Figure").map((f) => f.alt)).toEqual(["Logo de la préfecture (exemple)"]);
    expect(report.text).toContain("Fait en deux exemplaires originaux.");
  });

  it("fails when the file is not tagged at all", async () => {
    const untagged = await renderPdf(richDocument(), { tagged: false });
    expect(await checkpoints(untagged)).toEqual(expect.arrayContaining(["tagged", "01-005", "06-002", "28-008", "28-010", "28-011"]));
  });

  // Removing one tag from the output makes the check fail — each row takes one thing away.
  it.each<[string, CheckpointId[], (pdf: PDFDocument) => void]>([
    [
      "the marking of one paragraph's content (its BDC … EMC)",
      ["01-005", "parent-tree"],
      (pdf) =>
        editContent(pdf, 1, (t) => {
          const start = t.search(/\/P <<\/MCID \d+>> BDC\n/);
          const open = /\/P <<\/MCID \d+>> BDC\n/.exec(t.slice(start))?.[0] ?? "";
          const close = t.indexOf("EMC\n", start);
          return t.slice(0, start) + t.slice(start + open.length, close) + t.slice(close + 4);
        }),
    ],
    ["an artifact marked inside a paragraph's content", ["01-003"], (pdf) => editContent(pdf, 1, (t) => t.replace(/(\/P <<\/MCID \d+>> BDC\n)/, "$1/Artifact BMC\nEMC\n"))],
    ["a figure's alternative text", ["13-004"], (pdf) => byRole(pdf, "Figure")[0]?.delete(N("Alt"))],
    ["a header cell's scope", ["15-003"], (pdf) => byRole(pdf, "TH")[0]?.delete(N("A"))],
    ["every header cell of a table", ["table-headers"], (pdf) => byRole(pdf, "TH").forEach((th) => th.set(N("S"), N("TD")))],
    ["a heading level (an H2 becomes H3)", ["14-003"], (pdf) => byRole(pdf, "H2")[0]?.set(N("S"), N("H3"))],
    ["the first heading's level", ["14-002"], (pdf) => byRole(pdf, "H1")[0]?.set(N("S"), N("H2"))],
    ["a table's row group (THead becomes Div)", ["09-004"], (pdf) => byRole(pdf, "THead")[0]?.set(N("S"), N("Div"))],
    ["the TOC around its entries", ["09-006"], (pdf) => byRole(pdf, "TOC")[0]?.set(N("S"), N("Div"))],
    ["a list around its items", ["09-005"], (pdf) => byRole(pdf, "L")[0]?.set(N("S"), N("Div"))],
    ["a standard type (a P renamed Paragraphe, no role map)", ["02-001"], (pdf) => byRole(pdf, "P")[0]?.set(N("S"), N("Paragraphe"))],
    [
      "a link's annotation from its Link element",
      ["28-011", "parent-tree"],
      (pdf) => {
        const link = byRole(pdf, "Link").find((l) => l.lookup(N("K"), PDFArray).asArray().some((k) => k instanceof PDFDict && k.lookup(N("Type")) === N("OBJR")));
        const kids = link?.lookup(N("K"), PDFArray);
        if (!kids) throw new Error("no link");
        link?.set(N("K"), pdf.context.obj(kids.asArray().filter((k) => !(k instanceof PDFDict && k.lookup(N("Type")) === N("OBJR")))));
        link?.set(N("S"), N("Span"));
      },
    ],
    ["a link's description", ["28-012"], (pdf) => pdf.getPage(0).node.lookup(N("Annots"), PDFArray).lookup(0, PDFDict).delete(N("Contents"))],
    ["a signature field's description", ["28-005"], (pdf) => byRole(pdf, "Form").forEach(() => pdf.getForm().getFields().forEach((f) => f.acroField.dict.delete(N("TU"))))],
    ["a signature field's Form element", ["28-010"], (pdf) => byRole(pdf, "Form").forEach((f) => f.set(N("S"), N("Div")))],
    ["the tab order of a page with links", ["28-008"], (pdf) => pdf.getPage(0).node.delete(N("Tabs"))],
    ["the document's language", ["11-006"], (pdf) => pdf.catalog.delete(N("Lang"))],
    ["DisplayDocTitle", ["07-001"], (pdf) => pdf.catalog.lookup(N("ViewerPreferences"), PDFDict).set(N("DisplayDocTitle"), PDFBool.False)],
    ["MarkInfo /Marked", ["tagged"], (pdf) => pdf.catalog.lookup(N("MarkInfo"), PDFDict).set(N("Marked"), PDFBool.False)],
    [
      "the PDF/UA identifier in the XMP",
      ["06-002"],
      (pdf) => {
        const xmp = latin1((pdf.catalog.lookup(N("Metadata")) as PDFRawStream).getContents()).replace(/<pdfuaid:part>1<\/pdfuaid:part>/, "");
        pdf.catalog.set(N("Metadata"), pdf.context.register(pdf.context.stream(fromLatin1(xmp), { Type: "Metadata", Subtype: "XML" })));
      },
    ],
    [
      "the Unicode map of a font",
      ["10-001"],
      (pdf) => {
        const fonts = pdf.getPage(0).node.Resources()?.lookup(N("Font"), PDFDict);
        const font = fonts?.lookup(fonts.keys()[0] ?? N("F0"), PDFDict);
        const empty = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange endcmap end end";
        font?.set(N("ToUnicode"), pdf.context.register(pdf.context.stream(encodeUtf8(empty))));
      },
    ],
  ])("fails without %s (%s)", async (_what, expected, change) => {
    expect(await checkpoints(bytes)).toEqual([]);
    const broken = await mutated(bytes, change);
    const found = await checkpoints(broken);
    expect(found).toEqual(expected.slice().sort());
  });

  it("reads a chart's Figure — its Caption, then what it draws, from a new line — and fails without its alternative text", async () => {
    const chart = await renderPdf(documentOf({ meta: { title: "Graphique", createdAt: "2024-03-12" }, body: [BAR_CHART] }));
    const report = await checkTaggedPdf(chart);
    expect(report.failures).toEqual([]);
    const [figure] = find(report.root, "Figure");
    expect(figure?.children.map((c) => c.role)).toEqual(["Caption"]);
    expect(figure?.text.split("\n").slice(0, 2)).toEqual(["Crédits engagés et dépensés par axe", expect.stringMatching(/^Engagé Dépensé Montant 10\u00A0M€ /u)]);
    expect(await checkpoints(await mutated(chart, (pdf) => byRole(pdf, "Figure")[0]?.delete(N("Alt"))))).toEqual(["13-004"]);
  });

  it("names a checkpoint for every failure it can report", () => {
    for (const [id, entry] of Object.entries(CHECKPOINTS)) {
      expect(entry.condition.length, id).toBeGreaterThan(20);
      expect(entry.source, id).toMatch(/Matterhorn|ISO/);
    }
  });

  it("reports a file it cannot read as such, without throwing", async () => {
    const report = await checkTaggedPdf(encodeUtf8("not a PDF"));
    expect(report.ok).toBe(false);
    expect(report.failures[0]?.checkpoint).toBe("tagged");
  });
});
