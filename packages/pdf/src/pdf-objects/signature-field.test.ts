import { describe, expect, it } from "vitest";
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFStream } from "../internal/pdf-lib";
import type { PDFDocument } from "../internal/pdf-lib";
import { blankPdf, needs, qpdfCheck, qpdfJson, roundTrip, runOnPdf, tools } from "../../test/pdf-object-tools";
import { DuplicateSignatureFieldError, InvalidFieldNameError, InvalidRectError } from "./errors";
import { addSignatureField } from "./signature-field";

const name = (n: string) => PDFName.of(n);
const numbers = (array: PDFArray) => array.asArray().map((n) => (n as PDFNumber).asNumber());

/** Signature fields as a reader sees them: fully qualified name, page, rectangle, widget dict. */
function signatureFields(pdf: PDFDocument) {
  const pageRefs = pdf.getPages().map((p) => p.ref.toString());
  return pdf
    .getForm()
    .getFields()
    .map((field) => {
      const widget = field.acroField.getWidgets()[0]!;
      expect(field.acroField.getWidgets()).toHaveLength(1);
      return {
        kind: field.constructor.name,
        name: field.getName(),
        page: pageRefs.indexOf(widget.P()?.toString() ?? ""),
        rect: widget.getRectangle(),
        widget: widget.dict,
      };
    });
}

function fieldCount(pdf: PDFDocument): number {
  return pdf.catalog.lookupMaybe(name("AcroForm"), PDFDict)?.lookupMaybe(name("Fields"), PDFArray)?.size() ?? 0;
}

