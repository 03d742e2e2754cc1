import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeUtf8 } from "./utf8";

describe("encodeUtf8", () => {
  it.each([
    ["", []],
    ["A", [0x41]],
    ["é", [0xc3, 0xa9]],
    ["€", [0xe2, 0x82, 0xac]],
    ["\u202F", [0xe2, 0x80, 0xaf]],
    ["😀", [0xf0, 0x9f, 0x98, 0x80]],
    ["\uD800", [0xef, 0xbf, 0xbd]],
    ["\uDC00x", [0xef, 0xbf, 0xbd, 0x78]],
  ])("encodes %j", (text, bytes) => {
    expect([...encodeUtf8(text)]).toEqual(bytes);
  });

  it("agrees with TextEncoder on any string, lone surrogates included (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(encodeUtf8(text)).toEqual(new TextEncoder().encode(text));
      }),
    );
  });
});
