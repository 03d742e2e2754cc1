import type { Block } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { testContext } from "../test-support/shaping";
import { headingBox } from "./heading-box";
import { PageCanvas } from "./page-canvas";

const textOf = (canvas: PageCanvas): string => canvas.texts.map((t) => t.text).join("");

describe("headingBox", () => {
  const body: Block[] = [
    { type: "heading", level: 1, id: "a5", label: "Article 5", text: "Objet", pageBreakBefore: true },
    { type: "heading", level: 2, id: "pre", text: "Préambule" },
  ];
  const ctx = testContext({ body });

  it("draws the title the prepared document decided, as the DOCX does, and anchors the heading", () => {
    const [a5] = body;
    if (a5?.type !== "heading") throw new Error("heading");
    const box = headingBox(ctx, a5, ["body", 0]);
    expect([box.keep, box.anchor, box.pageBreakBefore]).toEqual(["withNext", "a5", true]);
    const canvas = new PageCanvas(0, ctx.frame.width, ctx.frame.height);
    box.draw(canvas, 100, { pageNumber: 1, pageCount: 1 });
    expect(textOf(canvas)).toBe(ctx.prepared.headingById.get("a5")?.title);
    expect(textOf(canvas)).toBe("Article\u00A05 – Objet");
    expect(canvas.anchors.map((a) => a.id)).toEqual(["a5"]);
  });

  it("takes its level's size and spacing", () => {
    const [a5, pre] = body;
    if (a5?.type !== "heading" || pre?.type !== "heading") throw new Error("heading");
    const h1 = headingBox(ctx, a5, ["body", 0]);
    const h2 = headingBox(ctx, pre, ["body", 1]);
    expect(h1.spaceBefore).toBe(ctx.theme.spacing.headingBefore[0]);
    expect(h2.spaceBefore).toBe(ctx.theme.spacing.headingBefore[1]);
    expect(h1.height).toBeGreaterThan(h2.height);
  });
});
