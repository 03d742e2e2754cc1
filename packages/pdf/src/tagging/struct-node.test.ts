import { describe, expect, it } from "vitest";
import { StructNode } from "./struct-node";

describe("StructNode", () => {
  it("joins its parent (and its parent's parent) only when it first receives content, in that order", () => {
    const root = new StructNode("Document");
    const list = root.child("L");
    const first = list.child("LI");
    const second = list.child("LI");
    expect(root.kids).toEqual([]);
    second.child("LBody").slot(0);
    first.child("LBody").slot(1);
    expect(root.kids).toEqual([list]);
    // Drawn second first: the reading order is the drawing order.
    expect(list.kids).toEqual([second, first]);
  });

  it("keeps one content slot while the element draws on one page, and a new one after a child or on another page", () => {
    const p = new StructNode("Document").child("P");
    const a = p.slot(0);
    expect(p.slot(0)).toBe(a);
    const link = p.linkFor({ kind: "uri", uri: "https://a.fr" });
    link.slot(0);
    const b = p.slot(0);
    expect(b).not.toBe(a);
    const c = p.slot(1);
    expect(p.kids).toEqual([a, link, b, c]);
    expect(c).toMatchObject({ kind: "content", node: p, page: 1, mcids: [] });
  });

  it("gives one Link element per link, however often it is asked (a link over a line or a page break)", () => {
    const p = new StructNode("Document").child("P");
    const target = { kind: "internal", target: "art-2" } as const;
    expect(p.linkFor(target)).toBe(p.linkFor(target));
    expect(p.linkFor(target)).not.toBe(p.linkFor({ ...target }));
    expect(p.linkFor(target).role).toBe("Link");
  });

  it("keeps the text drawn in a link, and none in other elements", () => {
    const p = new StructNode("Document").child("P");
    const link = p.linkFor({ kind: "uri", uri: "https://a.fr" });
    link.addText("Légi");
    link.addText("france");
    p.addText("ignored");
    expect([link.text, p.text]).toEqual(["Légifrance", ""]);
  });

  it("holds annotations as kids, joining the tree", () => {
    const form = new StructNode("Document").child("Div").child("Form");
    expect(form.isAttached).toBe(false);
    form.annotation(2, {} as never);
    expect(form.isAttached).toBe(true);
    expect(form.kids[0]).toMatchObject({ kind: "annotation", page: 2 });
  });
});
