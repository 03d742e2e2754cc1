import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DOCUMENT_LIMITS } from "../limits";
import { be32, chunk, concat, hugePngHeader, jpegBytes, pngBomb, pngBytes } from "../test-support/images";
import { checkImageBytes } from "./image-check";

const cat = (...parts: Uint8Array[]): Uint8Array => concat(parts);
const SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ihdr = (w: number, h: number, depth: number, colour: number, interlace = 0) => chunk("IHDR", cat(be32(w), be32(h), new Uint8Array([depth, colour, 0, 0, interlace])));
const idat = (raw: Uint8Array) => chunk("IDAT", new Uint8Array(deflateSync(raw)));
const iend = chunk("IEND", new Uint8Array());
const png = (...chunks: Uint8Array[]) => cat(SIGNATURE, ...chunks);
/** Raw image data of rows of `bytes` bytes (filter byte `filter` first), `rows` times. */
const rows = (count: number, bytes: number, filter = 0) => cat(...Array.from({ length: count }, () => cat(new Uint8Array([filter]), new Uint8Array(bytes))));
const check = (bytes: Uint8Array, type: "image/png" | "image/jpeg" = "image/png") => checkImageBytes(bytes, type);
const corrupt = (reason: string) => ({ kind: "corrupt", reason });

describe("checkImageBytes — PNG", () => {
  it.each([
    ["an RGB image", pngBytes(64, 48)],
    ["a 1-bit grey image (rows rounded up to whole bytes)", png(ihdr(9, 3, 1, 0), idat(rows(3, 2)), iend)],
    ["a 16-bit RGBA image", png(ihdr(3, 2, 16, 6), idat(rows(2, 24)), iend)],
    ["a palette image with its palette", png(ihdr(4, 4, 8, 3), chunk("PLTE", new Uint8Array(6)), idat(rows(4, 4)), iend)],
    ["data split over several IDAT chunks, and a text chunk", (() => {
      const z = new Uint8Array(deflateSync(rows(4, 12)));
      return png(ihdr(4, 4, 8, 2), chunk("tEXt", new TextEncoder().encode("Title\0Logo")), chunk("IDAT", z.subarray(0, 5)), chunk("IDAT", z.subarray(5)), iend);
    })()],
    // Adam7 passes of a 5 × 3 RGB image: 1×1, 1×1, none, 1×1, 3×1, 2×2, 5×1 pixels — rows of 3, 3, 3, 9, 6, 6, 15 bytes.
    ["an interlaced image", png(ihdr(5, 3, 8, 2, 1), idat(cat(rows(1, 3), rows(1, 3), rows(1, 3), rows(1, 9), rows(2, 6), rows(1, 15))), iend)],
  ])("accepts %s", (_label, bytes) => {
    expect(check(bytes)).toBeUndefined();
  });

  it("refuses the 69-byte PNG claiming 20 000 × 20 000 pixels from its header, before reading on", () => {
    const bytes = hugePngHeader();
    expect(bytes.length).toBe(69);
    expect(check(bytes)).toEqual({ kind: "too_large", limit: "pixels", received: 400_000_000, max: DOCUMENT_LIMITS.maxImagePixels, width: 20_000, height: 20_000 });
  });

  it("refuses a 388 MiB zlib bomb behind a small header: inflating stops at the declared size", () => {
    const bomb = pngBomb(100, 100, 388);
    expect(bomb.length).toBeLessThan(420_000);
    expect(check(bomb)).toEqual(corrupt("size"));
  });

  it("refuses the same bomb behind an honest header by its pixel count", () => {
    expect(check(pngBomb(10_000, 10_000, 388))).toMatchObject({ kind: "too_large", limit: "pixels", received: 100_000_000 });
  });

  it("refuses an image whose data would pass the decompressed-size limit, from its header", () => {
    expect(check(png(ihdr(1300, 1300, 16, 6), idat(new Uint8Array(10)), iend))).toEqual({ kind: "too_large", limit: "decoded", received: 1300 * (1 + 1300 * 8), max: DOCUMENT_LIMITS.maxImageDecodedBytes });
  });

  it("refuses a file over the size limit before reading it", () => {
    const big = new Uint8Array(DOCUMENT_LIMITS.maxImageBytes + 1);
    big.set(SIGNATURE);
    expect(check(big)).toMatchObject({ kind: "too_large", limit: "file" });
  });

  const good = pngBytes(8, 8);
  const flip = (bytes: Uint8Array, at: number) => Uint8Array.from(bytes, (b, i) => (i === at ? b ^ 0x10 : b));
  it.each([
    ["cut in its data", good.subarray(0, good.length - 20), "truncated"],
    ["cut after its header", good.subarray(0, 33), "no-data"],
    ["without IEND", good.subarray(0, good.length - 12), "no-end"],
    ["with a damaged CRC", flip(good, good.length - 13), "checksum"],
    ["with a damaged header value", png(ihdr(4, 4, 7, 2), idat(rows(4, 12)), iend), "header"],
    ["with a zero width", png(ihdr(0, 4, 8, 2), idat(rows(4, 0)), iend), "header"],
    ["interlace method 2", png(ihdr(4, 4, 8, 2, 2), idat(rows(4, 12)), iend), "header"],
    ["a palette image without its palette", png(ihdr(4, 4, 8, 3), idat(rows(4, 4)), iend), "structure"],
    ["IDAT chunks apart", png(ihdr(4, 4, 8, 2), idat(rows(2, 12)), chunk("tEXt", new Uint8Array(3)), idat(rows(2, 12)), iend), "structure"],
    ["an unknown critical chunk", png(ihdr(4, 4, 8, 2), chunk("ABCD", new Uint8Array(1)), idat(rows(4, 12)), iend), "structure"],
    ["a header that is not first", png(chunk("tEXt", new Uint8Array(3)), ihdr(4, 4, 8, 2), idat(rows(4, 12)), iend), "header"],
    ["less data than its size says", png(ihdr(4, 4, 8, 2), idat(rows(3, 12)), iend), "size"],
    ["more data than its size says", png(ihdr(4, 4, 8, 2), idat(rows(5, 12)), iend), "size"],
    ["an unknown row filter", png(ihdr(4, 4, 8, 2), idat(rows(4, 12, 5)), iend), "data"],
    ["data that does not inflate", png(ihdr(4, 4, 8, 2), chunk("IDAT", new Uint8Array([0x78, 0x9c, 0xff, 0xff, 0xff])), iend), "data"],
  ])("calls corrupt a PNG %s", (_label, bytes, reason) => {
    expect(check(bytes)).toEqual(corrupt(reason));
  });
});

