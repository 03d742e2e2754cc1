import { pdfName as name, textString } from "../internal/pdf-values";
import { PDFArray, PDFBool, PDFDict, PDFNumber, type PDFDocument, type PDFObject, type PDFRef } from "../internal/pdf-lib";
import { StructNode, type ContentSlot } from "../tagging/struct-node";
import { SerializedObject } from "./serialized-object";

/**
 * The parent tree being gathered while pages are written: which element each marked-content
 * sequence of each page belongs to (by MCID), and which element holds each annotation (by the
 * annotation's `/StructParent` key). Pages take keys 0…n−1 (`/StructParents` of page i is i),
 * annotations the keys after them.
 *
 * @example
 * const marks = new MarkedContent(3);
 * marks.mcid(0, paragraph.slot(0)) //=> 0
 * marks.mcid(0, heading.slot(0)) //=> 1
 * marks.annotation(link, 0, annotRef) //=> 3
 */
export class MarkedContent {
  /** Per page, the element of each MCID. */
  readonly pages: StructNode[][] = [];
  /** The element of each annotation, in key order from `pageCount`. */
  readonly annotations: StructNode[] = [];
  readonly pageCount: number;

  constructor(pageCount: number) {
    this.pageCount = pageCount;
  }

  /** A new MCID on `page` for content of `slot`'s element (recorded in the slot too). */
  mcid(page: number, slot: ContentSlot): number {
    let list = this.pages[page];
    if (list === undefined) this.pages[page] = list = [];
    const id = list.length;
    list.push(slot.node);
    slot.mcids.push(id);
    return id;
  }

  /** Records that `node` holds the annotation `ref` of `page`; returns the annotation's `/StructParent` key. */
  annotation(node: StructNode, page: number, ref: PDFRef): number {
    node.annotation(page, ref);
    this.annotations.push(node);
    return this.pageCount + this.annotations.length - 1;
  }
}

/** Every element of the tree under `root` (which the tree holds), depth first, parents before children. */
function elementsOf(root: StructNode): StructNode[] {
  const out: StructNode[] = [];
  const stack: StructNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    out.push(node);
    for (let i = node.kids.length - 1; i >= 0; i--) {
      const kid = node.kids[i];
      if (kid instanceof StructNode) stack.push(kid);
    }
  }
  return out;
}

/** The first page an element's own content or annotations are on (its `/Pg`). */
function firstPage(node: StructNode): number | undefined {
  for (const kid of node.kids) if (!(kid instanceof StructNode) && (kid.kind === "annotation" || kid.mcids.length > 0)) return kid.page;
  return undefined;
}

/**
 * Writes the structure tree of a tagged PDF (ISO 32000-1 §14.7, §14.8): a `/StructTreeRoot` whose
 * kid is `root` (the `Document` element), one `/StructElem` per element that received something,
 * with its type, parent, page, kids in reading order — MCIDs (a marked-content reference when on
 * another page than the element's), child elements, annotations (`/OBJR`) — and its attributes
 * (`/Alt`, `/Lang`, table `/Scope` and `/ColSpan`, a figure's `/BBox`); the `/ParentTree` from
 * `marks`; `/StructParents` on each page with marked content; and `/MarkInfo << /Marked true >>`
 * in the catalog. Deterministic: the same tree gives the same objects in the same order.
 *
 * @example
 * writeStructureTree(pdf, tags.root, marks, pdf.getPages().map((p) => p.ref));
 * pdf.catalog.lookup(PDFName.of("MarkInfo")) //=> << /Marked true >>
 */
