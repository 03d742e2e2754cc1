import { describe, expect, it } from "vitest";
import { blankPdf, roundTrip } from "../../test/pdf-object-tools";
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFObject } from "../internal/pdf-lib";
import { StructNode } from "../tagging/struct-node";
import { addExternalLink } from "./links";
import { SerializedObject } from "./serialized-object";
import { MarkedContent, writeStructureTree } from "./structure-tree";

const N = (n: string) => PDFName.of(n);

describe("writeStructureTree", () => {
  it("writes the elements that received something, kids in order, MCIDs, references to other pages, annotations and attributes", async () => {
    const pdf = await blankPdf(2);
    const root = new StructNode("Document");
    const marks = new MarkedContent(2);
    const p = root.child("P");
    marks.mcid(0, p.slot(0));
    const link = p.linkFor({ kind: "uri", uri: "https://a.fr" });
    marks.mcid(0, link.slot(0));
    marks.mcid(1, p.slot(1)); // the paragraph goes on over the page break
    const annot = addExternalLink(pdf, pdf.getPage(0), { x: 0, y: 0, width: 10, height: 10 }, "https://a.fr", "a");
    const key = marks.annotation(link, 0, annot);
    root.child("P"); // drew nothing: not in the tree
    const th = root.child("Table").child("THead").child("TR").child("TH", { scope: "Column", colSpan: 2 });
    marks.mcid(1, th.slot(1));
    const figure = root.child("Figure", { alt: "Carte du département" });
    figure.bbox = { page: 1, x: 10, y: 20, width: 30, height: 40 };
    marks.mcid(1, figure.slot(1));
    writeStructureTree(pdf, root, marks, pdf.getPages().map((pg) => pg.ref));

    const { pdf: back } = await roundTrip(pdf);
    const ctx = back.context;
    const look = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? ctx.lookup(o) : o);
    const treeRoot = back.catalog.lookup(N("StructTreeRoot"), PDFDict);
    const doc = look(treeRoot.get(N("K"))) as PDFDict;
    expect(doc.lookup(N("S"))).toBe(N("Document"));
    const kids = (doc.lookup(N("K"), PDFArray).asArray().map(look) as PDFDict[]).map((d) => d.lookup(N("S")));
    expect(kids).toEqual([N("P"), N("Table"), N("Figure")]);

    const para = look(doc.lookup(N("K"), PDFArray).get(0)) as PDFDict;
    const paraKids = para.lookup(N("K"), PDFArray).asArray().map(look);
    expect(paraKids[0]).toEqual(PDFNumber.of(0));
    expect((paraKids[1] as PDFDict).lookup(N("S"))).toBe(N("Link"));
    const mcr = paraKids[2] as PDFDict;
    expect([mcr.lookup(N("Type")), mcr.lookup(N("MCID"))]).toEqual([N("MCR"), PDFNumber.of(0)]);
    expect(mcr.get(N("Pg"))).toBe(back.getPage(1).ref);
    const linkKids = ((paraKids[1] as PDFDict).lookup(N("K"), PDFArray).asArray().map(look) as PDFObject[]);
    expect((linkKids[1] as PDFDict).lookup(N("Type"))).toBe(N("OBJR"));

    const headCell = look((look((look((look(doc.lookup(N("K"), PDFArray).get(1)) as PDFDict).lookup(N("K"), PDFArray).get(0)) as PDFDict).lookup(N("K"), PDFArray).get(0)) as PDFDict).lookup(N("K"), PDFArray).get(0)) as PDFDict;
    expect(headCell.lookup(N("S"))).toBe(N("TH"));
    const attrs = headCell.lookup(N("A"), PDFDict);
    expect([attrs.lookup(N("O")), attrs.lookup(N("Scope")), attrs.lookup(N("ColSpan"))]).toEqual([N("Table"), N("Column"), PDFNumber.of(2)]);
    const fig = look(doc.lookup(N("K"), PDFArray).get(2)) as PDFDict;
    expect(fig.lookup(N("Alt"))?.toString()).toContain("FEFF"); // UTF-16 (é)
    expect(fig.lookup(N("A"), PDFDict).lookup(N("BBox"), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber())).toEqual([10, 20, 40, 60]);

    // The parent tree: page 0 → [P, Link], page 1 → [P, TH, Figure], the link annotation's key → Link.
    const nums = treeRoot.lookup(N("ParentTree"), PDFDict).lookup(N("Nums"), PDFArray).asArray();
    expect(nums.filter((_, i) => i % 2 === 0)).toEqual([PDFNumber.of(0), PDFNumber.of(1), PDFNumber.of(key)]);
    const page1 = (nums[3] as PDFArray).asArray().map((r) => (look(r) as PDFDict).lookup(N("S")));
    expect(page1).toEqual([N("P"), N("TH"), N("Figure")]);
    expect(key).toBe(2);
    expect(treeRoot.lookup(N("ParentTreeNextKey"))).toEqual(PDFNumber.of(3));
    expect(back.getPage(1).node.lookup(N("StructParents"))).toEqual(PDFNumber.of(1));
    expect(back.catalog.lookup(N("MarkInfo"), PDFDict).lookup(N("Marked"))?.toString()).toBe("true");

    // Each element was written as text: exactly what pdf-lib writes for the dictionary read back.
    const written = pdf.context.enumerateIndirectObjects().filter(([, o]) => o instanceof SerializedObject);
    expect(written.length).toBe(8); // Document, P, Link, Table, THead, TR, TH, Figure (not the P that drew nothing)
    for (const [ref, o] of written) expect(ctx.lookup(ref)?.toString()).toBe(o.toString());
  });
});
