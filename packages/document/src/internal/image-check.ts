import type { ImageMimeType } from "../image-type";
import { DOCUMENT_LIMITS } from "../limits";
import { crc32 } from "./crc32";
import { inflateInto } from "./inflate";

/** Why an image's bytes cannot be decoded (the `reason` of `document.image_corrupt`). */
export type ImageCorruption = "truncated" | "header" | "checksum" | "structure" | "data" | "size" | "no-data" | "no-end";

/** What checking an image's bytes found: nothing, a limit passed, or a corruption. */
export type ImageProblem =
  | { readonly kind: "too_large"; readonly limit: "file" | "pixels" | "decoded"; readonly received: number; readonly max: number; readonly width?: number; readonly height?: number }
  | { readonly kind: "corrupt"; readonly reason: ImageCorruption };

const corrupt = (reason: ImageCorruption): ImageProblem => ({ kind: "corrupt", reason });
const u16 = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number): number => u16(b, i) * 0x10000 + u16(b, i + 2);

function tooManyPixels(width: number, height: number): ImageProblem | undefined {
  const pixels = width * height;
  return pixels > DOCUMENT_LIMITS.maxImagePixels
    ? { kind: "too_large", limit: "pixels", received: pixels, max: DOCUMENT_LIMITS.maxImagePixels, width, height }
    : undefined;
}

/** Channels per colour type, and the bit depths each allows (PNG §11.2.2). */
const COLOUR_TYPES: ReadonlyMap<number, { channels: number; depths: readonly number[] }> = new Map([
  [0, { channels: 1, depths: [1, 2, 4, 8, 16] }],
  [2, { channels: 3, depths: [8, 16] }],
  [3, { channels: 1, depths: [1, 2, 4, 8] }],
  [4, { channels: 2, depths: [8, 16] }],
  [6, { channels: 4, depths: [8, 16] }],
]);

/** The seven passes of Adam7 interlacing: first column, first row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** The rows of the image data (each: its byte count without the filter byte), pass by pass. */
function scanlines(width: number, height: number, bitsPerPixel: number, interlaced: boolean): { rows: number; bytes: number }[] {
  const passes = interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
  const out: { rows: number; bytes: number }[] = [];
  for (const [x0, y0, dx, dy] of passes) {
    const cols = width > x0 ? Math.ceil((width - x0) / dx) : 0;
    const rows = height > y0 ? Math.ceil((height - y0) / dy) : 0;
    if (cols > 0 && rows > 0) out.push({ rows, bytes: Math.ceil((cols * bitsPerPixel) / 8) });
  }
  return out;
}

const ascii = (b: Uint8Array, i: number): string => String.fromCharCode(b[i] ?? 0, b[i + 1] ?? 0, b[i + 2] ?? 0, b[i + 3] ?? 0);
const KNOWN_CRITICAL = new Set(["IHDR", "PLTE", "IDAT", "IEND"]);

/**
 * Checks a PNG far enough to know it decodes: the chunks (lengths, CRCs, IHDR first with a valid
 * combination of colour type and bit depth, PLTE where required, IDAT consecutive, IEND last),
 * the limits (pixels and decompressed size, from IHDR, before anything is decompressed), then the
 * image data inflated into a buffer of exactly the declared size, every row's filter byte read.
 */
function checkPng(b: Uint8Array): ImageProblem | undefined {
  let pos = 8;
  if (b.length < pos + 25) return corrupt("truncated");
  if (ascii(b, 12) !== "IHDR" || u32(b, 8) !== 13) return corrupt("header");
  let header: { width: number; height: number; bitsPerPixel: number; interlaced: boolean; palette: boolean } | undefined;
  let sawPalette = false;
  const idat: [number, number][] = [];
  let idatEnded = false;
  let ended = false;
  while (pos < b.length && !ended) {
    if (pos + 12 > b.length) return corrupt("truncated");
    const length = u32(b, pos);
    const type = ascii(b, pos + 4);
    if (length > 0x7fffffff || !/^[A-Za-z]{4}$/.test(type)) return corrupt("structure");
    const data = pos + 8;
    if (data + length + 4 > b.length) return corrupt("truncated");
    if (crc32(b, pos + 4, data + length) !== u32(b, data + length)) return corrupt("checksum");
    if (type === "IHDR") {
      if (header || pos !== 8) return corrupt("structure");
      const width = u32(b, data);
      const height = u32(b, data + 4);
      const depth = b[data + 8] ?? 0;
      const colour = COLOUR_TYPES.get(b[data + 9] ?? 255);
      if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) return corrupt("header");
      if (!colour || !colour.depths.includes(depth) || b[data + 10] !== 0 || b[data + 11] !== 0 || (b[data + 12] ?? 2) > 1) return corrupt("header");
      const large = tooManyPixels(width, height);
      if (large) return large;
      header = { width, height, bitsPerPixel: colour.channels * depth, interlaced: b[data + 12] === 1, palette: b[data + 9] === 3 };
    } else if (!header) return corrupt("structure");
    else if (type === "PLTE") {
      if (idat.length > 0 || length === 0 || length % 3 !== 0) return corrupt("structure");
      sawPalette = true;
    } else if (type === "IDAT") {
      if (idatEnded || (header.palette && !sawPalette)) return corrupt("structure");
      idat.push([data, data + length]);
    } else if (type === "IEND") ended = true;
    else if (!KNOWN_CRITICAL.has(type) && (type.charCodeAt(0) & 0x20) === 0) return corrupt("structure"); // an unknown critical chunk
    if (idat.length > 0 && type !== "IDAT") idatEnded = true;
    pos = data + length + 4;
  }
  if (!header) return corrupt("header");
  if (idat.length === 0) return corrupt("no-data");
  if (!ended) return corrupt("no-end");

  const lines = scanlines(header.width, header.height, header.bitsPerPixel, header.interlaced);
  const decoded = lines.reduce((n, l) => n + l.rows * (l.bytes + 1), 0);
  if (decoded > DOCUMENT_LIMITS.maxImageDecodedBytes) {
    return { kind: "too_large", limit: "decoded", received: decoded, max: DOCUMENT_LIMITS.maxImageDecodedBytes };
  }
  let stream: Uint8Array;
  const first = idat[0];
  if (idat.length === 1 && first) stream = b.subarray(first[0], first[1]);
  else {
    stream = new Uint8Array(idat.reduce((n, [from, to]) => n + to - from, 0));
    let at = 0;
    for (const [from, to] of idat) {
      stream.set(b.subarray(from, to), at);
      at += to - from;
    }
  }
  const out = new Uint8Array(decoded);
  const inflated = inflateInto(stream, out);
  if (!inflated.ok) return corrupt(inflated.problem === "truncated" ? "data" : inflated.problem);
  if (inflated.written !== decoded) return corrupt("size");
  let row = 0;
  for (const l of lines) {
    for (let r = 0; r < l.rows; r++) {
      if ((out[row] ?? 0) > 4) return corrupt("data"); // filter types 0–4
      row += l.bytes + 1;
    }
  }
  return undefined;
}

