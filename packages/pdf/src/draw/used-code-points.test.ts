import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsedCodePoints } from "./used-code-points";

describe("UsedCodePoints", () => {
  it("gives each code point once, in increasing order, across the planes", () => {
    const used = new UsedCodePoints();
    for (const cp of [0x1f600, 0x65, 0xffff, 0x41, 0x10ffff, 0x65, 0, 0x1d400, 0x1f600]) used.add(cp);
    expect(used.sorted()).toEqual([0, 0x41, 0x65, 0xffff, 0x1d400, 0x1f600, 0x10ffff]);
  });

  it("is empty when nothing was recorded", () => {
    expect(new UsedCodePoints().sorted()).toEqual([]);
  });

  it("agrees with a sorted set on any code points", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 200 }), (cps) => {
        const used = new UsedCodePoints();
        for (const cp of cps) used.add(cp);
        expect(used.sorted()).toEqual([...new Set(cps)].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });
});
