// Small, real images built in code for tests (PNG through node:zlib; JPEG written by hand), and
// hostile ones (a header claiming 20 000 × 20 000 pixels, a zlib bomb, truncated files).
import { constants, deflateRawSync, deflateSync } from "node:zlib";
import { crc32 } from "../internal/crc32";

/** The bytes of `parts`, one after the other. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** `n` as four big-endian bytes. */
export function be32(n: number): Uint8Array {
  return new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
}

/** One PNG chunk: length, type, data, CRC. */
export function chunk(type: string, data: Uint8Array): Uint8Array {
  const head = concat([new TextEncoder().encode(type), data]);
  return concat([be32(data.length), head, be32(crc32(head))]);
}

const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG made of these chunks (IHDR of an 8-bit RGB image of the given size first), as given. */
export function pngOf(width: number, height: number, ...chunks: Uint8Array[]): Uint8Array {
  return concat([PNG_SIGNATURE, chunk("IHDR", concat([be32(width), be32(height), new Uint8Array([8, 2, 0, 0, 0])])), ...chunks]);
}

/** The 69-byte PNG whose header claims 20 000 × 20 000 pixels (its data: one stored zlib block of one byte). */
export function hugePngHeader(): Uint8Array {
  const data = new Uint8Array([0x78, 0x01, 0x01, 0x01, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x01, 0x00, 0x01]);
  return pngOf(20_000, 20_000, chunk("IDAT", data), chunk("IEND", new Uint8Array()));
}

/**
 * A zlib stream of `megabytes` MiB of zeros, built without allocating them: one MiB deflated into
 * non-final blocks (a sync flush), repeated, then a final empty block and the Adler-32. 388 MiB
 * take 388 kB.
 */
export function zlibBomb(megabytes: number): Uint8Array {
  const mib = new Uint8Array(deflateRawSync(new Uint8Array(1 << 20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH }));
  const total = megabytes * (1 << 20);
  const b = total % 65521; // Adler-32 of zeros: a stays 1, b grows by 1 a byte
  return concat([new Uint8Array([0x78, 0xda]), ...Array.from({ length: megabytes }, () => mib), new Uint8Array([0x03, 0x00]), be32(((b << 16) | 1) >>> 0)]);
}

/** A PNG of `width` × `height` declared pixels whose data is {@link zlibBomb} of `megabytes` MiB. */
export function pngBomb(width: number, height: number, megabytes: number): Uint8Array {
  return pngOf(width, height, chunk("IDAT", zlibBomb(megabytes)), chunk("IEND", new Uint8Array()));
}

/** A valid RGB PNG of the given size, filled with one colour (default the theme's heading blue). */
export function pngBytes(width: number, height: number, rgb: readonly [number, number, number] = [0x1b, 0x3a, 0x6b]): Uint8Array {
  const ihdr = concat([be32(width), be32(height), new Uint8Array([8, 2, 0, 0, 0])]);
  const row = new Uint8Array(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = concat(Array.from({ length: height }, () => row));
  return concat([
    PNG_SIGNATURE,
    chunk("IHDR", ihdr),
    chunk("IDAT", new Uint8Array(deflateSync(raw))),
    chunk("IEND", new Uint8Array()),
  ]);
}

function segment(marker: number, body: readonly number[]): number[] {
  const length = body.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...body];
}

/**
 * A valid baseline grey JPEG of the given size (one component, every block a flat mid-grey):
 * one-code Huffman tables, so each 8×8 block is two bits, "DC difference 0" then "end of block".
 */
export function jpegBytes(width: number, height: number): Uint8Array {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = "00".repeat(blocks);
  const padded = bits.padEnd(Math.ceil(bits.length / 8) * 8, "1");
  const scan: number[] = [];
  for (let i = 0; i < padded.length; i += 8) {
    const byte = parseInt(padded.slice(i, i + 8), 2);
    scan.push(byte);
    if (byte === 0xff) scan.push(0x00); // byte stuffing
  }
  const counts = (n: number): number[] => [n, ...new Array<number>(15).fill(0)];
  return new Uint8Array([
    0xff, 0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]), // JFIF
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]), // quantisation table 0
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]), // SOF0
    ...segment(0xc4, [0x00, ...counts(1), 0x00]), // DC table 0: one code, category 0
    ...segment(0xc4, [0x10, ...counts(1), 0x00]), // AC table 0: one code, end of block
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]), // start of scan
    ...scan,
    0xff, 0xd9,
  ]);
}

/** A JPEG with its frame header (SOF) and tables but no scan: the end-of-image marker right after them. */
export function jpegWithoutScan(width: number, height: number): Uint8Array {
  const full = jpegBytes(width, height);
  const sos = full.findIndex((b, i) => b === 0xff && full[i + 1] === 0xda);
  return concat([full.subarray(0, sos), new Uint8Array([0xff, 0xd9])]);
}
