import type { Block } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { testContext } from "../test-support/shaping";
import { PageCanvas } from "./page-canvas";
import { tocBoxes } from "./toc-boxes";

describe("tocBoxes", () => {
  const body: Block[] = [
    { type: "toc", maxLevel: 1 },
    { type: "heading", level: 1, id: "a1", label: "Article 1", text: "Objet" },
    { type: "heading", level: 2, id: "a1-1", text: "Détail" },
    { type: "heading", level: 1, id: "an1", label: "Annexe 1", text: "", toc: true },
    { type: "heading", level: 1, id: "hidden", text: "Hors sommaire", toc: false },
  ];
  const ctx = testContext({ body });
  const [toc] = ctx.prepared.document.body;
  const prepared = toc?.type === "toc" ? ctx.prepared.tocs.get(toc) : undefined;

  it("lists the prepared entries (the DOCX lists the same) under the title, each a link with its page number", () => {
    if (!prepared) throw new Error("prepared toc");
    const boxes = tocBoxes(ctx, prepared, (id) => ({ a1: 2, an1: 5 })[id], 2);
    expect(boxes).toHaveLength(3);
    const canvas = new PageCanvas(0, ctx.frame.width, ctx.frame.height);
    let top = 0;
    for (const b of boxes) {
      b.draw(canvas, top, { pageNumber: 1, pageCount: 1 });
      top += b.height + b.spaceAfter;
    }
    const inReadingOrder = [...canvas.texts].sort((a, b) => Math.round(b.y) - Math.round(a.y) || a.x - b.x);
    const words = inReadingOrder.map((t) => t.text).join(" ").replace(/\.{2,}/g, " ").split(/\s+/).filter((w) => w !== "");
    expect(words).toEqual(["Sommaire", "Article", "1", "–", "Objet", "2", "Annexe", "1", "5"]);
    expect(canvas.links.map((l) => (l.target.kind === "internal" ? l.target.target : l.target.uri))).toEqual(["a1", "an1"]);
    // Drawn in reading order too (the content stream is what text extraction and tagging follow):
    // each entry's title, then its leader and its page number.
    const drawn = canvas.texts.map((t) => t.text).join(" ").replace(/\.{2,}/g, " ").split(/\s+/).filter((w) => w !== "");
    expect(drawn).toEqual(words);
  });
});
