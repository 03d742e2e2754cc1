import { describe, expect, it } from "vitest";
import { listLabel } from "./list-label";

describe("listLabel", () => {
  it.each([
    [true, 0, 1, "1."],
    [true, 0, 12, "12."],
    [true, 1, 2, "b."],
    [true, 1, 27, "aa."],
    [true, 2, 4, "iv."],
    [true, 3, 3, "3."],
    [false, 0, 1, "•"],
    [false, 1, 1, "–"],
    [false, 2, 1, "◦"],
  ] as const)("labels item %#", (ordered, depth, n, label) => {
    expect(listLabel(ordered, depth, n)).toBe(label);
  });
});
