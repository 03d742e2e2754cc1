import { describe, expect, it } from "vitest";
import { buildNameIndex, sanitizeLimit, searchNames } from "./name-search";

const items = ["Département de la Loire", "Département de la Haute-Loire", "Département de la Loire-Atlantique", "Loiret"];
const index = buildNameIndex(items, (n) => [n, n.replace(/^Département de la /, "")]);

describe("searchNames", () => {
  it("scores exact, prefix, word-start and anywhere matches", () => {
    const scores = Object.fromEntries(searchNames(index, "loire").map((r) => [r.item, r.score]));
    expect(scores).toEqual({
      "Département de la Loire": 0,
      "Département de la Haute-Loire": 2,
      "Département de la Loire-Atlantique": 1,
      Loiret: 1,
    });
    expect(searchNames(index, "oire").map((r) => r.score)).toEqual([3, 3, 3, 3]);
  });

  it("finds nothing for an empty query and keeps only what `keep` allows", () => {
    expect(searchNames(index, "  ")).toEqual([]);
    expect(searchNames(index, "loire", (n) => n === "Loiret").map((r) => r.item)).toEqual(["Loiret"]);
  });

  it("indexes each normalised term once for exact look-up", () => {
    expect(index.exact.get("loire")).toEqual([0]);
  });
});

describe("sanitizeLimit", () => {
  it.each([
    [undefined, 10],
    [Number.NaN, 10],
    [-3, 0],
    [2.7, 2],
    [Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER],
    ["5", 10],
  ])("turns %j into %j", (input, expected) => {
    expect(sanitizeLimit(input, 10)).toBe(expected);
  });
});
