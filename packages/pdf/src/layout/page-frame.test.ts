import { defaultTheme, PT_PER_CM } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { pageFrame } from "./page-frame";

describe("pageFrame", () => {
  it("is A4 portrait with the theme's margins by default", () => {
    const f = pageFrame({}, defaultTheme);
    expect([f.width, f.height]).toEqual([595.28, 841.89]);
    expect(f.contentWidth).toBeCloseTo(595.28 - 4 * PT_PER_CM, 9);
    expect(f.contentHeight).toBeCloseTo(841.89 - 5 * PT_PER_CM, 9);
  });

  it("turns landscape and takes the document's margins one by one", () => {
    const f = pageFrame({ page: { orientation: "landscape", margins: { left: 30 } } }, defaultTheme);
    expect([f.width, f.height]).toEqual([841.89, 595.28]);
    expect(f.margins.left).toBe(30);
    expect(f.margins.right).toBeCloseTo(2 * PT_PER_CM, 9);
  });
});
