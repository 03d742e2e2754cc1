import { NextAttributeComponent } from "docx";

/** An attribute of `docx`'s NextAttributeComponent: the XML name and its value (left out when undefined). */
interface Attribute {
  readonly key: string;
  readonly value: unknown;
}

/** The part of NextAttributeComponent this module speeds up. */
interface Attributes {
  readonly root: Readonly<Record<string, Attribute>>;
  prepForXml(context: unknown): { _attr: Record<string, unknown> };
}

let installed = false;
/** `docx`'s own method, kept when ours is installed. */
let docxOwn: Attributes["prepForXml"] | undefined;

/**
 * Makes `docx`'s `NextAttributeComponent` write its attributes in time linear in their number;
 * the XML written does not change.
 *
 * Why: `NextAttributeComponent.prototype.prepForXml` (in `docx` 9.15.2) builds the attributes of
 * an element by copying the object made so far for each attribute it adds (`reduce` over a
 * spread). Most elements of a document carry such attributes (sizes, spacing, widths, borders,
 * fonts…), so those copies were 8.8 MB of the 45.6 MB allocated for each contract of the
 * national batch, and 10–15 % of `renderDocx`'s time (see the benchmark). This writes each
 * defined attribute into one object, in the same order, keeping the last value of a name given
 * twice at the place of its first, as the spread did. `__proto__` is defined as an own property,
 * as the spread's computed key did, never as the object's prototype.
 *
 * Installed once, on the first render (never at import: the package stays free of side
 * effects). It changes `docx`'s class for the whole program; any other user of `docx` in the
 * same program gets the same XML, faster.
 *
 * @example
 * installLinearAttributes(); // then Packer.pack(…) as before
 */
export function installLinearAttributes(): void {
  if (installed) return;
  installed = true;
  const proto = NextAttributeComponent.prototype as unknown as Attributes;
  if (typeof proto.prepForXml !== "function") return;
  docxOwn = proto.prepForXml;
  proto.prepForXml = function prepForXml(this: Attributes): { _attr: Record<string, unknown> } {
    const attrs: Record<string, unknown> = {};
    for (const { key, value } of Object.values(this.root)) {
      if (value === undefined) continue;
      if (key === "__proto__") Object.defineProperty(attrs, key, { value, enumerable: true, writable: true, configurable: true });
      else attrs[key] = value;
    }
    return { _attr: attrs };
  };
}

/**
 * `docx`'s own `NextAttributeComponent.prototype.prepForXml`, once ours replaced it (for the
 * tests that compare the two); `undefined` before.
 *
 * @example
 * installLinearAttributes();
 * docxOwnAttributes()?.call(component, context) // docx's own result
 */
export function docxOwnAttributes(): Attributes["prepForXml"] | undefined {
  return docxOwn;
}
