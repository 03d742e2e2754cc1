import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { imageBoxPt, imageSize } from "./image-size";
import { jpegBytes, pngBytes } from "./test-support/images";

/** A JPEG whose frame header uses another start-of-frame marker (progressive, lossless…). */
function withFrameMarker(bytes: Uint8Array, marker: number): Uint8Array {
  const out = bytes.slice();
  const at = out.findIndex((b, i) => b === 0xff && out[i + 1] === 0xc0);
  out[at + 1] = marker;
  return out;
}

/** A JPEG with an EXIF-like APP1 segment and fill bytes before its frame header. */
function withSegmentsBeforeFrame(bytes: Uint8Array): Uint8Array {
  const app1 = [0xff, 0xe1, 0x00, 0x08, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00];
  return new Uint8Array([...bytes.subarray(0, 2), ...app1, 0xff, 0xff, ...bytes.subarray(2)]);
}

describe("imageSize", () => {
  it.each<[string, Uint8Array, "image/png" | "image/jpeg", { width: number; height: number } | undefined]>([
    ["a PNG", pngBytes(640, 480), "image/png", { width: 640, height: 480 }],
    ["a one-pixel PNG", pngBytes(1, 1), "image/png", { width: 1, height: 1 }],
    ["a baseline JPEG", jpegBytes(300, 200), "image/jpeg", { width: 300, height: 200 }],
    ["the largest JPEG", jpegBytes(65535, 8), "image/jpeg", { width: 65535, height: 8 }],
    ["a progressive JPEG", withFrameMarker(jpegBytes(33, 7), 0xc2), "image/jpeg", { width: 33, height: 7 }],
    ["a lossless JPEG", withFrameMarker(jpegBytes(5, 9), 0xc3), "image/jpeg", { width: 5, height: 9 }],
    ["a JPEG with segments and fill bytes first", withSegmentsBeforeFrame(jpegBytes(12, 34)), "image/jpeg", { width: 12, height: 34 }],
    ["a JPEG whose height comes later (DNL)", jpegBytes(8, 0), "image/jpeg", undefined],
    ["a PNG read as a JPEG", pngBytes(4, 4), "image/jpeg", undefined],
    ["a JPEG read as a PNG", jpegBytes(4, 4), "image/png", undefined],
    ["a PNG whose first chunk is not IHDR", (() => { const b = pngBytes(4, 4); b[12] = 0x58; return b; })(), "image/png", undefined],
    ["a PNG of width 0", pngBytes(0, 4), "image/png", undefined],
    ["a JPEG that reaches its scan before any frame", new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]), "image/jpeg", undefined],
    ["a JPEG with garbage between segments", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x02, 0x12, 0x34]), "image/jpeg", undefined],
    ["empty bytes", new Uint8Array(), "image/png", undefined],
  ])("%s", (_label, bytes, mimeType, expected) => {
    expect(imageSize(bytes, mimeType)).toEqual(expected);
  });

  it("gives the size or undefined for every truncation of a real image, never throwing", () => {
    const images: Array<[Uint8Array, "image/png" | "image/jpeg"]> = [
      [pngBytes(21, 13), "image/png"],
      [withSegmentsBeforeFrame(jpegBytes(21, 13)), "image/jpeg"],
    ];
    for (const [bytes, mimeType] of images) {
      for (let n = 0; n <= bytes.length; n++) {
        const size = imageSize(bytes.subarray(0, n), mimeType);
        if (size !== undefined) expect(size).toEqual({ width: 21, height: 13 });
      }
      expect(imageSize(bytes, mimeType)).toEqual({ width: 21, height: 13 });
    }
  });

  it("never throws on random bytes after a valid signature", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (tail, png) => {
        const head = png ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] : [0xff, 0xd8];
        const size = imageSize(new Uint8Array([...head, ...tail]), png ? "image/png" : "image/jpeg");
        if (size !== undefined) expect(size.width > 0 && size.height > 0).toBe(true);
      }),
    );
  });
});

describe("imageBoxPt", () => {
  const png = pngBytes(640, 480);

  it.each<[string, Parameters<typeof imageBoxPt>[0], Parameters<typeof imageBoxPt>[1], { width: number; height: number } | undefined]>([
    ["pixels at 96 dpi", { data: png, mimeType: "image/png" }, {}, { width: 480, height: 360 }],
    ["pixels at 72 dpi", { data: png, mimeType: "image/png" }, { dpi: 72 }, { width: 640, height: 480 }],
    ["a width, the height from the ratio", { data: png, mimeType: "image/png", width: 120 }, {}, { width: 120, height: 90 }],
    ["a height, the width from the ratio", { data: png, mimeType: "image/png", height: 30 }, {}, { width: 40, height: 30 }],
    ["both sizes as given", { data: png, mimeType: "image/png", width: 50, height: 50 }, {}, { width: 50, height: 50 }],
    ["both sizes, unreadable bytes", { data: new Uint8Array(3), mimeType: "image/png", width: 50, height: 20 }, {}, { width: 50, height: 20 }],
    ["scaled down to the max width", { data: png, mimeType: "image/png" }, { maxWidth: 240 }, { width: 240, height: 180 }],
    ["a declared box scaled down", { data: png, mimeType: "image/png", width: 600, height: 100 }, { maxWidth: 300 }, { width: 300, height: 50 }],
    ["narrower than the max width, untouched", { data: png, mimeType: "image/png", width: 100 }, { maxWidth: 400 }, { width: 100, height: 75 }],
    ["a JPEG", { data: jpegBytes(200, 100), mimeType: "image/jpeg", height: 50 }, {}, { width: 100, height: 50 }],
    ["unreadable bytes", { data: png.subarray(0, 10), mimeType: "image/png", width: 10 }, {}, undefined],
  ])("%s", (_label, image, options, expected) => {
    expect(imageBoxPt(image, options)).toEqual(expected);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s as dpi or maxWidth", (bad) => {
    expect(() => imageBoxPt({ data: png, mimeType: "image/png" }, { dpi: bad })).toThrow(RangeError);
    expect(() => imageBoxPt({ data: png, mimeType: "image/png" }, { maxWidth: bad })).toThrow(RangeError);
  });

  it("keeps the aspect ratio and the max width for any declared size", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5000, noNaN: true }), fc.double({ min: 10, max: 600, noNaN: true }), (width, maxWidth) => {
        const box = imageBoxPt({ data: png, mimeType: "image/png", width }, { maxWidth });
        expect(box).toBeDefined();
        if (box === undefined) return;
        expect(box.width).toBeLessThanOrEqual(maxWidth);
        expect(box.height / box.width).toBeCloseTo(480 / 640, 9);
      }),
    );
  });
});
