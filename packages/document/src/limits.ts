import { deepFreeze } from "@pacte/issues";
/**
 * The limits `validateDocument` enforces, so that every document it accepts renders in bounded
 * time and memory in both formats; each limit has its issue code.
 *
 * - `maxTextLength`: characters in one string (a title, a run, a cell) — `document.text_too_long`.
 * - `maxImageBytes`: bytes of one image file — `document.image_too_large` (`limit: "file"`).
 * - `maxImagePixels`: width × height of one image — `document.image_too_large` (`limit: "pixels"`).
 * - `maxImageDecodedBytes`: a PNG's image data once decompressed (rows with their filter bytes)
 *   — `document.image_too_large` (`limit: "decoded"`); checked from the header, before any
 *   decompression, which then stops at the declared size (a "zlib bomb" is `document.image_corrupt`).
 *
 * - `maxChartSeries`: series of one chart (beyond, colours cannot be told apart) — `document.chart_too_large` (`limit: "series"`).
 * - `maxChartCategories`: categories of one chart (beyond, bars and labels cannot be read) — `document.chart_too_large` (`limit: "categories"`).
 *
 * The image limits keep the worst image they allow (hard-to-compress RGB at the pixel limit, or
 * RGBA at the decompressed-size limit) under 2 s of CPU for a PDF render on the project's 2-core
 * machine (1.7 s measured); 8 megapixels took 3 to 3.7 s.
 *
 * @example
 * DOCUMENT_LIMITS.maxImagePixels //=> 4000000
 */
export const DOCUMENT_LIMITS = deepFreeze({
  maxTextLength: 100_000,
  maxImageBytes: 16 * 1024 * 1024,
  maxImagePixels: 4_000_000,
  maxImageDecodedBytes: 12 * 1024 * 1024,
  maxChartSeries: 8,
  maxChartCategories: 60,
} as const);
