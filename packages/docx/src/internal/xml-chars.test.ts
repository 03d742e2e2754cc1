import { describe, expect, it } from "vitest";
import { findBadChar } from "./xml-chars";

describe("findBadChar", () => {
  it.each([
    ["ok <&>\"' é € 😀 𝄞 שלום", undefined],
    ["a\tb\nc\r", undefined],
    ["a\u0000", { index: 1, codePoint: "U+0000", kind: "control" }],
    ["\u0008", { index: 0, codePoint: "U+0008", kind: "control" }],
    ["x\u007f", { index: 1, codePoint: "U+007F", kind: "control" }],
    ["\u0092", { index: 0, codePoint: "U+0092", kind: "control" }],
    ["a\ud83d", { index: 1, codePoint: "U+D83D", kind: "surrogate" }],
    ["\ude00", { index: 0, codePoint: "U+DE00", kind: "surrogate" }],
    ["\ufffe", { index: 0, codePoint: "U+FFFE", kind: "noncharacter" }],
    ["ab\uffff", { index: 2, codePoint: "U+FFFF", kind: "noncharacter" }],
  ])("%j", (text, expected) => {
    expect(findBadChar(text)).toEqual(expected);
  });
});
