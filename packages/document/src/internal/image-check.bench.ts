// `npm run bench`: checking an image costs what its size does, and a hostile one costs nothing.
// Prints the CPU time of checking PNGs of n and 2n pixels (and the ratio, ≈ 2 when linear), the
// largest PNG the limits allow, the 69-byte PNG claiming 20 000 × 20 000 pixels and the 388 MiB
// zlib bomb, then vitest's table.
import { bench, describe } from "vitest";
import { DOCUMENT_LIMITS } from "../limits";
import { deflateSync } from "node:zlib";
import { be32, chunk, concat, hugePngHeader, jpegBytes, pngBomb } from "../test-support/images";
import { checkImageBytes } from "./image-check";

const cpu = (run: () => unknown): number => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const median = (run: () => unknown): number => {
  run(); // warm-up
  return Array.from({ length: 7 }, () => cpu(run)).sort((a, b) => a - b)[3] ?? 0;
};

/** An RGB PNG of pseudo-random pixels (a photograph compresses little; a flat image would be all back references). */
function noisyPng(width: number, height: number): Uint8Array {
  const row = 1 + width * 3;
  const raw = new Uint8Array(row * height);
  let x = 2463534242; // xorshift32, a fixed seed: the same bytes every run
  for (let i = 0; i < raw.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    raw[i] = i % row === 0 ? 0 : x & 0xff;
  }
  const ihdr = concat([be32(width), be32(height), new Uint8Array([8, 2, 0, 0, 0])]);
  return concat([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", new Uint8Array(deflateSync(raw, { level: 1 }))), chunk("IEND", new Uint8Array())]);
}

const n = noisyPng(1500, 1000);
const twice = noisyPng(1500, 2000);
const largest = noisyPng(Math.floor(DOCUMENT_LIMITS.maxImagePixels / 2000), 2000);
const huge = hugePngHeader();
const bomb = pngBomb(100, 100, 388);
const jpeg = jpegBytes(2000, 2000);
const a = median(() => checkImageBytes(n, "image/png"));
const b = median(() => checkImageBytes(twice, "image/png"));
console.log(
  [
    "",
    `PNG 1 500 000 px: ${a.toFixed(1)} ms CPU; 3 000 000 px: ${b.toFixed(1)} ms (×${(b / a).toFixed(2)})`,
    `PNG at the pixel limit (${DOCUMENT_LIMITS.maxImagePixels} px, ${largest.length} bytes): ${median(() => checkImageBytes(largest, "image/png")).toFixed(1)} ms (${JSON.stringify(checkImageBytes(largest, "image/png") ?? "sound")})`,
    `69-byte PNG claiming 20 000 × 20 000 px: ${median(() => checkImageBytes(huge, "image/png")).toFixed(2)} ms (${checkImageBytes(huge, "image/png")?.kind})`,
    `388 MiB zlib bomb (${bomb.length} bytes): ${median(() => checkImageBytes(bomb, "image/png")).toFixed(2)} ms (${JSON.stringify(checkImageBytes(bomb, "image/png"))})`,
    "",
  ].join("\n"),
);

describe("image checks", () => {
  bench("PNG of 1 000 000 pixels", () => void checkImageBytes(n, "image/png"));
  bench("JPEG of 4 000 000 pixels", () => void checkImageBytes(jpeg, "image/jpeg"));
  bench("388 MiB zlib bomb", () => void checkImageBytes(bomb, "image/png"));
});
