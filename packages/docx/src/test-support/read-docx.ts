import { strFromU8, unzipSync } from "fflate";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** The parts of a DOCX by path, as bytes. */
export function unzipDocx(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** The text of a part (UTF-8). */
export function partText(bytes: Uint8Array, path: string): string {
  const part = unzipDocx(bytes)[path];
  if (!part) throw new Error(`No part ${path} in the DOCX`);
  return strFromU8(part);
}

/** Parses XML keeping order, attributes (`@_name`) and text (`#text`), as fast-xml-parser's preserveOrder tree. */
export type XmlNode = Record<string, unknown>;
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "@_", trimValues: false, parseTagValue: false, parseAttributeValue: false });

/** The ordered element tree of an XML text. */
export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[];
}

/** Whether every XML part of a DOCX is well-formed; returns the failures by path. */
export function malformedParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, data] of Object.entries(unzipDocx(bytes))) {
    if (!path.endsWith(".xml") && !path.endsWith(".rels")) continue;
    const result = XMLValidator.validate(strFromU8(data));
    if (result !== true) out[path] = `${result.err.code}: ${result.err.msg} (line ${result.err.line})`;
  }
  return out;
}

/** A found element: its name, attributes and children (ordered tree). */
export type El = { name: string; attrs: Record<string, string>; children: XmlNode[] };

const nameOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ":@");
const toEl = (node: XmlNode): El | undefined => {
  const name = nameOf(node);
  if (!name || name === "#text") return undefined;
  return { name, attrs: (node[":@"] as Record<string, string> | undefined) ?? {}, children: (node[name] as XmlNode[]) ?? [] };
};

/** Every element named `name`, depth first, in document order. */
export function findAll(nodes: readonly XmlNode[], name: string): El[] {
  const out: El[] = [];
  const walk = (list: readonly XmlNode[]) => {
    for (const node of list) {
      const el = toEl(node);
      if (!el) continue;
      if (el.name === name) out.push(el);
      walk(el.children);
    }
  };
  walk(nodes);
  return out;
}

/** The direct children of an element named `name`. */
export function childrenNamed(el: El | undefined, name: string): El[] {
  return (el?.children ?? []).map(toEl).filter((c): c is El => c !== undefined && c.name === name);
}

/** The first direct child of an element named `name`. */
export function child(el: El | undefined, name: string): El | undefined {
  return childrenNamed(el, name)[0];
}

/** The concatenated text of the `w:t` elements under an element (tabs and breaks as `\t` and `\n`). */
export function textOf(nodes: readonly XmlNode[]): string {
  let out = "";
  const walk = (list: readonly XmlNode[], inT: boolean) => {
    for (const node of list) {
      const name = nameOf(node);
      if (name === "#text") {
        if (inT) out += String(node["#text"]);
        continue;
      }
      if (!name) continue;
      if (name === "w:tab" && !inT) out += "\t";
      if (name === "w:br") out += "\n";
      if (name === "w:instrText" || name === "w:pPr" || name === "w:rPr") continue;
      walk((node[name] as XmlNode[]) ?? [], name === "w:t");
    }
  };
  walk(nodes, false);
  return out;
}

