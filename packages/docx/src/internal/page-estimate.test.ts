import { prepareDocumentOrThrow, type Block, type Document } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { estimatePages } from "./page-estimate";

const estimate = (body: Block[]) => {
  const doc: Document = { meta: { title: "x", createdAt: "2024-01-01" }, body };
  return estimatePages(prepareDocumentOrThrow(doc));
};
const para = (chars: number): Block => ({ type: "paragraph", content: [{ type: "text", text: "mot ".repeat(Math.ceil(chars / 4)) }] });
const h = (id: string, extra: Partial<Extract<Block, { type: "heading" }>> = {}): Block => ({ type: "heading", level: 1, id, text: id, ...extra });

describe("estimatePages", () => {
  it("puts a short document on one page", () => {
    expect(estimate([h("a"), para(300)])).toEqual({ headingPages: new Map([["a", 1]]), pageCount: 1 });
  });

  it("moves on at page breaks and at headings that break the page", () => {
    const { headingPages, pageCount } = estimate([h("a"), { type: "pageBreak" }, h("b"), h("c", { pageBreakBefore: true })]);
    expect([...headingPages.values()]).toEqual([1, 2, 3]);
    expect(pageCount).toBe(3);
  });

  it("counts pages as text grows, never backwards", () => {
    const body: Block[] = [];
    for (let i = 0; i < 40; i++) body.push(h(`h${i}`), para(1500));
    const pages = [...estimate(body).headingPages.values()];
    expect(pages.every((p, i) => i === 0 || p >= pages[i - 1]!)).toBe(true);
    // About 1 500 characters and a heading take a fifth of a page or so: 40 of them, several pages.
    expect(pages.at(-1)).toBeGreaterThan(5);
    expect(pages.at(-1)).toBeLessThan(20);
  });

  it("does not leave a heading alone at the bottom of a page", () => {
    const filler: Block[] = Array.from({ length: 7 }, () => para(550));
    expect(estimate([...filler, h("late"), para(500)]).headingPages.get("late")).toBe(1);
    // A few more lines: the heading would still fit, but not with two lines after it.
    expect(estimate([...filler, para(250), h("late"), para(500)]).headingPages.get("late")).toBe(2);
  });

  it("grows with a long table and keeps a kept group whole", () => {
    const rows = Array.from({ length: 200 }, () => [{ content: [{ type: "text" as const, text: "ligne" }] }]);
    expect(estimate([{ type: "table", columns: [{}], header: [], rows, totals: [] }]).pageCount).toBeGreaterThan(3);
    const filler: Block[] = Array.from({ length: 5 }, () => para(550));
    const blocks: Block[] = [h("g"), para(1200), para(1200)];
    expect(estimate([...filler, ...blocks]).headingPages.get("g")).toBe(1);
    expect(estimate([...filler, { type: "keepTogether", blocks }]).headingPages.get("g")).toBe(2);
  });
});
