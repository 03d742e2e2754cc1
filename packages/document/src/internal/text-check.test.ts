import { describe, expect, it } from "vitest";
import { findForbiddenCharacters } from "./text-check";

describe("findForbiddenCharacters", () => {
  it.each<[string, string, Array<[string, string, number, number]>]>([
    ["clean French text", "Vu l’avis\u202F: «\u00A0oui\u00A0» – 1\u202F234,56\u00A0€ 🎉", []],
    ["a tab", "a\tb", [["tab", "U+0009", 1, 1]]],
    ["CR LF", "a\r\nb", [["newline", "U+000D", 1, 2]]],
    ["a paragraph separator", "a\u2029", [["newline", "U+2029", 1, 1]]],
    ["NUL and DEL", "\u0000x\u007F", [["control", "U+0000", 0, 2]]],
    ["a C1 control", "l\u0092État", [["control", "U+0092", 1, 1]]],
    ["U+FFFE", "\uFFFE", [["noncharacter", "U+FFFE", 0, 1]]],
    ["a high surrogate at the end", "ab\uD83D", [["surrogate", "U+D83D", 2, 1]]],
    ["two high surrogates", "\uD83D\uD83D\uDE00", [["surrogate", "U+D83D", 0, 1]]],
    ["a low surrogate first", "\uDE00\uD83D\uDE00", [["surrogate", "U+DE00", 0, 1]]],
    ["several kinds, in order", "a\nb\tc\u0001", [["newline", "U+000A", 1, 1], ["tab", "U+0009", 3, 1], ["control", "U+0001", 5, 1]]],
  ])("%s", (_label, text, expected) => {
    expect(findForbiddenCharacters(text).map((f) => [f.problem, f.codePoint, f.offset, f.count])).toEqual(expected);
  });

  it("writes every forbidden character of the excerpt as its code point", () => {
    expect(findForbiddenCharacters("x\u0001y\tz")[0]?.excerpt).toBe("x⟨U+0001⟩y⟨U+0009⟩z");
  });
});
