import { describe, expect, it } from "vitest";
import { paginate, type Keep, type PageBox } from "./paginate";

interface Box extends PageBox<Box> {
  readonly name: string;
}

interface Options {
  keep?: Keep;
  spaceBefore?: number;
  spaceAfter?: number;
  pageBreakBefore?: boolean;
  pageBreakAfter?: boolean;
  repeat?: Box[];
  anchor?: string;
}

/** A box of `lines` lines of 10 pt that splits with orphan/widow control (2 lines each side). */
function lines(name: string, n: number, o: Options = {}): Box {
  return {
    name,
    spaceBefore: 0,
    spaceAfter: 0,
    pageBreakBefore: false,
    pageBreakAfter: false,
    ...o,
    repeat: o.repeat ?? null,
    height: n * 10,
    minHead: n >= 4 ? 20 : n * 10,
    keep: o.keep ?? "none",
    split(avail, empty) {
      let k = Math.min(Math.floor(avail / 10), n - 1);
      if (!empty) {
        if (n < 4) return null;
        k = Math.min(k, n - 2);
        if (k < 2) return null;
      }
      if (k < 1) return null;
      return [lines(`${name}a`, k), lines(`${name}b`, n - k, { ...o, anchor: undefined as unknown as string })];
    },
    ...(o.anchor ? { anchor: o.anchor } : {}),
  } as Box;
}

const heights = (p: ReturnType<typeof paginate<Box>>): number[][] => p.pages.map((page) => page.map((pl) => pl.box.height));

describe("paginate", () => {
  it("stacks boxes and starts a page when the next does not fit", () => {
    expect(heights(paginate([lines("a", 3), lines("b", 3), lines("c", 3)], 70))).toEqual([[30, 30], [30]]);
  });

  it("collapses spacing to the larger of the two and drops it at the top of a page", () => {
    const p = paginate([lines("a", 2, { spaceAfter: 6 }), lines("b", 2, { spaceBefore: 10 }), lines("c", 5, { spaceBefore: 8 })], 60);
    expect(p.pages[0]?.map((x) => x.top)).toEqual([0, 30]);
    expect(p.pages[1]?.[0]?.top).toBe(0);
  });

  it("splits a paragraph leaving at least two lines at the bottom and two at the top", () => {
    // 5 lines free, paragraph of 6: 4 + 2 (not 5 + 1).
    expect(heights(paginate([lines("a", 1), lines("p", 6)], 60))).toEqual([[10, 40], [20]]);
    // 1 line free: the whole paragraph moves (no orphan).
    expect(heights(paginate([lines("a", 5), lines("p", 6)], 60))).toEqual([[50], [60]]);
    // a 3-line paragraph never splits.
    expect(heights(paginate([lines("a", 4), lines("p", 3)], 60))).toEqual([[40], [30]]);
  });

  it("never leaves a heading at the bottom of a page", () => {
    const p = paginate([lines("a", 4), lines("h", 1, { keep: "withNext", anchor: "h1" }), lines("p", 6)], 60);
    expect(heights(p)).toEqual([[40], [10, 40], [20]]);
    expect(p.anchors.get("h1")).toBe(1);
  });

  it("moves a keep-together group whole when it fits on an empty page, flows it otherwise", () => {
    const group = [lines("g1", 2, { keep: "together" }), lines("g2", 2, { keep: "together" }), lines("g3", 2)];
    expect(heights(paginate([lines("a", 3), ...group], 70))).toEqual([[30], [20, 20, 20]]);
    const big = [lines("g1", 4, { keep: "together" }), lines("g2", 4, { keep: "together" }), lines("g3", 2)];
    expect(heights(paginate(big, 70)).flat().reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("honours page breaks before and after, without a blank last page", () => {
    expect(heights(paginate([lines("a", 1), lines("b", 1, { pageBreakBefore: true })], 100))).toEqual([[10], [10]]);
    expect(heights(paginate([lines("a", 1, { pageBreakAfter: true }), lines("b", 1)], 100))).toEqual([[10], [10]]);
    expect(heights(paginate([lines("a", 1, { pageBreakAfter: true })], 100))).toEqual([[10]]);
    // a break before on an empty page adds no page
    expect(heights(paginate([lines("a", 1, { pageBreakBefore: true })], 100))).toEqual([[10]]);
  });

  it("repeats header boxes at the top of each page the table continues on", () => {
    const header = lines("header", 1, { keep: "withNext" });
    const rows = Array.from({ length: 10 }, (_, i) => lines(`r${i}`, 2, { repeat: [header] }));
    const p = paginate([header, ...rows], 65);
    expect(p.pages.length).toBeGreaterThan(2);
    for (const page of p.pages) expect(page[0]?.box).toBe(header);
    expect(p.pages.flat().filter((x) => x.box !== header)).toHaveLength(10);
  });

  it("places a box taller than a page over several pages when it can be cut", () => {
    expect(heights(paginate([lines("big", 15)], 60))).toEqual([[60], [60], [30]]);
  });
});
