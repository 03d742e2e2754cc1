import { describe, expect, it } from "vitest";
import { firstMissingWord, normalizedText } from "./words-in-order";

describe("firstMissingWord", () => {
  it("finds words in order whatever the spacing, line ends and soft hyphens", () => {
    expect(firstMissingWord(["Vu", "le", "code", "porte-monnaie"], "Vu\u00A0le\ncode porte-\nmonnaie")).toBeUndefined();
    expect(firstMissingWord(["le", "Vu"], "Vu le")).toEqual({ word: "Vu", index: 1 });
  });

  it("reports the first word that is not there", () => {
    expect(firstMissingWord(["a", "b", "c"], "a c")).toEqual({ word: "b", index: 1 });
  });

  describe("interleaved (a table row split over pages)", () => {
    it("reads a word cut at a page end, with other cells' text in between", () => {
      const text = normalizedText("début abc autre cellule\fsuite def fin");
      expect(firstMissingWord(["abcdef", "fin"], text, { interleaved: true })).toBeUndefined();
      expect(firstMissingWord(["abcdef"], text)).toEqual({ word: "abcdef", index: 0 });
    });

    it("prefers the cut word nearby to the same word whole further on", () => {
      // The word "2024–2027" cut after its dash at a page end, and whole again in a later cell:
      // matching the later one would skip "x" that follows the cut word.
      const text = normalizedText("y 2024– fin de ligne\fautre 2027 x\fz 2024–2027");
      expect(firstMissingWord(["2024–2027", "x"], text, { interleaved: true })).toBeUndefined();
      expect(firstMissingWord(["2024–2027", "x"], text)).toEqual({ word: "x", index: 1 });
    });

    it("never mends a word from pieces on one page, nor out of order", () => {
      expect(firstMissingWord(["abcdef"], normalizedText("abc x def"), { interleaved: true })).toEqual({ word: "abcdef", index: 0 });
      expect(firstMissingWord(["abcdef"], normalizedText("def\fabc"), { interleaved: true })).toEqual({ word: "abcdef", index: 0 });
    });

    it("reports a word one piece of which is missing", () => {
      const text = normalizedText("abc\fx\fdeg");
      expect(firstMissingWord(["abcdef"], text, { interleaved: true })).toEqual({ word: "abcdef", index: 0 });
    });

    it("reads a word cut over many pages (a long word in a narrow cell)", () => {
      const word = "0123456789abcdefghij";
      const pages = ["0123", "4567", "89ab", "cdef", "ghij"].map((p, i) => `cell${i} ${p} other${i}`);
      expect(firstMissingWord([word, "other4"], normalizedText(pages.join("\f")), { interleaved: true })).toBeUndefined();
    });
  });
});
