import { describe, expect, it } from "vitest";
import { clonePlain } from "./clone";

describe("clonePlain", () => {
  it("copies nested objects and arrays", () => {
    const a = { x: [1, { y: "z" }], n: null, u: undefined };
    const b = clonePlain(a);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    expect(b.x).not.toBe(a.x);
    expect(b.x[1]).not.toBe(a.x[1]);
  });
  it("keeps primitives", () => {
    expect(clonePlain(3)).toBe(3);
    expect(clonePlain("s")).toBe("s");
  });
});