// Start-of-frame markers carry the frame's size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
const isStartOfFrame = (m: number): boolean => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
const isRestart = (m: number): boolean => m >= 0xd0 && m <= 0xd7;

/**
 * Checks a JPEG far enough to know it decodes: every marker segment and its length through the
 * frame header (SOF: size, components) and each scan header (SOS, after a frame), the scan's
 * entropy-coded data (at least one byte) up to the next marker, and the end-of-image marker. A
 * frame header with no scan after it, or a file cut before EOI, is corrupt.
 */
function checkJpeg(b: Uint8Array): ImageProblem | undefined {
  let pos = 2;
  let frame = false;
  let scans = 0;
  while (pos < b.length) {
    if (b[pos] !== 0xff) return corrupt("structure");
    while (pos < b.length && b[pos] === 0xff) pos++; // fill bytes
    const marker = b[pos];
    if (marker === undefined) return corrupt("no-end");
    pos++;
    if (marker === 0xd9) return scans > 0 ? undefined : corrupt("no-data");
    if (marker === 0x01 || isRestart(marker)) continue;
    if (marker === 0xd8 || marker === 0x00) return corrupt("structure");
    if (pos + 2 > b.length) return corrupt("truncated");
    const length = u16(b, pos);
    if (length < 2 || pos + length > b.length) return corrupt(pos + length > b.length ? "truncated" : "structure");
    if (isStartOfFrame(marker)) {
      if (frame) return corrupt("structure");
      const height = u16(b, pos + 3);
      const width = u16(b, pos + 5);
      const components = b[pos + 7] ?? 0;
      if (length < 8 || width === 0 || height === 0 || components === 0 || length !== 8 + 3 * components) return corrupt("header");
      const large = tooManyPixels(width, height);
      if (large) return large;
      frame = true;
    } else if (marker === 0xda) {
      const components = b[pos + 2] ?? 0;
      if (!frame) return corrupt("structure");
      if (components === 0 || components > 4 || length !== 6 + 2 * components) return corrupt("header");
      pos += length;
      // Entropy-coded data: up to a marker other than a stuffed 0xFF00 or a restart marker.
      const start = pos;
      while (pos < b.length) {
        if (b[pos] === 0xff) {
          const next = b[pos + 1];
          if (next === undefined) return corrupt("no-end");
          if (next !== 0x00 && !isRestart(next) && next !== 0xff) break;
          pos += next === 0xff ? 1 : 2;
        } else pos++;
      }
      if (pos >= b.length) return corrupt("no-end");
      if (pos === start) return corrupt("no-data");
      scans++;
      continue;
    }
    pos += length;
  }
  return corrupt(frame ? "no-end" : "header");
}

/**
 * Checks an image's bytes (of the declared type, already detected) against the limits of
 * `DOCUMENT_LIMITS` and decodes them far enough to know a renderer will: `undefined` when fine.
 * Linear in the file, and bounded by the limits whatever the file claims.
 *
 * @example
 * checkImageBytes(pngBytes(640, 480), "image/png") //=> undefined
 */
export function checkImageBytes(bytes: Uint8Array, mimeType: ImageMimeType): ImageProblem | undefined {
  if (bytes.length > DOCUMENT_LIMITS.maxImageBytes) {
    return { kind: "too_large", limit: "file", received: bytes.length, max: DOCUMENT_LIMITS.maxImageBytes };
  }
  return mimeType === "image/png" ? checkPng(bytes) : checkJpeg(bytes);
}
