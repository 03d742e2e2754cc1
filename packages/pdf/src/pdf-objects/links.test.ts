import { describe, expect, it } from "vitest";
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFString } from "../internal/pdf-lib";
import type { PDFPage } from "../internal/pdf-lib";
import { blankPdf, needs, qpdfCheck, qpdfJson, roundTrip, tools } from "../../test/pdf-object-tools";
import { InvalidRectError, PageIndexOutOfRangeError } from "./errors";
import { addExternalLink, addInternalLink } from "./links";

const name = (n: string) => PDFName.of(n);
const numbers = (array: PDFArray) => array.asArray().map((n) => (n as PDFNumber).asNumber());

function annotations(page: PDFPage): PDFDict[] {
  const annots = page.node.Annots();
  if (!annots) return [];
  return annots.asArray().map((_, i) => annots.lookup(i, PDFDict));
}

function text(value: unknown): string {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  throw new Error(`not a string: ${String(value)}`);
}

describe("addInternalLink / addExternalLink", () => {
  it("write /Link annotations with the rectangle, no border, the print flag and their targets", async () => {
    const pdf = await blankPdf(3);
    addInternalLink(pdf, pdf.getPage(0), { x: 56.5, y: 700, width: 400, height: 14 }, { pageIndex: 2, top: 780.25 });
    addInternalLink(pdf, pdf.getPage(0), { x: 56, y: 680, width: 10, height: 10 }, { pageIndex: 1, top: 100, left: 72 });
    addExternalLink(pdf, pdf.getPage(1), { x: 100, y: 200, width: 50, height: 12 }, "https://www.legifrance.gouv.fr/loi?id=(1)");
    const { pdf: back } = await roundTrip(pdf);
    const pageRefs = back.getPages().map((p) => p.ref.toString());

    const [first, second] = annotations(back.getPage(0));
    for (const link of [first!, second!]) {
      expect(link.get(name("Type"))).toBe(name("Annot"));
      expect(link.get(name("Subtype"))).toBe(name("Link"));
      expect(numbers(link.lookup(name("Border"), PDFArray))).toEqual([0, 0, 0]);
      expect(link.lookup(name("F"), PDFNumber).asNumber()).toBe(4);
      expect(link.get(name("P"))).toBe(back.getPage(0).ref);
    }
    expect(numbers(first!.lookup(name("Rect"), PDFArray))).toEqual([56.5, 700, 456.5, 714]);
    const dest = first!.lookup(name("Dest"), PDFArray);
    expect(pageRefs.indexOf(dest.get(0).toString())).toBe(2);
    expect(dest.get(1)).toBe(name("XYZ"));
    expect([dest.lookup(2, PDFNumber).asNumber(), dest.lookup(3, PDFNumber).asNumber(), dest.get(4)?.toString()]).toEqual([0, 780.25, "null"]);
    const dest2 = second!.lookup(name("Dest"), PDFArray);
    expect(pageRefs.indexOf(dest2.get(0).toString())).toBe(1);
    expect(dest2.lookup(2, PDFNumber).asNumber()).toBe(72);

    const [external] = annotations(back.getPage(1));
    expect(numbers(external!.lookup(name("Rect"), PDFArray))).toEqual([100, 200, 150, 212]);
    expect(external!.lookup(name("F"), PDFNumber).asNumber()).toBe(4);
    expect(external!.get(name("Dest"))).toBeUndefined();
    const action = external!.lookup(name("A"), PDFDict);
    expect(action.get(name("S"))).toBe(name("URI"));
    expect(text(action.lookup(name("URI")))).toBe("https://www.legifrance.gouv.fr/loi?id=(1)");
    expect(annotations(back.getPage(2))).toEqual([]);
  });

  it("percent-encodes what is not printable ASCII in a URI", async () => {
    const pdf = await blankPdf(1);
    addExternalLink(pdf, pdf.getPage(0), { x: 0, y: 0, width: 1, height: 1 }, "https://exemple.fr/économie sociale/€?q=a%20b");
    const action = annotations(pdf.getPage(0))[0]!.lookup(name("A"), PDFDict);
    expect(text(action.lookup(name("URI")))).toBe("https://exemple.fr/%C3%A9conomie%20sociale/%E2%82%AC?q=a%20b");
  });

  it.each([
    [{ x: Number.NaN, y: 0, width: 1, height: 1 }, InvalidRectError],
    [{ x: 0, y: 0, width: -1, height: 1 }, InvalidRectError],
    [{ x: 0, y: Number.POSITIVE_INFINITY, width: 1, height: 1 }, InvalidRectError],
  ])("rejects the rectangle %o and adds nothing", async (rect, error) => {
    const pdf = await blankPdf(1);
    expect(() => addInternalLink(pdf, pdf.getPage(0), rect, { pageIndex: 0, top: 0 })).toThrow(error);
    expect(() => addExternalLink(pdf, pdf.getPage(0), rect, "https://a.fr")).toThrow(error);
    expect(annotations(pdf.getPage(0))).toEqual([]);
  });

  it.each([
    [{ pageIndex: 1, top: 0 }, PageIndexOutOfRangeError],
    [{ pageIndex: 0, top: Number.NaN }, InvalidRectError],
    [{ pageIndex: 0, top: 0, left: Number.NaN }, InvalidRectError],
  ])("rejects the target %o and adds nothing", async (target, error) => {
    const pdf = await blankPdf(1);
    expect(() => addInternalLink(pdf, pdf.getPage(0), { x: 0, y: 0, width: 1, height: 1 }, target)).toThrow(error);
    expect(annotations(pdf.getPage(0))).toEqual([]);
  });

  it.skipIf(!tools.qpdf)(needs("qpdf", "pass qpdf --check, which sees the annotations on their pages"), async () => {
    const pdf = await blankPdf(2);
    addInternalLink(pdf, pdf.getPage(0), { x: 10, y: 10, width: 100, height: 20 }, { pageIndex: 1, top: 800 });
    addExternalLink(pdf, pdf.getPage(1), { x: 10, y: 10, width: 100, height: 20 }, "mailto:contact@exemple.fr");
    const { bytes } = await roundTrip(pdf);
    const check = qpdfCheck(bytes);
    expect([check.code, check.stderr, /warning/i.test(check.stdout)]).toEqual([0, "", false]);
    const json = qpdfJson(bytes, ["qpdf"]) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] };
    const objects = Object.values(json.qpdf[1]).flatMap((o) => (o.value ? [o.value] : []));
    const links = objects.filter((v) => v["/Subtype"] === "/Link");
    expect(links.map((l) => [l["/F"], (l["/A"] as Record<string, string> | undefined)?.["/URI"]])).toEqual([
      [4, undefined],
      [4, "u:mailto:contact@exemple.fr"],
    ]);
    const pages = objects.filter((v) => v["/Type"] === "/Page");
    expect(pages.map((p) => (p["/Annots"] as string[]).length)).toEqual([1, 1]);
  });
});
