import { PDFCrossRefStream } from "./pdf-lib";

/** A cross-reference entry as pdf-lib keeps it: the object it locates comes first. */
interface Entry {
  readonly ref: { readonly objectNumber: number };
}

/** The part of pdf-lib's PDFCrossRefStream this module speeds up. */
interface Appendable {
  entries: Entry[];
  appendEntry(entry: Entry): void;
}

/** Per entries array: how many entries it had when its largest object number was last known, and that number. */
const known = new WeakMap<Entry[], { length: number; max: number }>();
let installed = false;

/**
 * Makes pdf-lib's cross-reference stream place each new entry in constant time when its object
 * number is not below any entry's, which is how a save adds them; the bytes saved do not change.
 *
 * Why: `PDFCrossRefStream.appendEntry` (in `@cantoo/pdf-lib` 2.11.1, the latest) finds each new
 * entry's place with a scan of every entry already there, so a save with object streams is
 * quadratic in the number of indirect objects — 3.2 s of an 8.2 s render for a 500-action
 * contract (about 46 000 objects, mostly structure elements), a few milliseconds for a contract
 * of usual size. The scan answers « insert before the first entry whose object number is greater
 * than the new one », and appends when there is none. This keeps, for each entries array, its
 * largest object number: when the new number is not below it, there is none, and the entry is
 * appended without a scan; in every other case pdf-lib's own method runs. Same result for any
 * array, in any order, as long as its entries are only added (all pdf-lib does: it appends, and
 * copies the array to clone a stream).
 *
 * Installed once, on the first save (never at import: the package stays free of side effects).
 * It changes pdf-lib's class for the whole program; any other user of `@cantoo/pdf-lib` in the
 * same program gets the same entries, faster.
 *
 * @example
 * installCrossRefAppend(); // then pdf.save(…) as before
 */
export function installCrossRefAppend(): void {
  if (installed) return;
  installed = true;
  const proto = PDFCrossRefStream.prototype as unknown as Appendable;
  const scan = proto.appendEntry;
  if (typeof scan !== "function") return;
  proto.appendEntry = function appendEntry(this: Appendable, entry: Entry): void {
    const entries = this.entries;
    let k = known.get(entries);
    if (k === undefined || k.length !== entries.length) {
      let max = Number.NEGATIVE_INFINITY;
      for (const e of entries) if (e.ref.objectNumber > max) max = e.ref.objectNumber;
      k = { length: entries.length, max };
      known.set(entries, k);
    }
    if (entry.ref.objectNumber >= k.max) {
      entries.push(entry);
      k.length = entries.length;
      k.max = entry.ref.objectNumber;
      return;
    }
    // The scan inserts below the largest number, which stays the largest.
    scan.call(this, entry);
    k.length = entries.length;
  };
}
