import { destinationArray, textString } from "../internal/pdf-values";
import { PDFDict, PDFName, PDFNumber } from "../internal/pdf-lib";
import type { PDFArray, PDFDocument, PDFRef } from "../internal/pdf-lib";

/**
 * One bookmark: a heading's text, its level (1 to 4), and where it landed (0-based page index,
 * and the height of its top from the page's bottom edge, in points).
 *
 * @example
 * const e: OutlineEntry = { title: "Article 1 – Objet", level: 1, pageIndex: 0, top: 720 };
 */
export interface OutlineEntry {
  readonly title: string;
  readonly level: 1 | 2 | 3 | 4;
  readonly pageIndex: number;
  readonly top: number;
}

interface Node {
  readonly entry: OutlineEntry;
  readonly ref: PDFRef;
  readonly destination: PDFArray;
  readonly children: Node[];
}

/**
 * Writes the document outline (bookmarks) from headings in reading order, nested by level, all
 * items open, each pointing to `[page /XYZ 0 top null]`, and sets `/PageMode /UseOutlines` so
 * the viewer shows it. A level deeper than the previous one by more than one nests under the
 * nearest shallower entry; an empty list writes nothing. Replaces an existing outline.
 *
 * @throws {PageIndexOutOfRangeError} when an entry names a page the document does not have.
 * @throws {InvalidRectError} when a `top` is not finite.
 * @example
 * addOutline(pdf, [
 *   { title: "Préambule", level: 1, pageIndex: 0, top: 760 },
 *   { title: "Article 1", level: 2, pageIndex: 1, top: 800 },
 * ]);
 * pdf.catalog.lookup(PDFName.of("Outlines")) //=> << /Type /Outlines /First … /Last … /Count 2 >>
 */
export function addOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const context = pdf.context;
  // Resolve every destination first, so a bad entry throws before anything is written.
  const destinations = entries.map((entry) => destinationArray(pdf, entry));

  const rootRef = context.nextRef();
  const roots: Node[] = [];
  const stack: Node[] = [];
  entries.forEach((entry, i) => {
    const node: Node = { entry, ref: context.nextRef(), destination: destinations[i]!, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.entry.level >= entry.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  });

  /** Writes the items of one level and returns how many items they hold, themselves included. */
  const write = (nodes: readonly Node[], parentRef: PDFRef): number => {
    let total = 0;
    nodes.forEach((node, i) => {
      const item = PDFDict.withContext(context);
      item.set(PDFName.of("Title"), textString(node.entry.title));
      item.set(PDFName.of("Parent"), parentRef);
      const previous = nodes[i - 1];
      const next = nodes[i + 1];
      if (previous) item.set(PDFName.of("Prev"), previous.ref);
      if (next) item.set(PDFName.of("Next"), next.ref);
      item.set(PDFName.of("Dest"), node.destination);
      if (node.children.length > 0) {
        const descendants = write(node.children, node.ref);
        item.set(PDFName.of("First"), node.children[0]!.ref);
        item.set(PDFName.of("Last"), node.children[node.children.length - 1]!.ref);
        // Positive count: the item is open and shows all its (open) descendants.
        item.set(PDFName.of("Count"), PDFNumber.of(descendants));
        total += descendants;
      }
      context.assign(node.ref, item);
      total += 1;
    });
    return total;
  };

  const root = PDFDict.withContext(context);
  root.set(PDFName.of("Type"), PDFName.of("Outlines"));
  const count = write(roots, rootRef);
  root.set(PDFName.of("First"), roots[0]!.ref);
  root.set(PDFName.of("Last"), roots[roots.length - 1]!.ref);
  root.set(PDFName.of("Count"), PDFNumber.of(count));
  context.assign(rootRef, root);

  pdf.catalog.set(PDFName.of("Outlines"), rootRef);
  pdf.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}
