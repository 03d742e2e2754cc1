import { describe, expect, it } from "vitest";
import { exceedsDepth } from "./input-depth";

const nest = (levels: number): unknown => {
  let v: unknown = "x";
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { v };
  return v;
};

describe("exceedsDepth", () => {
  it("counts objects and arrays, not leaves or bytes", () => {
    expect(exceedsDepth(nest(10), 10)).toBe(false);
    expect(exceedsDepth(nest(11), 10)).toBe(true);
    expect(exceedsDepth([new Uint8Array(1000)], 2)).toBe(false);
  });

  it("finds a cycle", () => {
    const a: Record<string, unknown> = {};
    a.self = { back: a };
    expect(exceedsDepth(a, 100)).toBe(true);
  });

  it("handles deeply shared values without blowing up", () => {
    let v: unknown = "x";
    for (let i = 0; i < 40; i++) v = [v, v, v];
    expect(exceedsDepth(v, 100)).toBe(false);
  });

  it("does not overflow the stack on a very deep input", () => {
    expect(exceedsDepth(nest(100_000), 100)).toBe(true);
  });
});
