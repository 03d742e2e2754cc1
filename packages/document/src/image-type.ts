import type { Image } from "./block";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** The image types a document may hold: `"image/png"` or `"image/jpeg"`. */
export type ImageMimeType = Image["mimeType"];

/**
 * Tells a PNG from a JPEG by the first bytes (the "magic number"); `undefined` for anything else.
 *
 * @example
 * detectImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) //=> "image/jpeg"
 * detectImageType(new TextEncoder().encode("GIF89a")) //=> undefined
 */
export function detectImageType(bytes: Uint8Array): ImageMimeType | undefined {
  if (bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return "image/png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return undefined;
}
