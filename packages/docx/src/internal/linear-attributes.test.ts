import fc from "fast-check";
import { NextAttributeComponent } from "docx";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../render-docx";
import { chartDocument } from "../test-support/chart-document";
import { longDocument } from "../test-support/long-document";
import { sampleDocument } from "../test-support/sample-document";
import { docxOwnAttributes, installLinearAttributes } from "./linear-attributes";

type Prep = (this: unknown, context: unknown) => { _attr: Record<string, unknown> };
const proto = NextAttributeComponent.prototype as unknown as { prepForXml: Prep };

installLinearAttributes();
/** `docx`'s own method, as the package ships it (another test file may have rendered, and installed ours, first). */
const original = docxOwnAttributes() as Prep;

/** Runs `f` with docx's own method back in place. */
async function withOriginal<T>(f: () => Promise<T>): Promise<T> {
  const ours = proto.prepForXml;
  proto.prepForXml = original;
  try {
    return await f();
  } finally {
    proto.prepForXml = ours;
  }
}

/** Own keys in order with their values and descriptors' flags, and the prototype: everything the XML writer can see. */
const shape = (o: object) => ({
  prototype: Object.getPrototypeOf(o) as unknown,
  keys: Reflect.ownKeys(o),
  entries: Object.entries(o),
  descriptors: Object.entries(Object.getOwnPropertyDescriptors(o)).map(([k, d]) => [k, d.enumerable, d.writable]),
});

describe("installLinearAttributes", () => {
  it("replaces docx's method, once", () => {
    const ours = proto.prepForXml;
    expect(typeof original).toBe("function");
    expect(ours).not.toBe(original);
    // docx's own is the one that copies the attributes made so far for each one it adds.
    expect(String(original)).toContain("reduce");
    installLinearAttributes();
    expect(proto.prepForXml).toBe(ours);
  });

  it("gives the object docx's own method gives, for any attributes", () => {
    const name = fc.constantFrom("w:val", "w:sz", "w:b", "w:color", "r:id", "__proto__", "toString", "1", "0", "constructor");
    const value = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 4 }), fc.integer(), fc.boolean());
    const attributes = fc.dictionary(fc.string({ maxLength: 6 }), fc.record({ key: name, value }), { maxKeys: 8 });
    fc.assert(
      fc.property(attributes, (root) => {
        const component = new NextAttributeComponent(root as never);
        const mine = proto.prepForXml.call(component, {});
        const theirs = original.call(component, {});
        expect(Object.keys(mine)).toEqual(["_attr"]);
        expect(shape(mine._attr)).toEqual(shape(theirs._attr));
      }),
      { numRuns: 500 },
    );
  });

  it("leaves the DOCX's bytes as they were: documents rendered with docx's own method give the same bytes", async () => {
    for (const doc of [sampleDocument, longDocument(6, 60), chartDocument()]) {
      const fast = await renderDocx(doc);
      const slow = await withOriginal(() => renderDocx(doc));
      expect(Buffer.from(fast).equals(Buffer.from(slow))).toBe(true);
    }
  });
});
