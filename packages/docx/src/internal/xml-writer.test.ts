import fc from "fast-check";
import { Document } from "docx";
import { describe, expect, it } from "vitest";
import { compileWith, GivenTree, PROBE_TREE } from "./fast-compiler";
import { writeXml } from "./xml-writer";

/** The document part as docx's compiler and as the fast one write a body holding `tree`. */
function bothWrite(tree: object): { docx: unknown; ours: unknown } {
  const file = new Document({ sections: [{ children: [new GivenTree(tree)] }] });
  return { docx: compileWith(file, false)?.get("word/document.xml"), ours: compileWith(file, true)?.get("word/document.xml") };
}

const name = fc.constantFrom("w:p", "w:r", "w:t", "a", "", "w:tbl");
const text = fc.string({ unit: fc.constantFrom("a", "é", " ", "&", "<", ">", '"', "'", "\u0001", "\u0009", "\n", "\u001f", "’", "]]>"), maxLength: 8 });
const primitive = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean());
const attributes = fc.dictionary(fc.constantFrom("w:val", "w:sz", "xml:space", "r:id", "x"), fc.oneof(text, fc.integer(), fc.boolean()), { maxKeys: 3 });
const { tree } = fc.letrec<{ tree: object; values: unknown }>((tie) => ({
  tree: fc.tuple(name, tie("values")).map(([n, v]) => ({ [n]: v })),
  values: fc.oneof(
    { depthSize: "small" },
    primitive,
    fc.constant(null),
    fc.constant(undefined),
    attributes.map((a) => ({ _attr: a })),
    fc.record({ _attr: attributes, _cdata: text }),
    fc.array(fc.oneof(tie("tree"), attributes.map((a) => ({ _attr: a })), primitive), { maxLength: 5 }),
  ),
}));

describe("writeXml", () => {
  it("writes what docx's own serializer writes, for any tree docx's formatter can give", () => {
    fc.assert(
      fc.property(tree, (t) => {
        const { docx, ours } = bothWrite({ "w:p": [t] });
        expect(typeof docx).toBe("string");
        expect(ours).toBe(docx);
      }),
      { numRuns: 300 },
    );
  });

  it("follows docx's quirks on the probe: late attributes in the opening tag, a text replacing the element before it, control characters dropped", () => {
    const { docx, ours } = bothWrite(PROBE_TREE);
    expect(ours).toBe(docx);
    const xml = writeXml(PROBE_TREE);
    expect(xml.startsWith('<w:p w:a="x&lt;&quot;&amp;&apos;&gt;y" w:n="3" w:late="attribute">')).toBe(true);
    expect(xml).not.toContain("w:dropped");
    expect(xml).toContain("text that replaces the element before it");
    expect(xml).toContain('<w:x></w:x><w:y/><w:z/><w:c v="true"><![CDATA[d]]]]><![CDATA[>e]]></w:c>');
    expect(xml).toContain("<w:inner></w:inner><w:u></w:u><w:list>last</w:list>");
  });

  it("writes a body of 20 000 runs whole and in order", () => {
    const runs = Array.from({ length: 20_000 }, (_, i) => ({ "w:r": [{ "w:t": [{ _attr: { "xml:space": "preserve" } }, `mot ${i} `] }] }));
    const expected = `<w:body>${runs.map((_, i) => `<w:r><w:t xml:space="preserve">mot ${i} </w:t></w:r>`).join("")}</w:body>`;
    expect(writeXml({ "w:body": runs })).toBe(expected);
  });
});
