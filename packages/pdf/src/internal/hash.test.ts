import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { md5, toHex } from "./hash";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("md5", () => {
  // The test suite of RFC 1321, appendix A.5.
  it.each([
    ["", "d41d8cd98f00b204e9800998ecf8427e"],
    ["a", "0cc175b9c0f1b6a831c399e269772661"],
    ["abc", "900150983cd24fb0d6963f7d28e17f72"],
    ["message digest", "f96b697d7cb7938d525a2f31aaf161d0"],
    ["abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"],
    ["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"],
    [
      "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
      "57edf4a22be3c955ac49da2e2107b67a",
    ],
  ])("md5(%j) is %s", (input, expected) => {
    expect(toHex(md5(utf8(input)))).toBe(expected);
  });

  it("handles lengths around the 56-byte padding boundary and multi-block inputs", () => {
    for (const length of [55, 56, 57, 63, 64, 65, 119, 120, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);
      expect(toHex(md5(bytes)), `length ${length}`).toBe(createHash("md5").update(bytes).digest("hex"));
    }
  });

  it("agrees with node:crypto on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(toHex(md5(bytes))).toBe(createHash("md5").update(bytes).digest("hex"));
      }),
    );
  });

  it("reads a view into a larger buffer at its own offset and length", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 400 }), fc.nat(), fc.nat(), (bytes, a, b) => {
        const from = a % bytes.length;
        const to = from + (b % (bytes.length - from + 1));
        const view = bytes.subarray(from, to);
        expect(toHex(md5(view))).toBe(createHash("md5").update(view).digest("hex"));
      }),
    );
  });

  it("does not mutate its input", () => {
    const bytes = utf8("abc");
    md5(bytes);
    expect([...bytes]).toEqual([97, 98, 99]);
  });
});

describe("toHex", () => {
  it("pads every byte to two lowercase digits", () => {
    expect(toHex(new Uint8Array([0, 15, 16, 255]))).toBe("000f10ff");
  });
});
