import type { Image } from "./block";
import { detectImageType, type ImageMimeType } from "./image-type";

/** An image's size in pixels, or a box in points. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

const u16 = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number): number => u16(b, i) * 0x10000 + u16(b, i + 2);

function pngSize(b: Uint8Array): Size | undefined {
  // Signature (8), then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4).
  if (b.length < 24 || detectImageType(b) !== "image/png") return undefined;
  if (b[12] !== 0x49 || b[13] !== 0x48 || b[14] !== 0x44 || b[15] !== 0x52) return undefined;
  const width = u32(b, 16);
  const height = u32(b, 20);
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) return undefined;
  return { width, height };
}

// Start-of-frame markers carry the frame's size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
const isStartOfFrame = (m: number): boolean => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
// Markers that stand alone, without a length: TEM, RST0–7, SOI.
const isStandalone = (m: number): boolean => m === 0x01 || (m >= 0xd0 && m <= 0xd8);

function jpegSize(b: Uint8Array): Size | undefined {
  if (detectImageType(b) !== "image/jpeg") return undefined;
  let i = 2;
  while (i < b.length) {
    if (b[i] !== 0xff) return undefined;
    while (i < b.length && b[i] === 0xff) i++; // fill bytes
    const marker = b[i];
    if (marker === undefined) return undefined;
    i++;
    if (isStandalone(marker)) continue;
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image or scan data before any frame
    if (i + 2 > b.length) return undefined;
    const length = u16(b, i);
    if (length < 2) return undefined;
    if (isStartOfFrame(marker)) {
      // length (2), precision (1), height (2), width (2)
      if (i + 7 > b.length || length < 7) return undefined;
      const height = u16(b, i + 3);
      const width = u16(b, i + 5);
      return width === 0 || height === 0 ? undefined : { width, height };
    }
    i += length;
  }
  return undefined;
}

/**
 * Reads an image's size in pixels from its header: the IHDR chunk of a PNG, the start-of-frame
 * marker of a JPEG. `undefined` when the bytes are not of the declared type, or are truncated
 * or damaged before the size. EXIF orientation is not applied.
 *
 * @example
 * imageSize(pngBytes, "image/png") //=> { width: 640, height: 480 }
 * imageSize(pngBytes.subarray(0, 20), "image/png") //=> undefined
 */
export function imageSize(bytes: Uint8Array, mimeType: ImageMimeType): Size | undefined {
  return mimeType === "image/png" ? pngSize(bytes) : jpegSize(bytes);
}

/** Options of {@link imageBoxPt}. */
export interface ImageBoxOptions {
  /** The widest the box may be, in points (the text width, usually); the box keeps its ratio. */
  readonly maxWidth?: number;
  /** Pixels per inch used when neither width nor height is given; 96 by default. */
  readonly dpi?: number;
}

/**
 * The box an image takes on the page, in points: the declared `width` and `height`; the missing
 * one from the image's aspect ratio; both from the pixel size at 96 dpi when none is declared;
 * then scaled down, ratio kept, to `maxWidth`. `undefined` when a size must be read from bytes
 * that cannot be read (see {@link imageSize}).
 *
 * @throws {RangeError} when `maxWidth` or `dpi` is not a positive finite number.
 * @example
 * imageBoxPt({ data: png640x480, mimeType: "image/png" }) //=> { width: 480, height: 360 }
 * imageBoxPt({ data: png640x480, mimeType: "image/png", width: 120 }) //=> { width: 120, height: 90 }
 * imageBoxPt({ data: png640x480, mimeType: "image/png" }, { maxWidth: 240 }) //=> { width: 240, height: 180 }
 */
export function imageBoxPt(
  image: Pick<Image, "data" | "mimeType" | "width" | "height">,
  options: ImageBoxOptions = {},
): Size | undefined {
  const { maxWidth, dpi = 96 } = options;
  if (!(Number.isFinite(dpi) && dpi > 0)) throw new RangeError(`imageBoxPt: dpi must be a positive number, received ${dpi}.`);
  if (maxWidth !== undefined && !(Number.isFinite(maxWidth) && maxWidth > 0)) {
    throw new RangeError(`imageBoxPt: maxWidth must be a positive number of points, received ${maxWidth}.`);
  }
  let box: Size;
  if (image.width !== undefined && image.height !== undefined) {
    box = { width: image.width, height: image.height };
  } else {
    const px = imageSize(image.data, image.mimeType);
    if (px === undefined) return undefined;
    if (image.width !== undefined) box = { width: image.width, height: (image.width * px.height) / px.width };
    else if (image.height !== undefined) box = { width: (image.height * px.width) / px.height, height: image.height };
    else box = { width: (px.width * 72) / dpi, height: (px.height * 72) / dpi };
  }
  if (maxWidth !== undefined && box.width > maxWidth) {
    return { width: maxWidth, height: (box.height * maxWidth) / box.width };
  }
  return box;
}
