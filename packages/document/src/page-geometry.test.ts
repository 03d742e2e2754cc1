import { describe, expect, it } from "vitest";
import { A4, PT_PER_CM } from "./page";
import { MIN_TEXT_AREA, pageGeometry } from "./page-geometry";
import { defaultTheme } from "./theme";

describe("pageGeometry", () => {
  it("is A4 portrait with the theme's margins by default", () => {
    const g = pageGeometry({}, defaultTheme);
    expect(g).toMatchObject({ orientation: "portrait", width: A4.width, height: A4.height, headerDistance: 1.2 * PT_PER_CM, footerDistance: 1.2 * PT_PER_CM });
    expect(g.margins).toEqual(defaultTheme.page.margins);
    expect(g.textWidth).toBeCloseTo(A4.width - 4 * PT_PER_CM, 6);
    expect(g.textHeight).toBeCloseTo(A4.height - 5 * PT_PER_CM, 6);
  });

  it("turns the page for landscape and takes the document's margins one by one over the theme's", () => {
    const g = pageGeometry({ page: { orientation: "landscape", margins: { left: 30, top: 0 } } }, defaultTheme);
    expect([g.width, g.height]).toEqual([A4.height, A4.width]);
    expect(g.margins).toEqual({ ...defaultTheme.page.margins, left: 30, top: 0 });
    expect(g.textWidth).toBeCloseTo(A4.height - 30 - defaultTheme.page.margins.right, 6);
  });

  it("may leave less than the minimum text area (prepareDocument reports it)", () => {
    expect(pageGeometry({ page: { margins: { left: 270, right: 270 } } }, defaultTheme).textWidth).toBeLessThan(MIN_TEXT_AREA);
  });
});
