import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from "../internal/pdf-lib";
import type { PDFDocument } from "../internal/pdf-lib";
import { blankPdf, needs, qpdfCheck, qpdfJson, roundTrip, tools } from "../../test/pdf-object-tools";
import { PageIndexOutOfRangeError } from "./errors";
import { addOutline } from "./outline";
import type { OutlineEntry } from "./outline";

interface ReadItem {
  readonly title: string;
  readonly pageIndex: number;
  readonly top: number;
  readonly count: number | undefined;
  readonly children: ReadItem[];
}

const name = (n: string) => PDFName.of(n);

/** Reads the outline tree back, checking the links (Parent, Prev, Next, First, Last) on the way. */
function readOutline(pdf: PDFDocument): { count: number; items: ReadItem[] } {
  const root = pdf.catalog.lookup(name("Outlines"), PDFDict);
  expect(root.get(name("Type"))).toBe(name("Outlines"));
  const pageRefs = pdf.getPages().map((p) => p.ref.toString());
  const readLevel = (parentRef: PDFRef, parent: PDFDict): ReadItem[] => {
    const items: ReadItem[] = [];
    let ref = parent.get(name("First")) as PDFRef | undefined;
    let previous: PDFRef | undefined;
    while (ref) {
      const item = pdf.context.lookup(ref, PDFDict);
      expect(item.get(name("Parent"))).toBe(parentRef);
      expect(item.get(name("Prev"))).toBe(previous);
      const title = item.lookup(name("Title"));
      if (!(title instanceof PDFString || title instanceof PDFHexString)) throw new Error("title is not a string");
      const dest = item.lookup(name("Dest"), PDFArray);
      expect(dest.size()).toBe(5);
      expect(dest.get(1)).toBe(name("XYZ"));
      expect(dest.lookup(2, PDFNumber).asNumber()).toBe(0);
      const count = item.lookup(name("Count"));
      items.push({
        title: title.decodeText(),
        pageIndex: pageRefs.indexOf(dest.get(0).toString()),
        top: dest.lookup(3, PDFNumber).asNumber(),
        count: count instanceof PDFNumber ? count.asNumber() : undefined,
        children: readLevel(ref, item),
      });
      previous = ref;
      ref = item.get(name("Next")) as PDFRef | undefined;
    }
    expect(parent.get(name("Last"))).toBe(previous);
    return items;
  };
  const rootRef = pdf.catalog.get(name("Outlines")) as PDFRef;
  return { count: root.lookup(name("Count"), PDFNumber).asNumber(), items: readLevel(rootRef, root) };
}

const flatten = (items: readonly ReadItem[], level = 1): { title: string; level: number }[] =>
  items.flatMap((i) => [{ title: i.title, level }, ...flatten(i.children, level + 1)]);

const sample: OutlineEntry[] = [
  { title: "Préambule", level: 1, pageIndex: 0, top: 760 },
  { title: "Article 1 – Objet du contrat", level: 1, pageIndex: 0, top: 500.5 },
  { title: "1.1 Périmètre", level: 2, pageIndex: 1, top: 800 },
  { title: "1.1.1 Détail « précis »", level: 3, pageIndex: 1, top: 600 },
  { title: "1.2 Durée", level: 2, pageIndex: 2, top: 700 },
  { title: "Article 2 (engagements) \\ État", level: 1, pageIndex: 2, top: 300 },
];

