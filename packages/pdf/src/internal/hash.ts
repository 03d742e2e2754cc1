// MD5 (RFC 1321), synchronous and dependency-free so that it runs in any JavaScript runtime.
// Used for the trailer /ID, as ISO 32000-1 §14.4 suggests; not for security.

/** Per-round left-rotation amounts. */
const SHIFTS = [
  7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 4,
  11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
] as const;

/** K[i] = floor(|sin(i + 1)| × 2^32), written out so that no engine’s Math.sin can change it. */
const K = [
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
] as const;

/** The message word each of the 64 steps reads (RFC 1321 §3.4), one table instead of a modulo a step. */
const WORD = Uint8Array.from({ length: 64 }, (_, i) => (i < 16 ? i : i < 32 ? (5 * i + 1) % 16 : i < 48 ? (3 * i + 5) % 16 : (7 * i) % 16));

/** The state (A, B, C, D) between blocks. */
type State = [number, number, number, number];

/** Runs the 64 steps on one 64-byte block (its 16 words in `m`), updating `state`. */
function block(state: State, m: Int32Array): void {
  let [a, b, c, d] = state;
  for (let i = 0; i < 64; i++) {
    const f = i < 16 ? (b & c) | (~b & d) : i < 32 ? (d & b) | (~d & c) : i < 48 ? b ^ c ^ d : c ^ (b | ~d);
    const sum = (a + f + K[i]! + m[WORD[i]!]!) | 0;
    const s = SHIFTS[i]!;
    a = d;
    d = c;
    c = b;
    b = (b + ((sum << s) | (sum >>> (32 - s)))) | 0;
  }
  state[0] = (state[0] + a) | 0;
  state[1] = (state[1] + b) | 0;
  state[2] = (state[2] + c) | 0;
  state[3] = (state[3] + d) | 0;
}

/**
 * Computes the MD5 digest of bytes. The whole blocks are read where they are (a PDF of several
 * megabytes is not copied); only the last one or two, with the padding, are.
 *
 * @example
 * toHex(md5(new TextEncoder().encode("abc"))) //=> "900150983cd24fb0d6963f7d28e17f72"
 */
export function md5(bytes: Uint8Array): Uint8Array {
  const state: State = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476];
  const m = new Int32Array(16);
  const whole = bytes.length - (bytes.length % 64);
  const input = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset < whole; offset += 64) {
    for (let j = 0; j < 16; j++) m[j] = input.getInt32(offset + j * 4, true);
    block(state, m);
  }
  // The rest + 0x80 + zero padding to 56 mod 64 + the 8-byte little-endian bit length.
  const rest = bytes.length - whole;
  const tail = new Uint8Array(rest + 8 < 64 ? 64 : 128);
  tail.set(bytes.subarray(whole));
  tail[rest] = 0x80;
  const view = new DataView(tail.buffer);
  const bitLength = bytes.length * 8;
  view.setUint32(tail.length - 8, bitLength >>> 0, true);
  view.setUint32(tail.length - 4, Math.floor(bitLength / 2 ** 32) >>> 0, true);
  for (let offset = 0; offset < tail.length; offset += 64) {
    for (let j = 0; j < 16; j++) m[j] = view.getInt32(offset + j * 4, true);
    block(state, m);
  }

  const digest = new Uint8Array(16);
  const out = new DataView(digest.buffer);
  for (let k = 0; k < 4; k++) out.setUint32(k * 4, state[k]! >>> 0, true);
  return digest;
}

/**
 * Writes bytes as lowercase hexadecimal.
 *
 * @example
 * toHex(new Uint8Array([0, 15, 255])) //=> "000fff"
 */
export function toHex(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte.toString(16).padStart(2, "0");
  return text;
}
