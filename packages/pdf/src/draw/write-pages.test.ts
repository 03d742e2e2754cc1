import { describe, expect, it } from "vitest";
import { subsetTag } from "./write-pages";

describe("subsetTag", () => {
  it("is six capital letters, the same for the same subset and different for another", () => {
    const a = subsetTag("PacteSans", [0x41, 0x42]);
    expect(a).toMatch(/^[A-Z]{6}$/);
    expect(subsetTag("PacteSans", [0x41, 0x42])).toBe(a);
    expect(subsetTag("PacteSans", [0x41, 0x43])).not.toBe(a);
    expect(subsetTag("PacteSans-Bold", [0x41, 0x42])).not.toBe(a);
  });
});