describe("addOutline", () => {
  it("writes a nested tree with titles, destinations and counts that read back", async () => {
    const pdf = await blankPdf(3);
    addOutline(pdf, sample);
    const { pdf: back } = await roundTrip(pdf);
    const outline = readOutline(back);

    expect(outline.count).toBe(6);
    expect(outline.items.map((i) => i.title)).toEqual([
      "Préambule",
      "Article 1 – Objet du contrat",
      "Article 2 (engagements) \\ État",
    ]);
    const article1 = outline.items[1]!;
    expect(article1).toMatchObject({ pageIndex: 0, top: 500.5, count: 3 });
    expect(article1.children.map((c) => [c.title, c.pageIndex, c.top, c.count])).toEqual([
      ["1.1 Périmètre", 1, 800, 1],
      ["1.2 Durée", 2, 700, undefined],
    ]);
    expect(article1.children[0]!.children.map((c) => c.title)).toEqual(["1.1.1 Détail « précis »"]);
    expect(outline.items[0]!.count).toBeUndefined();
    expect(back.catalog.get(name("PageMode"))).toBe(name("UseOutlines"));
  });

  it("nests a level jump under the nearest shallower entry and starts deep entries at the top", async () => {
    const pdf = await blankPdf(1);
    addOutline(pdf, [
      { title: "A", level: 2, pageIndex: 0, top: 800 },
      { title: "B", level: 1, pageIndex: 0, top: 700 },
      { title: "C", level: 4, pageIndex: 0, top: 600 },
      { title: "D", level: 3, pageIndex: 0, top: 500 },
      { title: "E", level: 2, pageIndex: 0, top: 400 },
    ]);
    const { items } = readOutline((await roundTrip(pdf)).pdf);
    expect(flatten(items)).toEqual([
      { title: "A", level: 1 },
      { title: "B", level: 1 },
      { title: "C", level: 2 },
      { title: "D", level: 2 },
      { title: "E", level: 2 },
    ]);
  });

  it("keeps reading order and nests every entry under a shallower one (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ level: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, title: fc.string({ maxLength: 12 }) }), {
          minLength: 1,
          maxLength: 25,
        }),
        async (raw) => {
          const entries = raw.map((e, i) => ({ ...e, pageIndex: 0, top: 800 - i }));
          const pdf = await blankPdf(1);
          addOutline(pdf, entries);
          const { count, items } = readOutline(pdf);
          const flat: { title: string; depth: number; top: number }[] = [];
          const walk = (list: readonly ReadItem[], depth: number, parentLevel: number): number => {
            let total = 0;
            for (const item of list) {
              const entry = entries[flat.length]!;
              flat.push({ title: item.title, depth, top: item.top });
              expect(entry.level).toBeGreaterThan(parentLevel);
              const below = walk(item.children, depth + 1, entry.level);
              expect(item.count).toBe(below > 0 ? below : undefined);
              total += 1 + below;
            }
            return total;
          };
          expect(walk(items, 1, 0)).toBe(entries.length);
          expect(count).toBe(entries.length);
          expect(flat.map((f) => f.title)).toEqual(entries.map((e) => e.title));
          expect(flat.map((f) => f.top)).toEqual(entries.map((e) => e.top));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("writes nothing for an empty list", async () => {
    const pdf = await blankPdf(1);
    addOutline(pdf, []);
    expect(pdf.catalog.get(name("Outlines"))).toBeUndefined();
    expect(pdf.catalog.get(name("PageMode"))).toBeUndefined();
  });

  it.each([
    [{ title: "x", level: 1, pageIndex: 3, top: 0 }, PageIndexOutOfRangeError],
    [{ title: "x", level: 1, pageIndex: -1, top: 0 }, PageIndexOutOfRangeError],
    [{ title: "x", level: 1, pageIndex: 0.5, top: 0 }, PageIndexOutOfRangeError],
    [{ title: "x", level: 1, pageIndex: 0, top: Number.NaN }, Error],
  ] as const)("rejects %o before writing anything", async (entry, error) => {
    const pdf = await blankPdf(1);
    expect(() => addOutline(pdf, [{ title: "ok", level: 1, pageIndex: 0, top: 1 }, entry])).toThrow(error);
    expect(pdf.catalog.get(name("Outlines"))).toBeUndefined();
  });

  it.skipIf(!tools.qpdf)(needs("qpdf", "is read by qpdf: clean check, titles and target pages"), async () => {
    const pdf = await blankPdf(3);
    addOutline(pdf, sample);
    const { bytes } = await roundTrip(pdf);
    const check = qpdfCheck(bytes);
    expect(check.stderr).toBe("");
    expect(check.stdout).not.toMatch(/warning/i);
    expect(check.code).toBe(0);
    interface QpdfOutline {
      title: string;
      destpageposfrom1: number;
      kids: QpdfOutline[];
    }
    const json = qpdfJson(bytes, ["outlines"]) as { outlines: QpdfOutline[] };
    const flat = (list: QpdfOutline[]): [string, number][] => list.flatMap((o) => [[o.title, o.destpageposfrom1] as [string, number], ...flat(o.kids)]);
    expect(flat(json.outlines)).toEqual(sample.map((e) => [e.title, e.pageIndex + 1]));
  });
});
