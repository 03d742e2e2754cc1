import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64, encodeBase64 } from "./base64";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("base64", () => {
  // RFC 4648 §10 test vectors.
  it.each([
    ["", ""],
    ["f", "Zg=="],
    ["fo", "Zm8="],
    ["foo", "Zm9v"],
    ["foob", "Zm9vYg=="],
    ["fooba", "Zm9vYmE="],
    ["foobar", "Zm9vYmFy"],
  ])("%j ⇄ %j", (plain, encoded) => {
    expect(encodeBase64(utf8(plain))).toBe(encoded);
    expect(decodeBase64(encoded)).toEqual(utf8(plain));
  });

  it("round-trips arbitrary bytes and agrees with Buffer", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64"));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
    );
  });

  it("ignores whitespace and missing padding", () => {
    expect(decodeBase64("Zm9v\nYmE\r\n")).toEqual(utf8("fooba"));
  });

  it.each([
    ["Zm9v!", "character"],
    ["Zm9vY", "length"],
    ["Zé==", "character"],
  ])("rejects %j (%s)", (text, what) => {
    expect(() => decodeBase64(text)).toThrow(new RegExp(what));
  });
});
