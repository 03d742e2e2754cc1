import { describe, expect, it } from "vitest";
import { testContext } from "../test-support/shaping";
import { setInlines } from "./layout-context";
import { PageCanvas } from "./page-canvas";
import { textBox } from "./text-box";

describe("textBox", () => {
  it("cuts a text box between lines, keeping two lines on each side when asked, and decorates the right part", () => {
    const ctx = testContext();
    const block = setInlines(ctx, [{ type: "text", text: "mot ".repeat(300) }], [], {
      base: { bold: false, italic: false, size: 10, color: "000000" },
      width: 200,
      align: "left",
    });
    const n = block.lines.length;
    const calls: [number, number][] = [];
    const box = textBox({ block, left: 0, split: "orphans", decorate: (_c, _t, from, to) => calls.push([from, to]) });
    expect(box.minHead).toBeCloseTo(2 * block.lineHeight, 9);
    expect(box.split(block.lineHeight * 1.5, false)).toBeNull();
    const [head, tail] = box.split(block.lineHeight * 5.2, false) ?? [];
    expect(head?.height).toBeCloseTo(5 * block.lineHeight, 9);
    expect(tail?.height).toBeCloseTo((n - 5) * block.lineHeight, 9);
    expect(box.split(block.lineHeight * (n - 0.5), false)?.[1].height).toBeCloseTo(2 * block.lineHeight, 9);
    expect(textBox({ block, left: 0, split: "whole" }).split(100, false)).toBeNull();
    const canvas = new PageCanvas(0, 595, 842);
    head?.draw(canvas, 100, { pageNumber: 1, pageCount: 1 });
    tail?.draw(canvas, 100, { pageNumber: 1, pageCount: 1 });
    expect(calls).toEqual([
      [0, 5],
      [5, n],
    ]);
  });
});