export function writeStructureTree(pdf: PDFDocument, root: StructNode, marks: MarkedContent, pageRefs: readonly PDFRef[]): void {
  const context = pdf.context;
  const rootRef = context.nextRef();
  const elements = elementsOf(root);
  const refs = new Map<StructNode, PDFRef>();
  for (const node of elements) refs.set(node, context.nextRef());
  const pageRef = (page: number): PDFRef => {
    const ref = pageRefs[page];
    if (ref === undefined) throw new Error(`writeStructureTree: no page ${page}.`);
    return ref;
  };

  // Each element is written as the text pdf-lib would write for its dictionary (see
  // SerializedObject): thousands of them, each a PDFDict otherwise. Keys in the same order.
  // (A PDFRef's text is made once, when pdf-lib makes the ref.)
  const pageText = (page: number): string => pageRef(page).toString();
  for (const node of elements) {
    let text = `<<\n/Type /StructElem\n/S ${name(node.role).toString()}\n/P ${(node.parent === null ? rootRef : (refs.get(node.parent) ?? rootRef)).toString()}\n`;
    const pg = firstPage(node);
    if (pg !== undefined) text += `/Pg ${pageText(pg)}\n`;
    let kids = "";
    for (const kid of node.kids) {
      if (kid instanceof StructNode) {
        const ref = refs.get(kid);
        if (ref !== undefined) kids += `${ref.toString()} `;
      } else if (kid.kind === "annotation") {
        kids += `<<\n/Type /OBJR\n/Obj ${kid.ref.toString()}\n/Pg ${pageText(kid.page)}\n>> `;
      } else {
        // (MCIDs are small whole numbers: written as pdf-lib writes them, digits only.)
        for (const mcid of kid.mcids) kids += kid.page === pg ? `${mcid} ` : `<<\n/Type /MCR\n/Pg ${pageText(kid.page)}\n/MCID ${mcid}\n>> `;
      }
    }
    if (kids !== "") text += `/K [ ${kids}]\n`;
    const { alt, lang, scope, colSpan } = node.props;
    if (alt !== undefined) text += `/Alt ${textString(alt).toString()}\n`;
    if (lang !== undefined) text += `/Lang ${textString(lang).toString()}\n`;
    const attributes: PDFObject[] = [];
    if (scope !== undefined || colSpan !== undefined) {
      attributes.push(context.obj({ O: "Table", ...(scope !== undefined ? { Scope: scope } : {}), ...(colSpan !== undefined ? { ColSpan: colSpan } : {}) }));
    }
    if (node.bbox !== null) {
      const { x, y, width, height } = node.bbox;
      attributes.push(context.obj({ O: "Layout", Placement: "Block", BBox: [x, y, x + width, y + height].map((v) => Math.round(v * 100) / 100) }));
    }
    if (attributes.length === 1 && attributes[0] !== undefined) text += `/A ${attributes[0].toString()}\n`;
    else if (attributes.length > 1) text += `/A ${context.obj(attributes).toString()}\n`;
    context.assign(refs.get(node) ?? context.nextRef(), new SerializedObject(`${text}>>`));
  }

  const nums = PDFArray.withContext(context);
  marks.pages.forEach((list, page) => {
    if (list.length === 0) return;
    nums.push(PDFNumber.of(page));
    const array = PDFArray.withContext(context);
    for (const node of list) {
      const ref = refs.get(node);
      if (ref === undefined) throw new Error(`writeStructureTree: a ${node.role} of page ${page} is not in the tree.`);
      array.push(ref);
    }
    nums.push(array);
  });
  marks.annotations.forEach((node, i) => {
    const ref = refs.get(node);
    if (ref === undefined) throw new Error(`writeStructureTree: the ${node.role} of an annotation is not in the tree.`);
    nums.push(PDFNumber.of(marks.pageCount + i));
    nums.push(ref);
  });
  const parentTree = context.register(context.obj({ Nums: nums }));

  const treeRoot = PDFDict.withContext(context);
  treeRoot.set(name("Type"), name("StructTreeRoot"));
  const top = refs.get(root);
  if (top !== undefined) treeRoot.set(name("K"), top);
  treeRoot.set(name("ParentTree"), parentTree);
  treeRoot.set(name("ParentTreeNextKey"), PDFNumber.of(marks.pageCount + marks.annotations.length));
  context.assign(rootRef, treeRoot);
  pdf.catalog.set(name("StructTreeRoot"), rootRef);
  const markInfo = PDFDict.withContext(context);
  markInfo.set(name("Marked"), PDFBool.True);
  pdf.catalog.set(name("MarkInfo"), markInfo);

  marks.pages.forEach((list, page) => {
    if (list.length > 0) pdf.getPage(page).node.set(name("StructParents"), PDFNumber.of(page));
  });
}
