import { describe, expect, it } from "vitest";
import { findForbiddenCharacters } from "./text-check";

describe("findForbiddenCharacters", () => {
  it.each<[string, string, Array<[string, string, number, number]>]>([
    ["clean French text", "Vu l’avis\u202F: «\u00A0oui\u00A0» – 1\u202F234,56\u00A0€ ∞ ≤ ± → ‰ soli\u00ADdarité\u200Bici\u2060", []],
    ["Vietnamese, Greek and Cyrillic names", "Nguyễn Thị Lộc, Ἀλέξανδρος, Дмитрий", []],
    ["combining accents that compose", "Nguye\u0302\u0303n", []],
    ["a right-to-left override", "CAF\u202E 10 000,00 €", [["bidi", "U+202E", 3, 1]]],
    ["isolates and marks", "a\u2066b\u2069c\u200F", [["bidi", "U+2066", 1, 3]]],
    ["a zero-width joiner and a byte order mark", "a\u200Db\uFEFF", [["invisible", "U+200D", 1, 2]]],
    ["a variation selector", "x\uFE0F", [["invisible", "U+FE0F", 1, 1]]],
    ["an Arabic name", "محمد", [["unsupported", "U+0645", 0, 4]]],
    ["Hebrew, Chinese and an emoji", "שלום 中 🎉", [["unsupported", "U+05E9", 0, 6]]],
    ["a tab", "a\tb", [["tab", "U+0009", 1, 1]]],
    ["CR LF", "a\r\nb", [["newline", "U+000D", 1, 2]]],
    ["a paragraph separator", "a\u2029", [["newline", "U+2029", 1, 1]]],
    ["NUL and DEL", "\u0000x\u007F", [["control", "U+0000", 0, 2]]],
    ["a C1 control", "l\u0092État", [["control", "U+0092", 1, 1]]],
    ["U+FFFE", "\uFFFE", [["noncharacter", "U+FFFE", 0, 1]]],
    ["a high surrogate at the end", "ab\uD83D", [["surrogate", "U+D83D", 2, 1]]],
    ["two high surrogates", "\uD83D\uD83D\uDE00", [["surrogate", "U+D83D", 0, 1], ["unsupported", "U+1F600", 1, 1]]],
    ["a low surrogate first", "\uDE00\uD83D\uDE00", [["surrogate", "U+DE00", 0, 1], ["unsupported", "U+1F600", 1, 1]]],
    ["several kinds, in order", "a\nb\tc\u0001", [["newline", "U+000A", 1, 1], ["tab", "U+0009", 3, 1], ["control", "U+0001", 5, 1]]],
  ])("%s", (_label, text, expected) => {
    expect(findForbiddenCharacters(text).map((f) => [f.problem, f.codePoint, f.offset, f.count])).toEqual(expected);
  });

  it("writes every forbidden character of the excerpt as its code point", () => {
    expect(findForbiddenCharacters("x\u0001y\tz")[0]?.excerpt).toBe("x⟨U+0001⟩y⟨U+0009⟩z");
  });

  it("accepts marks that compose into a drawn character, or stay apart", () => {
    expect(findForbiddenCharacters("e\u0302\u0301 q\u0323")).toEqual([]); // ế; q̣ has no composed form
  });

  it("names what was typed when composition (NFC, as drawn) leaves the repertoire", () => {
    const findings = findForbiddenCharacters("a <\u0338 b"); // < + combining long solidus → ≮ (U+226E), which the fonts lack
    expect(findings.map((f) => [f.problem, f.character, f.codePoint, f.offset])).toEqual([["unsupported", "<\u0338", "U+003C U+0338", 2]]);
  });

  it("is linear: a 100 000-character string is read in one pass", () => {
    expect(findForbiddenCharacters("é".repeat(100_000))).toEqual([]);
  });
});
