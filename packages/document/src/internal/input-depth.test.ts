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

describe("exceedsDepth — both passes agree", () => {
  it("answers for a shared value as for the same tree written out (the first pass gives way past its budget)", () => {
    // 3^14 ≈ 4.8 million paths: past the first pass's budget, so the second answers.
    let shared: unknown = "x";
    for (let i = 0; i < 14; i++) shared = [shared, shared, shared];
    expect(exceedsDepth(shared, 14)).toBe(false);
    expect(exceedsDepth(shared, 13)).toBe(true);
    // Written out, 3^8 paths: the first pass answers, the same way.
    const tree = (levels: number): unknown => (levels === 0 ? "x" : [tree(levels - 1), tree(levels - 1), tree(levels - 1)]);
    expect(exceedsDepth(tree(8), 8)).toBe(false);
    expect(exceedsDepth(tree(8), 7)).toBe(true);
  });

  it("finds a deep path the first pass never reached before giving way", () => {
    let shared: unknown = "x";
    for (let i = 0; i < 14; i++) shared = [shared, shared, shared];
    // The last element is walked first: the shared value uses up the first pass's budget.
    expect(exceedsDepth([nest(20), shared], 15)).toBe(true);
    expect(exceedsDepth([nest(14), shared], 15)).toBe(false);
  });

  it("finds a cycle behind a value shared past the budget", () => {
    let shared: unknown = { leaf: true };
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    for (let i = 0; i < 14; i++) shared = [shared, shared, shared];
    expect(exceedsDepth([shared, loop], 100)).toBe(true);
  });
});
