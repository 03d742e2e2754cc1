import { describe, expect, it } from "vitest";
import { plain, testShaper } from "../test-support/shaping";
import type { FontFace } from "../fonts/font-stack";
import type { Piece } from "../layout/shape-text";
import { ARTIFACTS, StructNode } from "../tagging/struct-node";
import { contentStream, pdfNumber, type ContentResources } from "./content-stream";

const { shaper } = testShaper();
const piece = (text: string): Piece => {
  const [word] = shaper.words([{ text, style: plain, path: [] }]);
  const p = word?.pieces[0];
  if (!p) throw new Error(text);
  return p;
};
const resources: ContentResources = {
  fontName: (face: FontFace) => `F${face.index}`,
  glyphHex: (_face, cp) => cp.toString(16).padStart(4, "0"),
  imageName: () => "Im0",
};

describe("pdfNumber", () => {
  it.each([
    [12.34567, "12.346"],
    [-0.0001, "0"],
    [3, "3"],
    [-2.5, "-2.5"],
    [Number.NaN, "0"],
  ])("writes %s as %s", (n, s) => {
    expect(pdfNumber(n)).toBe(s);
  });
});

describe("contentStream", () => {
  it("writes kerning as TJ adjustments in thousandths of an em", () => {
    const av = piece("AV");
    const out = contentStream([{ kind: "glyphs", x: 10, y: 20, piece: av, replace: null, tag: null }], resources);
    const kern = av.kerns[0] ?? 0;
    expect(kern).toBeLessThan(0);
    expect(out).toBe(`BT\n/F0 10 Tf\n0 0 0 rg\n1 0 0 1 10 20 Tm\n[<0041> ${pdfNumber((-kern * 1000) / 10)} <0056>] TJ\nET\n`);
  });

  it("joins pieces of one style on a line into one TJ, the gap of a widened space as an adjustment", () => {
    const a = piece("a");
    const space = piece("a"); // any piece: what matters is the gap after it
    const out = contentStream(
      [
        { kind: "glyphs", x: 0, y: 0, piece: a, replace: null, tag: null },
        { kind: "glyphs", x: a.width + 5, y: 0, piece: space, replace: null, tag: null },
      ],
      resources,
    );
    expect(out).toContain("[<0061> -500 <0061>] TJ");
    expect(out.match(/Tm/g)).toHaveLength(1);
  });

  it("draws a field's value with the field's font", () => {
    const out = contentStream([{ kind: "glyphs", x: 0, y: 0, piece: piece("00"), replace: "12", tag: null }], resources);
    expect(out).toContain("[<00310032>] TJ");
  });

  it("fills and strokes rectangles, draws lines and images in their own graphics state", () => {
    const out = contentStream(
      [
        { kind: "rect", rect: { x: 1, y: 2, width: 3, height: 4 }, fill: "FF0000", stroke: "0000FF", lineWidth: 0.5, tag: null },
        { kind: "image", rect: { x: 5, y: 6, width: 70, height: 80 }, image: { data: new Uint8Array(), mimeType: "image/png" }, path: [], tag: null },
      ],
      resources,
    );
    expect(out).toBe("q\n1 0 0 rg\n0 0 1 RG\n0.5 w\n1 2 3 4 re\nB\nQ\nq\n70 0 0 80 5 6 cm\n/Im0 Do\nQ\n");
  });

  it("paints consecutive shapes of one look as one path, strokes with round caps and joins", () => {
    const bar = (x: number) => ({ kind: "path", ops: [{ op: "re", x, y: 0, width: 5, height: 20 }], fill: "000091", stroke: null, lineWidth: 0, tag: null }) as const;
    const out = contentStream(
      [
        bar(0),
        bar(10),
        { kind: "path", ops: [{ op: "m", x: 0, y: 0 }, { op: "l", x: 10, y: 5 }, { op: "c", x1: 1, y1: 2, x2: 3, y2: 4, x: 5, y: 6 }, { op: "h" }], fill: null, stroke: "E69F00", lineWidth: 1.5, tag: null },
        { kind: "path", ops: [{ op: "re", x: 1, y: 1, width: 2, height: 2 }], fill: "009E73", stroke: "FFFFFF", lineWidth: 0.75, tag: null },
      ],
      resources,
    );
    expect(out).toBe(
      [
        "q\n0 0 0.569 rg\n0 0 5 20 re\n10 0 5 20 re\nf\nQ",
        "q\n0.902 0.624 0 RG\n1.5 w\n1 J\n1 j\n0 0 m\n10 5 l\n1 2 3 4 5 6 c\nh\nS\nQ",
        "q\n0 0.62 0.451 rg\n1 1 1 RG\n0.75 w\n1 J\n1 j\n1 1 2 2 re\nB\nQ\n",
      ].join("\n"),
    );
  });

  it("marks each run of one tag as a marked-content sequence, outside text objects, with the MCIDs the document gives", () => {
    const p = new StructNode("Document").child("P");
    const slot = p.slot(0);
    const mcids: number[] = [];
    const tagged: ContentResources = { ...resources, mcid: (s) => (mcids.push(mcids.length), s.mcids.push(mcids.length - 1), mcids.length - 1) };
    const a = piece("A");
    const out = contentStream(
      [
        { kind: "glyphs", x: 0, y: 0, piece: a, replace: null, tag: slot },
        { kind: "line", x1: 0, y1: -1, x2: 5, y2: -1, color: "000000", lineWidth: 1, tag: ARTIFACTS.layout },
        { kind: "glyphs", x: 10, y: 0, piece: a, replace: null, tag: slot },
        { kind: "glyphs", x: 0, y: 800, piece: a, replace: null, tag: ARTIFACTS.footer },
      ],
      tagged,
    );
    expect(out.split("\n").filter((l) => /BDC|EMC|BT|ET/.test(l))).toEqual([
      "/P <</MCID 0>> BDC",
      "BT",
      "ET",
      "EMC",
      "/Artifact <</Type /Layout>> BDC",
      "EMC",
      "/P <</MCID 1>> BDC",
      "BT",
      "ET",
      "EMC",
      "/Artifact <</Type /Pagination /Subtype /Footer>> BDC",
      "BT",
      "ET",
      "EMC",
    ]);
    expect(slot.mcids).toEqual([0, 1]);
  });

  it("never joins glyphs of two elements in one text array", () => {
    const root = new StructNode("Document");
    const [x, y] = [root.child("TD").slot(0), root.child("TD").slot(0)];
    let n = 0;
    const a = piece("A");
    const out = contentStream(
      [
        { kind: "glyphs", x: 0, y: 0, piece: a, replace: null, tag: x },
        { kind: "glyphs", x: a.width, y: 0, piece: a, replace: null, tag: y },
      ],
      { ...resources, mcid: () => n++ },
    );
    expect(out.match(/TJ/g)).toHaveLength(2);
    // Untagged (no mcid): one array, no marked content.
    const plainOut = contentStream(
      [
        { kind: "glyphs", x: 0, y: 0, piece: a, replace: null, tag: x },
        { kind: "glyphs", x: a.width, y: 0, piece: a, replace: null, tag: x },
      ],
      resources,
    );
    expect(plainOut).not.toMatch(/BDC|EMC/);
    expect(plainOut.match(/TJ/g)).toHaveLength(1);
  });
});
