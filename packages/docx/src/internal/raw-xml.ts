import { FileChild, NextAttributeComponent, XmlComponent, type ParagraphChild } from "docx";

/** An attribute value as the `docx` serializer writes it (escaped on output). */
type AttributeValue = string | number | boolean;
type Attributes = Readonly<Record<string, AttributeValue | undefined>>;
/** Children of a raw element: components, or one text (the serializer keeps a single text child). */
type Children = readonly XmlComponent[] | string;

const attributesOf = (attributes: Attributes): NextAttributeComponent<Record<string, AttributeValue>> | undefined => {
  const payload: Record<string, { key: string; value: AttributeValue }> = {};
  let any = false;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    payload[key] = { key, value };
    any = true;
  }
  return any ? new NextAttributeComponent(payload) : undefined;
};

/**
 * An XML element written exactly as given: a name, attributes (in the given order) and children
 * (other components, or one text escaped by the serializer). Used where the `docx` API has no
 * deterministic or complete equivalent (fields, bookmarks with stable ids, the table style).
 *
 * @example
 * new RawElement("w:fldChar", { "w:fldCharType": "begin" }) //=> <w:fldChar w:fldCharType="begin"/>
 */
export class RawElement extends XmlComponent {
  constructor(name: string, attributes: Attributes = {}, children: Children = []) {
    super(name);
    const attrs = attributesOf(attributes);
    if (attrs) this.root.push(attrs);
    if (typeof children === "string") this.root.push(children);
    else for (const child of children) this.root.push(child);
  }
}

/**
 * A raw element that can stand in a document's body (a content control around the table of contents).
 *
 * @example
 * new RawBlock("w:sdt", {}, [sdtPr, sdtContent]) //=> <w:sdt>…</w:sdt> in the body
 */
export class RawBlock extends FileChild {
  constructor(name: string, attributes: Attributes = {}, children: readonly XmlComponent[] = []) {
    super(name);
    const attrs = attributesOf(attributes);
    if (attrs) this.root.push(attrs);
    for (const child of children) this.root.push(child);
  }
}

/**
 * Shorthand for {@link RawElement}.
 *
 * @example
 * el("w:instrText", { "xml:space": "preserve" }, " PAGE ") //=> <w:instrText xml:space="preserve"> PAGE </w:instrText>
 */
export const el = (name: string, attributes: Attributes = {}, children: Children = []): RawElement =>
  new RawElement(name, attributes, children);

/**
 * A `<name w:val="…"/>` element.
 *
 * @example
 * val("w:pStyle", "Heading1") //=> <w:pStyle w:val="Heading1"/>
 */
export const val = (name: string, value: AttributeValue): RawElement => el(name, { "w:val": value });

/**
 * A component as a paragraph child. `docx`'s `Paragraph` writes any component it is given; its
 * `children` type only lists its own classes, so raw runs, fields and bookmarks go through here.
 *
 * @example
 * new Paragraph({ children: [asChild(new BookmarkEnd(0))] })
 */
export const asChild = (component: XmlComponent): ParagraphChild => component as unknown as ParagraphChild;
