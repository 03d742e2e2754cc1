import type { PDFRef } from "../internal/pdf-lib";

/**
 * The standard structure types (ISO 32000-1 §14.8.4) the engine writes: no role map is needed,
 * and every reader knows them.
 *
 * @example
 * const role: StructRole = "TH";
 */
export type StructRole =
  | "Document"
  | "Div"
  | "P"
  | "H1"
  | "H2"
  | "H3"
  | "H4"
  | "H5"
  | "H6"
  | "L"
  | "LI"
  | "Lbl"
  | "LBody"
  | "Table"
  | "Caption"
  | "THead"
  | "TBody"
  | "TFoot"
  | "TR"
  | "TH"
  | "TD"
  | "TOC"
  | "TOCI"
  | "Link"
  | "Figure"
  | "Form"
  | "Span";

/**
 * What a structure element says besides its type: alternative text (`/Alt`), language
 * (`/Lang`), and the table attributes of a header or data cell (`/Scope`, `/ColSpan`).
 *
 * @example
 * const th: StructProps = { scope: "Column", colSpan: 2 };
 */
export interface StructProps {
  readonly alt?: string;
  readonly lang?: string;
  readonly scope?: "Row" | "Column";
  readonly colSpan?: number;
}

/**
 * A run of an element's own content on one page, between two of its child elements: the
 * marked-content identifiers (MCIDs) the content stream gives it, in order. The layout creates
 * it as it draws (so an element's content and children stay in drawing order); the writer fills
 * `mcids` as it opens each marked-content sequence.
 *
 * @example
 * node.slot(0) //=> { kind: "content", node, page: 0, mcids: [] } — then [3, 4] once written
 */
export interface ContentSlot {
  readonly kind: "content";
  readonly node: StructNode;
  readonly page: number;
  readonly mcids: number[];
}

/**
 * An annotation an element holds (a link's, a signature field's widget): an object reference
 * (`OBJR`) in the element's kids.
 *
 * @example
 * const kid: AnnotationKid = { kind: "annotation", page: 2, ref };
 */
export interface AnnotationKid {
  readonly kind: "annotation";
  readonly page: number;
  readonly ref: PDFRef;
}

/**
 * What an element holds, in reading order.
 *
 * @example
 * node.kids[0]?.kind //=> "content"
 */
export type StructKid = ContentSlot | AnnotationKid | StructNode;

/**
 * One element of the structure tree of a tagged PDF. Elements are created when the layout
 * builds its boxes, in document order, and joined to their parent only when they receive
 * something (content, an annotation, or a child that does) — so an element that draws nothing
 * (an empty paragraph, a table of contents of an earlier layout pass) is not in the tree, and
 * the kids of each element are in the order they were drawn, which is the reading order.
 *
 * @example
 * const root = new StructNode("Document");
 * const p = root.child("P");
 * root.kids.length //=> 0 (p has drawn nothing yet)
 * p.slot(0);
 * root.kids[0] === p //=> true
 */
export class StructNode {
  readonly role: StructRole;
  readonly parent: StructNode | null;
  readonly props: StructProps;
  readonly kids: StructKid[] = [];
  /** The text drawn in this element, when it is a link (whose description quotes it). */
  text = "";
  /** Where a figure lies on its page (PDF user space), for its `/BBox` attribute. */
  bbox: { readonly page: number; readonly x: number; readonly y: number; readonly width: number; readonly height: number } | null = null;
  private attached: boolean;
  private links: Map<object, StructNode> | null = null;

  constructor(role: StructRole, parent: StructNode | null = null, props: StructProps = {}) {
    this.role = role;
    this.parent = parent;
    this.props = props;
    this.attached = parent === null;
  }

  /** A new element under this one, joined to it when it first receives something. */
  child(role: StructRole, props: StructProps = {}): StructNode {
    return new StructNode(role, this, props);
  }

  /** Whether the element is in the tree (the root always is). */
  get isAttached(): boolean {
    return this.attached;
  }

  /** Joins the element (and its ancestors) to the tree now, at the end of its parent's kids, if it is not yet. */
  attach(): void {
    if (this.attached || this.parent === null) return;
    this.parent.attach();
    this.parent.kids.push(this);
    this.attached = true;
  }

  /** The slot that content drawn now on `page` goes to: the last kid when it is this page's content, else a new one. */
  slot(page: number): ContentSlot {
    this.attach();
    const last = this.kids[this.kids.length - 1];
    if (last !== undefined && !(last instanceof StructNode) && last.kind === "content" && last.page === page) return last;
    const slot: ContentSlot = { kind: "content", node: this, page, mcids: [] };
    this.kids.push(slot);
    return slot;
  }

  /** Records an annotation this element holds (an `OBJR` kid). */
  annotation(page: number, ref: PDFRef): void {
    this.attach();
    this.kids.push({ kind: "annotation", page, ref });
  }

  /**
   * The `Link` element under this one for the link `target` (one object per link of the
   * document), the same each time it is asked: a link that goes on over a line or a page break
   * stays one element.
   */
  linkFor(target: object): StructNode {
    this.links ??= new Map();
    let link = this.links.get(target);
    if (link === undefined) {
      link = this.child("Link");
      this.links.set(target, link);
    }
    return link;
  }

  /** Keeps text drawn in this element when it is a `Link` (its description quotes it); other elements keep none. */
  addText(text: string): void {
    if (this.role === "Link") this.text += text;
  }
}

/**
 * An artifact: content that is not the document's (ISO 32000-1 §14.8.2.2) — page headers and
 * footers, repeated table headers, rules, borders, backgrounds, leaders, decorative images.
 *
 * @example
 * ARTIFACTS.footer //=> { kind: "artifact", type: "Pagination", subtype: "Footer" }
 */
export interface Artifact {
  readonly kind: "artifact";
  readonly type: "Pagination" | "Layout";
  readonly subtype?: "Header" | "Footer";
}

/**
 * The artifacts the engine draws, one object each (draw items compare them by identity).
 *
 * @example
 * ARTIFACTS.layout.type //=> "Layout"
 */
export const ARTIFACTS = {
  header: { kind: "artifact", type: "Pagination", subtype: "Header" },
  footer: { kind: "artifact", type: "Pagination", subtype: "Footer" },
  pagination: { kind: "artifact", type: "Pagination" },
  layout: { kind: "artifact", type: "Layout" },
} as const satisfies Record<string, Artifact>;

/**
 * How a draw item is marked in the content stream: as content of an element (its slot), as an
 * artifact, or not at all (`null`, which the structure checker reports).
 *
 * @example
 * const tag: ContentTag = ARTIFACTS.layout;
 */
export type ContentTag = ContentSlot | Artifact | null;
