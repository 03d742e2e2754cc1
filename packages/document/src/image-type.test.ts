import { describe, expect, it } from "vitest";
import { detectImageType } from "./image-type";
import { jpegBytes, pngBytes } from "./test-support/images";

describe("detectImageType", () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ["a PNG", pngBytes(1, 1), "image/png"],
    ["a JPEG", jpegBytes(1, 1), "image/jpeg"],
    ["a GIF", new TextEncoder().encode("GIF89a"), undefined],
    ["a PDF", new TextEncoder().encode("%PDF-1.7"), undefined],
    ["nothing", new Uint8Array(), undefined],
    ["a PNG signature cut short", pngBytes(1, 1).subarray(0, 7), undefined],
    ["two bytes of JPEG", new Uint8Array([0xff, 0xd8]), undefined],
    ["a PNG signature with a wrong byte", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00]), undefined],
  ])("%s → %s", (_label, bytes, expected) => {
    expect(detectImageType(bytes)).toBe(expected);
  });
});
