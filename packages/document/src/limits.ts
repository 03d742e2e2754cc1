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
 * @example
 * DOCUMENT_LIMITS.maxImagePixels //=> 8000000
 */
export const DOCUMENT_LIMITS = {
  maxTextLength: 100_000,
  maxImageBytes: 32 * 1024 * 1024,
  maxImagePixels: 8_000_000,
  maxImageDecodedBytes: 32 * 1024 * 1024,
} as const;
