import { describe, expect, it } from "vitest";
import { ARTIFACTS, StructNode } from "../tagging/struct-node";
import { plain, testShaper } from "../test-support/shaping";
import { PageCanvas } from "./page-canvas";
import type { Piece } from "./shape-text";

const { shaper } = testShaper();
const piece = (text: string, link: Piece["style"]["link"] = null): Piece => {
  const p = shaper.words([{ text, style: { ...plain, link }, path: [] }])[0]?.pieces[0];
  if (!p) throw new Error(text);
  return p;
};

describe("PageCanvas — tagging", () => {
  it("marks text drawn inside tagged() as content of the element, on this page", () => {
    const canvas = new PageCanvas(3, 595, 842);
    const p = new StructNode("Document").child("P");
    canvas.tagged(p, () => canvas.glyphs(piece("Objet"), 10, 100, 30));
    canvas.glyphs(piece("hors"), 10, 120, 20);
    const [inside, outside] = canvas.items;
    expect(inside?.tag).toMatchObject({ kind: "content", node: p, page: 3 });
    expect(outside?.tag).toBeNull(); // untagged: the checker reports it
  });

  it("puts linked text in the element's Link for that link, and its annotation too", () => {
    const canvas = new PageCanvas(0, 595, 842);
    const p = new StructNode("Document").child("P");
    const target = { kind: "uri", uri: "https://a.fr" } as const;
    canvas.tagged(p, () => {
      canvas.glyphs(piece("Légifrance", target), 10, 100, 40);
      canvas.link(10, 90, 40, 12, target);
    });
    const link = p.linkFor(target);
    expect(canvas.items[0]?.tag).toMatchObject({ node: link });
    expect(canvas.links[0]?.node).toBe(link);
    expect(link.text).toBe("Légifrance");
  });

  it("makes headers, footers, rules, borders, backgrounds and artifact() sections artifacts", () => {
    const canvas = new PageCanvas(0, 595, 842);
    const p = new StructNode("Document").child("P");
    canvas.tagged(p, () => {
      canvas.rect(0, 0, 10, 10, "EEEEEE", null, 0, "background");
      canvas.line(0, 0, 10, 0, "000000", 1);
      canvas.artifact("pagination", () => canvas.glyphs(piece("Titre"), 10, 100, 30));
    });
    canvas.region = "footer";
    canvas.glyphs(piece("Page 1 sur 2"), 10, 800, 60);
    expect(canvas.items.map((i) => i.tag)).toEqual([ARTIFACTS.layout, ARTIFACTS.layout, ARTIFACTS.pagination, ARTIFACTS.footer]);
    expect(p.isAttached).toBe(false);
  });

  it("makes shapes content of the current element (a chart's bars are its Figure), in PDF space, and records a chart's box on its Figure", () => {
    const canvas = new PageCanvas(2, 595, 842);
    const figure = new StructNode("Document").child("Figure", { alt: "Graphique" });
    canvas.tagged(figure, () => {
      canvas.figureBox(50, 100, 400, 200, "chart");
      canvas.shape(
        [
          { op: "re", x: 60, y: 150, width: 10, height: 40 },
          { op: "m", x: 0, y: 10 },
          { op: "l", x: 5, y: 20 },
          { op: "c", x1: 1, y1: 2, x2: 3, y2: 4, x: 5, y: 6 },
          { op: "h" },
        ],
        { fill: "000091", stroke: null, lineWidth: 0 },
      );
    });
    expect(canvas.items[0]).toMatchObject({
      kind: "path",
      fill: "000091",
      ops: [
        { op: "re", x: 60, y: 842 - 190, width: 10, height: 40 },
        { op: "m", x: 0, y: 832 },
        { op: "l", x: 5, y: 822 },
        { op: "c", x1: 1, y1: 840, x2: 3, y2: 838, x: 5, y: 836 },
        { op: "h" },
      ],
      tag: { kind: "content", node: figure, page: 2 },
    });
    expect(figure.bbox).toEqual({ page: 2, x: 50, y: 842 - 300, width: 400, height: 200 });
    expect(canvas.boxes).toEqual([{ x: 50, y: 542, width: 400, height: 200, kind: "chart" }]);
    // Outside any element a shape is untagged (the checker reports it); in an artifact section, an artifact.
    canvas.shape([{ op: "re", x: 0, y: 0, width: 1, height: 1 }], { fill: "000000", stroke: null, lineWidth: 0 });
    canvas.artifact("layout", () => canvas.shape([{ op: "re", x: 0, y: 0, width: 1, height: 1 }], { fill: "000000", stroke: null, lineWidth: 0 }));
    expect(canvas.items.slice(1).map((i) => i.tag)).toEqual([null, ARTIFACTS.layout]);
  });

  it("records a figure's box on its element and joins a signature field's Form where it is drawn", () => {
    const canvas = new PageCanvas(1, 595, 842);
    const root = new StructNode("Document");
    const figure = root.child("Figure", { alt: "Carte" });
    canvas.tagged(figure, () => canvas.image({ data: new Uint8Array(0), mimeType: "image/png" }, 50, 100, 120, 60, []));
    expect(figure.bbox).toEqual({ page: 1, x: 50, y: 842 - 160, width: 120, height: 60 });
    const div = root.child("Div");
    const form = div.child("Form");
    canvas.tagged(form, () => canvas.signatureField("sig", 50, 300, 200, 72, "Signature du préfet"));
    div.child("P").slot(1);
    expect(div.kids[0]).toBe(form); // the field before the name below it
    expect(canvas.signatureFields[0]).toMatchObject({ name: "sig", description: "Signature du préfet", node: form });
  });
});

describe("PageCanvas — placed text", () => {
  it("reports a piece's text, size, face and box, and keeps only its code points, not the piece", () => {
    const canvas = new PageCanvas(0, 595, 842);
    const objet = piece("Objet");
    canvas.glyphs(objet, 10, 100, 30);
    canvas.glyphs(piece("«1»"), 50, 100, 12, "12");
    const [placed, field] = canvas.texts;
    expect(placed).toMatchObject({ text: "Objet", x: 10, width: 30, fontSize: objet.style.size, fontFamily: objet.face.family, fontStyle: objet.face.style, region: "body" });
    expect(field?.text).toBe("12");
    expect(Object.keys(JSON.parse(JSON.stringify(placed)) as object)).toEqual(["text", "x", "y", "width", "height", "fontSize", "fontFamily", "fontStyle", "region"]);
    // A report kept after the render must not hold every piece's glyphs, advances and kerning.
    const held = Object.values(placed ?? {}).filter((v): v is object => typeof v === "object" && v !== null);
    expect(held).toEqual([objet.src]);
  });

  it("reports no text when told not to, and draws the same", () => {
    const drawn = (report: boolean) => {
      const canvas = new PageCanvas(0, 595, 842, report);
      canvas.glyphs(piece("Objet"), 10, 100, 30);
      return canvas;
    };
    expect(drawn(false).texts).toEqual([]);
    expect(drawn(false).items).toEqual(drawn(true).items);
    expect(drawn(true).texts).toHaveLength(1);
  });
});
