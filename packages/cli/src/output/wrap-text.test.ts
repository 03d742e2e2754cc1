import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrapText } from "./wrap-text";

describe("wrapText", () => {
  it("wraps at spaces with a hanging indent", () => {
    expect(wrapText("un deux trois quatre", 10, 2)).toBe("un deux\n  trois\n  quatre");
    expect(wrapText("  a.yaml:3:1 erreur input.syntax", 14, 4)).toBe("  a.yaml:3:1\n    erreur\n    input.syntax");
  });

  it("never cuts a word, and leaves a line without width alone", () => {
    expect(wrapText("court https://exemple.invalid/un/tres/long/chemin fin", 12, 2)).toBe("court\n  https://exemple.invalid/un/tres/long/chemin\n  fin");
    expect(wrapText("un deux", undefined)).toBe("un deux");
  });

  it("does not count colour escapes", () => {
    expect(wrapText("\u001b[31merreur\u001b[39m ok", 9)).toBe("\u001b[31merreur\u001b[39m ok");
  });

  it("keeps every word in order, each line within the width unless one word is wider", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zé«»]{1,15}$/), { minLength: 1, maxLength: 30 }), fc.integer({ min: 12, max: 80 }), (words, width) => {
        const wrapped = wrapText(words.join(" "), width, 4);
        expect(wrapped.split(/\s+/).filter((w) => w !== "")).toEqual(words);
        for (const l of wrapped.split("\n")) expect([...l].length <= width || !l.trim().includes(" ")).toBe(true);
      }),
    );
  });
});