describe("addSignatureField", () => {
  it("adds empty /Sig fields whose widgets lie exactly over the rectangles", async () => {
    const pdf = await blankPdf(3);
    addSignatureField(pdf, pdf.getPage(2), { x: 56.7, y: 120, width: 220.5, height: 90 }, "signature-etat");
    addSignatureField(pdf, pdf.getPage(2), { x: 318, y: 120, width: 220, height: 90 }, "signature-departement");
    addSignatureField(pdf, pdf.getPage(0), { x: 10, y: 10, width: 5, height: 5 }, "visa:1");
    const { pdf: back } = await roundTrip(pdf);

    const fields = signatureFields(back);
    expect(fields.map(({ kind, name: n, page, rect }) => ({ kind, name: n, page, rect }))).toEqual([
      { kind: "PDFSignature", name: "signature-etat", page: 2, rect: { x: 56.7, y: 120, width: 220.5, height: 90 } },
      { kind: "PDFSignature", name: "signature-departement", page: 2, rect: { x: 318, y: 120, width: 220, height: 90 } },
      { kind: "PDFSignature", name: "visa:1", page: 0, rect: { x: 10, y: 10, width: 5, height: 5 } },
    ]);
    for (const { widget, rect } of fields) {
      expect(widget.get(name("FT"))).toBe(name("Sig"));
      expect(widget.get(name("Subtype"))).toBe(name("Widget"));
      expect(widget.lookup(name("F"), PDFNumber).asNumber()).toBe(4);
      expect(widget.get(name("V"))).toBeUndefined();
      const ap = widget.lookup(name("AP"), PDFDict);
      expect(ap.keys().map(String)).toEqual(["/N"]);
      const normal = ap.lookup(name("N"), PDFStream);
      expect(normal.dict.get(name("Subtype"))).toBe(name("Form"));
      expect(numbers(normal.dict.lookup(name("BBox"), PDFArray))).toEqual([0, 0, rect.width, rect.height]);
    }
    const acroForm = back.catalog.lookup(name("AcroForm"), PDFDict);
    expect(acroForm.lookup(name("SigFlags"), PDFNumber).asNumber()).toBe(1);
    expect(acroForm.get(name("NeedAppearances"))).toBeUndefined();
    expect(back.getPage(2).node.Annots()?.size()).toBe(2);
    expect(back.getPage(1).node.Annots()).toBeUndefined();
  });

  it("turns a dotted name into a field under a shared non-terminal parent", async () => {
    const pdf = await blankPdf(1);
    const page = pdf.getPage(0);
    addSignatureField(pdf, page, { x: 0, y: 0, width: 10, height: 10 }, "parties.etat");
    addSignatureField(pdf, page, { x: 20, y: 0, width: 10, height: 10 }, "parties.departement");
    addSignatureField(pdf, page, { x: 40, y: 0, width: 10, height: 10 }, "parties.caf.directeur");
    const { pdf: back } = await roundTrip(pdf);
    expect(signatureFields(back).map((f) => f.name)).toEqual(["parties.etat", "parties.departement", "parties.caf.directeur"]);
    expect(fieldCount(back)).toBe(1);
    const parent = back.catalog.lookup(name("AcroForm"), PDFDict).lookup(name("Fields"), PDFArray).lookup(0, PDFDict);
    expect(parent.get(name("FT"))).toBeUndefined();
    expect(parent.lookup(name("Kids"), PDFArray).size()).toBe(3);
  });

  it.each([
    [["signature-etat", "signature-etat"], "the same name twice"],
    [["a", "a.b"], "a field under a terminal field"],
    [["a.b", "a"], "a terminal field over a parent"],
    [["a.b", "a.b"], "the same dotted name twice"],
  ])("throws DuplicateSignatureFieldError for %j (%s) and adds nothing", async ([first, second]) => {
    const pdf = await blankPdf(1);
    const page = pdf.getPage(0);
    addSignatureField(pdf, page, { x: 0, y: 0, width: 10, height: 10 }, first!);
    const annots = page.node.Annots()?.size();
    const objects = pdf.context.enumerateIndirectObjects().length;
    expect(() => addSignatureField(pdf, page, { x: 0, y: 0, width: 10, height: 10 }, second!)).toThrow(DuplicateSignatureFieldError);
    expect(page.node.Annots()?.size()).toBe(annots);
    expect(pdf.context.enumerateIndirectObjects().length).toBe(objects);
  });

  it.each(["", ".", "a..b", ".a", "a."])("throws InvalidFieldNameError for %j", async (bad) => {
    const pdf = await blankPdf(1);
    expect(() => addSignatureField(pdf, pdf.getPage(0), { x: 0, y: 0, width: 10, height: 10 }, bad)).toThrow(InvalidFieldNameError);
    expect(pdf.catalog.get(name("AcroForm"))).toBeUndefined();
  });

  it.each([
    { x: 0, y: 0, width: 0, height: 10 },
    { x: 0, y: 0, width: 10, height: -1 },
    { x: Number.NaN, y: 0, width: 10, height: 10 },
  ])("throws InvalidRectError for %o", async (rect) => {
    const pdf = await blankPdf(1);
    expect(() => addSignatureField(pdf, pdf.getPage(0), rect, "s")).toThrow(InvalidRectError);
    expect(pdf.catalog.get(name("AcroForm"))).toBeUndefined();
  });

  it.skipIf(!tools.qpdf)(needs("qpdf", "is seen by qpdf as /Sig fields with their names, pages and print flag"), async () => {
    const pdf = await blankPdf(2);
    addSignatureField(pdf, pdf.getPage(1), { x: 56, y: 120, width: 220, height: 90 }, "signature-etat");
    addSignatureField(pdf, pdf.getPage(1), { x: 318, y: 120, width: 220, height: 90 }, "parties.departement");
    const { bytes } = await roundTrip(pdf);
    const check = qpdfCheck(bytes);
    expect([check.code, check.stderr, /warning/i.test(check.stdout)]).toEqual([0, "", false]);
    const json = qpdfJson(bytes, ["acroform"]) as {
      acroform: { hasacroform: boolean; fields: { fullname: string; fieldtype: string; pageposfrom1: number; annotation: { annotationflags: number } }[] };
    };
    expect(json.acroform.hasacroform).toBe(true);
    expect(json.acroform.fields.map((f) => [f.fullname, f.fieldtype, f.pageposfrom1, f.annotation.annotationflags])).toEqual([
      ["signature-etat", "/Sig", 2, 4],
      ["parties.departement", "/Sig", 2, 4],
    ]);
  });

  it.skipIf(!tools.pdfinfo)(needs("pdfinfo", "makes pdfinfo report an AcroForm"), async () => {
    const pdf = await blankPdf(1);
    addSignatureField(pdf, pdf.getPage(0), { x: 56, y: 120, width: 220, height: 90 }, "signature-etat");
    const { bytes } = await roundTrip(pdf);
    expect(runOnPdf("pdfinfo", ["{}"], bytes).stdout).toMatch(/^Form:\s+AcroForm$/m);
  });
});
