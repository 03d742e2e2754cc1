// `npm run bench`: checking an image costs what its size does, and a hostile one costs nothing.
// Prints the CPU time of checking PNGs of n and 2n pixels (and the ratio, ≈ 2 when linear), the
// largest PNG the limits allow, the 69-byte PNG claiming 20 000 × 20 000 pixels and the 388 MiB
// zlib bomb, then vitest's table.
import { bench, describe } from "vitest";
import { DOCUMENT_LIMITS } from "../limits";
import { hugePngHeader, jpegBytes, pngBomb, pngBytes } from "../test-support/images";
import { checkImageBytes } from "./image-check";

const cpu = (run: () => unknown): number => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const median3 = (run: () => unknown): number => [cpu(run), cpu(run), cpu(run)].sort((a, b) => a - b)[1] ?? 0;

const n = pngBytes(1000, 1000);
const twice = pngBytes(1000, 2000);
const largest = pngBytes(Math.floor(DOCUMENT_LIMITS.maxImagePixels / 2000), 2000);
const huge = hugePngHeader();
const bomb = pngBomb(100, 100, 388);
const jpeg = jpegBytes(2000, 2000);
const a = median3(() => checkImageBytes(n, "image/png"));
const b = median3(() => checkImageBytes(twice, "image/png"));
console.log(
  [
    "",
    `PNG 1 000 000 px: ${a.toFixed(1)} ms CPU; 2 000 000 px: ${b.toFixed(1)} ms (×${(b / a).toFixed(2)})`,
    `PNG at the pixel limit (${DOCUMENT_LIMITS.maxImagePixels} px): ${median3(() => checkImageBytes(largest, "image/png")).toFixed(1)} ms`,
    `69-byte PNG claiming 20 000 × 20 000 px: ${median3(() => checkImageBytes(huge, "image/png")).toFixed(2)} ms (${checkImageBytes(huge, "image/png")?.kind})`,
    `388 MiB zlib bomb (${bomb.length} bytes): ${median3(() => checkImageBytes(bomb, "image/png")).toFixed(2)} ms (${JSON.stringify(checkImageBytes(bomb, "image/png"))})`,
    "",
  ].join("\n"),
);

describe("image checks", () => {
  bench("PNG of 1 000 000 pixels", () => void checkImageBytes(n, "image/png"));
  bench("JPEG of 4 000 000 pixels", () => void checkImageBytes(jpeg, "image/jpeg"));
  bench("388 MiB zlib bomb", () => void checkImageBytes(bomb, "image/png"));
});
