import { describe, expect, it } from "vitest";
import { testContext } from "../test-support/shaping";
import { drawHeaderFooter } from "./header-footer";
import { PageCanvas } from "./page-canvas";

describe("drawHeaderFooter", () => {
  const ctx = testContext();
  const draw = (index: number, firstPage: boolean) => {
    const canvas = new PageCanvas(index, ctx.frame.width, ctx.frame.height);
    const footer = ctx.prepared.footer;
    if (!footer) throw new Error("the default theme has a footer");
    drawHeaderFooter(ctx, canvas, { ...footer, firstPage }, "footer", { pageNumber: index + 1, pageCount: 9 });
    return canvas;
  };

  it("draws the prepared footer with this page's number, in the footer region below the text area", () => {
    const canvas = draw(1, true);
    expect(canvas.texts.map((t) => t.text).join("")).toBe("Page 2 sur 9");
    expect(canvas.texts.every((t) => t.region === "footer" && t.y < ctx.frame.margins.bottom)).toBe(true);
  });

  it("leaves the first page blank when told to, and draws nothing without a header", () => {
    expect(draw(0, false).texts).toEqual([]);
    expect(draw(1, false).texts.length).toBeGreaterThan(0);
    const canvas = new PageCanvas(0, ctx.frame.width, ctx.frame.height);
    drawHeaderFooter(ctx, canvas, ctx.prepared.header, "header", { pageNumber: 1, pageCount: 1 });
    expect(canvas.texts).toEqual([]);
  });
});
