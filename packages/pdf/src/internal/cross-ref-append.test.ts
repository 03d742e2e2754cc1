import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../default-fonts";
import { sampleDocument } from "../test-support/sample-document";
import { installCrossRefAppend } from "./cross-ref-append";
import { PDFContext, PDFCrossRefStream, PDFRef } from "./pdf-lib";

/** An entries array that counts the scans pdf-lib's own method makes (`findIndex`). */
class CountingEntries<T> extends Array<T> {
  scans = 0;
  override findIndex(predicate: (value: T, index: number, obj: T[]) => unknown): number {
    this.scans++;
    return super.findIndex(predicate);
  }
}

/** The stream pdf-lib's writer builds, over the given entries array. */
const streamOver = (entries: unknown[]) => PDFCrossRefStream.of(PDFContext.create().obj({}), entries as never, false);

/** What pdf-lib's method does, as it is written: insert before the first greater object number, else append. */
function reference(start: readonly number[], numbers: readonly number[]): number[] {
  const out = [...start];
  for (const n of numbers) {
    const at = out.findIndex((m) => m > n);
    if (at < 0) out.push(n);
    else out.splice(at, 0, n);
  }
  return out;
}

describe("installCrossRefAppend", () => {
  installCrossRefAppend();

  it("places entries exactly as pdf-lib's own method, whatever their order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 80 }), fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 5 }), (numbers, already) => {
        // Some entries already there (in any order, as a copied stream may hold), then the new ones.
        const stream = streamOver(already.map((n) => ({ type: 1, ref: PDFRef.of(n), offset: 0 })));
        for (const n of numbers) stream.addUncompressedEntry(PDFRef.of(n), 0);
        const entries = (stream as unknown as { entries: { ref: PDFRef }[] }).entries;
        expect(entries.map((e) => e.ref.objectNumber)).toEqual(reference(already, numbers));
      }),
    );
    expect(reference([5, 1], [3, 1, 2, 2, 9])).toEqual([1, 2, 2, 3, 5, 1, 9]);
  });

  it("appends in order without scanning the entries; out of order, pdf-lib's method scans", () => {
    const inOrder = new CountingEntries<unknown>();
    const stream = streamOver(inOrder);
    for (let n = 1; n <= 5000; n++) stream.addCompressedEntry(PDFRef.of(n), PDFRef.of(9999), n % 100);
    expect(inOrder.length).toBe(5000);
    expect(inOrder.scans).toBe(0);
    stream.addUncompressedEntry(PDFRef.of(10), 0);
    expect(inOrder.scans).toBe(1);
    expect((inOrder[9] as { ref: PDFRef }).ref.objectNumber).toBe(10);
    expect((inOrder[10] as { ref: PDFRef }).ref.objectNumber).toBe(10);
  });

  it("leaves the PDF's bytes as they were: a contract saved with the scan gives the same bytes", async () => {
    const proto = PDFCrossRefStream.prototype as unknown as { appendEntry(entry: { ref: PDFRef }): void; entries: { ref: PDFRef }[] };
    const fast = proto.appendEntry;
    const doc = sampleDocument();
    const ours = await renderPdf(doc);
    try {
      // pdf-lib's own behaviour, scan and all, for the length of one render.
      proto.appendEntry = function (this: typeof proto, entry) {
        const at = this.entries.findIndex((e) => e.ref.objectNumber > entry.ref.objectNumber);
        if (at < 0) this.entries.push(entry);
        else this.entries.splice(at, 0, entry);
      };
      const scanned = await renderPdf(doc);
      expect(Buffer.from(ours).equals(Buffer.from(scanned))).toBe(true);
    } finally {
      proto.appendEntry = fast;
    }
  });
});
