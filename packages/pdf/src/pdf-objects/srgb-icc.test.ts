import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { srgbIccProfile } from "./srgb-icc";

describe("srgbIccProfile", () => {
  it("holds exactly the shipped assets/sRGB.icc", () => {
    const shipped = new Uint8Array(readFileSync(new URL("../../assets/sRGB.icc", import.meta.url)));
    expect(srgbIccProfile()).toEqual(shipped);
  });

  it("is an RGB display profile whose header size matches its length", () => {
    const bytes = srgbIccProfile();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const ascii = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
    expect(view.getUint32(0)).toBe(bytes.length);
    expect([ascii(12), ascii(16), ascii(36)]).toEqual(["mntr", "RGB ", "acsp"]);
    expect(bytes[8]).toBeLessThanOrEqual(4); // ICC major version PDF 1.7 can read
  });

  it("returns a fresh copy each time", () => {
    const a = srgbIccProfile();
    a[0] = 0xff;
    expect(srgbIccProfile()[0]).not.toBe(0xff);
  });
});
