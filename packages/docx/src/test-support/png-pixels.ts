import { inflateSync } from "node:zlib";

/** A decoded image: its size and its pixels, row by row, three bytes (red, green, blue) each. */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

/**
 * Decodes the PNGs `pdftoppm -png` writes: 8 bits per channel, RGB or grey, not interlaced.
 *
 * @throws {Error} for any other PNG.
 */
export function decodePng(png: Uint8Array): RgbImage {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, color, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || (color !== 2 && color !== 0)) throw new Error(`decodePng: unsupported PNG (depth ${depth}, colour type ${color}, interlace ${interlace})`);
      channels = color === 2 ? 3 : 1;
    } else if (type === "IDAT") data.push(body);
    at += 12 + length;
  }
  const joined = new Uint8Array(data.reduce((n, d) => n + d.length, 0));
  data.reduce((at, d) => (joined.set(d, at), at + d.length), 0);
  const raw = inflateSync(joined);
  const stride = width * channels;
  const out = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (out[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (out[(y - 1) * stride + x - channels] ?? 0) : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter] ?? 0;
      out[y * stride + x] = ((line[x] ?? 0) + predictor) & 0xff;
    }
  }
  if (channels === 3) return { width, height, rgb: out };
  const rgb = new Uint8Array(width * height * 3);
  out.forEach((v, i) => rgb.fill(v, i * 3, i * 3 + 3));
  return { width, height, rgb };
}

/**
 * How many pixels of a band of rows (`top` to `bottom`, in pixels) are within `tolerance` of one
 * of `colors` (RGB hex), each colour counted apart.
 */
export function pixelsNear(image: RgbImage, colors: readonly string[], top: number, bottom: number, tolerance = 40): number[] {
  const targets = colors.map((hex) => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  const counts = colors.map(() => 0);
  for (let y = Math.max(0, Math.floor(top)); y < Math.min(image.height, Math.ceil(bottom)); y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 3;
      targets.forEach(([r, g, b], k) => {
        const d = Math.abs((image.rgb[i] ?? 0) - (r ?? 0)) + Math.abs((image.rgb[i + 1] ?? 0) - (g ?? 0)) + Math.abs((image.rgb[i + 2] ?? 0) - (b ?? 0));
        if (d <= tolerance) counts[k] = (counts[k] ?? 0) + 1;
      });
    }
  }
  return counts;
}

/** How many pixels of a band of rows are not white (any channel below 240). */
export function inkedPixels(image: RgbImage, top: number, bottom: number): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(top)); y < Math.min(image.height, Math.ceil(bottom)); y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 3;
      if ((image.rgb[i] ?? 255) < 240 || (image.rgb[i + 1] ?? 255) < 240 || (image.rgb[i + 2] ?? 255) < 240) n++;
    }
  }
  return n;
}
