import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clipText } from "./clip-text";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("clipText", () => {
  it.each([
    ["contrat.yaml", 160, "contrat.yaml"],
    ["a".repeat(300), 11, "aaaaa…aaaaa"],
    ["/très/long/chemin/vers/contrat.yaml", 20, "/très/long…trat.yaml"],
  ])("%s (max %i) → %s", (text, max, clipped) => {
    expect(clipText(text, max)).toBe(clipped);
  });

  it("never cuts a character in two and never exceeds max", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.integer({ min: 2, max: 200 }), (text, max) => {
        const out = clipText(text, max);
        expect([...out].length).toBeLessThanOrEqual(max);
        expect(LONE_SURROGATE.test(out)).toBe(LONE_SURROGATE.test(text));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