describe("checkImageBytes — JPEG", () => {
  const good = jpegBytes(16, 16);
  const sos = good.findIndex((b, i) => b === 0xff && good[i + 1] === 0xda);
  const sof = good.findIndex((b, i) => b === 0xff && good[i + 1] === 0xc0);
  const eoi = new Uint8Array([0xff, 0xd9]);

  it("accepts a baseline JPEG, and restart markers and stuffed bytes in its scan", () => {
    expect(check(good, "image/jpeg")).toBeUndefined();
    const scanStart = sos + 2 + ((good[sos + 2] ?? 0) << 8) + (good[sos + 3] ?? 0);
    const withRestart = cat(good.subarray(0, scanStart), new Uint8Array([0x00, 0xff, 0x00, 0xff, 0xd0]), good.subarray(scanStart));
    expect(check(withRestart, "image/jpeg")).toBeUndefined();
  });

  it.each([
    ["a frame header and no scan", cat(good.subarray(0, sos), eoi), "no-data"],
    ["a frame header and nothing after it", good.subarray(0, sos), "no-end"],
    ["a scan header and no data", cat(good.subarray(0, sos + 10), eoi), "no-data"],
    ["a scan cut short (no end marker)", good.subarray(0, good.length - 2), "no-end"],
    ["a scan before any frame", cat(good.subarray(0, sof), good.subarray(sos)), "structure"],
    ["a segment longer than the file", good.subarray(0, sof + 6), "truncated"],
    ["a frame with a zero width", Uint8Array.from(good, (b, i) => (i === sof + 7 || i === sof + 8 ? 0 : b)), "header"],
    ["garbage between segments", Uint8Array.from(good, (b, i) => (i === sof ? 0x00 : b)), "structure"],
  ])("calls corrupt a JPEG with %s", (_label, bytes, reason) => {
    expect(check(bytes, "image/jpeg")).toEqual(corrupt(reason));
  });

  it("refuses a JPEG whose frame claims 20 000 × 20 000 pixels", () => {
    const huge = Uint8Array.from(good, (b, i) => (i === sof + 5 || i === sof + 7 ? 0x4e : i === sof + 6 || i === sof + 8 ? 0x20 : b));
    expect(check(huge, "image/jpeg")).toMatchObject({ kind: "too_large", limit: "pixels", width: 20_000, height: 20_000 });
  });
});
