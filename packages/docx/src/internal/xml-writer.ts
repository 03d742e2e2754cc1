// The XML of a tree from docx's `Formatter` (`{ "w:p": [{ _attr: {…} }, { "w:r": […] }] }`),
// written in one walk straight into a string: the same text docx 9.15.2's own (private)
// serializer writes without indentation, quirks and all, but without the second tree it builds
// first (an object with the tag, the attribute strings and the content of every element) and
// without a string per element joined into its parent's. See `fast-compiler.ts` for why and how
// it is used.

/** The characters docx escapes in a text or an attribute value; control characters are dropped. */
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const ESCAPED_ALL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
const entity = (ch: string): string => ENTITIES[ch] ?? "";

/** A string escaped as docx escapes it; anything else as `String` writes it. */
function escaped(value: unknown): string {
  if (typeof value === "string") return ESCAPED.test(value) ? value.replace(ESCAPED_ALL, entity) : value;
  return String(value);
}

/** ` key="value"` for each own enumerable property of an `_attr` object, in its order. */
function attributesOf(attr: unknown): string {
  let out = "";
  for (const [key, value] of Object.entries(attr as object)) out += ` ${key}="${escaped(value)}"`;
  return out;
}

/** The first own enumerable key of an object, as docx reads an element's name. */
const firstKey = (data: object): string | undefined => Object.keys(data)[0];

/** What docx writes for a content value that is not an element: nothing for `undefined`. */
const contentText = (value: unknown): string => (value === undefined ? "" : escaped(value));

/**
 * Appends the XML of one element of a `Formatter` tree to `out` and returns it.
 *
 * The rules are docx's: the element's name is its object's first key; `_attr` objects give
 * attributes (those met among an array's children too, written in the opening tag); an array
 * always gives an opening and a closing tag; a text or number among an array's children
 * replaces the child written just before it; `null` or an object without `_cdata` gives an
 * empty element `<name/>`.
 */
function element(data: object, out: string): string {
  const name = firstKey(data);
  const values: unknown = name === undefined ? undefined : (data as Record<string, unknown>)[name];
  const open = name ? `<${name}` : "";
  const close = name ? `</${name}>` : "";
  if (typeof values !== "object") return `${out}${open}${name ? ">" : ""}${contentText(values)}${close}`;
  if (values === null) return `${out}${open}/>`;
  const { _attr: attr, _cdata: cdata } = values as { _attr?: unknown; _cdata?: unknown };
  let attributes = attr ? attributesOf(attr) : "";
  const cdataText = cdata ? `<![CDATA[${(cdata as string).replace(/\]\]>/g, "]]]]><![CDATA[>")}]]>` : undefined;
  if (!Array.isArray(values)) {
    if (cdataText === undefined) return `${out}${open}${attributes}/>`;
    return `${out}${open}${attributes}${name ? ">" : ""}${cdataText}${close}`;
  }
  // Attributes given among the children go in the opening tag, wherever they stand.
  for (const value of values) if (typeof value === "object" && firstKey(value as object) === "_attr") attributes += attributesOf((value as { _attr: unknown })._attr);
  out = `${out}${open}${attributes}${name ? ">" : ""}${cdataText ?? ""}`;
  // The last child met is held back: a text that follows it takes its place, as in docx.
  let pending: object | undefined;
  let text: string | undefined;
  for (const value of values) {
    if (typeof value === "object") {
      if (firstKey(value as object) === "_attr") continue;
      if (pending !== undefined) out = element(pending, out);
      else if (text !== undefined) out += text;
      pending = value as object;
      text = undefined;
    } else {
      pending = undefined;
      text = contentText(value);
    }
  }
  if (pending !== undefined) out = element(pending, out);
  else if (text !== undefined) out += text;
  return out + close;
}

/**
 * The XML of a tree that docx's `Formatter` returned, without an XML declaration: the same text
 * as docx's own serializer writes with no indentation (`Packer.pack(file, type, false)`).
 *
 * @example
 * writeXml({ "w:p": [{ _attr: { "w:rsidR": "00" } }, { "w:r": [{ "w:t": [{ _attr: { "xml:space": "preserve" } }, "a < b"] }] }] })
 * //=> '<w:p w:rsidR="00"><w:r><w:t xml:space="preserve">a &lt; b</w:t></w:r></w:p>'
 */
export function writeXml(tree: object): string {
  return element(tree, "");
}
