// Base64 (RFC 4648, standard alphabet) without Buffer or atob, so that assets embedded as text
// decode the same in Node, browsers, Deno and workers.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Sextet value of each ASCII code, or -1 for a character outside the alphabet. */
const VALUES = (() => {
  const values = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i;
  return values;
})();

/**
 * Decodes base64 text to bytes; whitespace (line breaks of long literals) is ignored and
 * padding is optional.
 *
 * @throws {SyntaxError} on a character outside the base64 alphabet or an impossible length.
 * @example
 * decodeBase64("UGFjdGU=") //=> Uint8Array [80, 97, 99, 116, 101] ("Pacte")
 */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[\t\n\f\r ]+/g, "").replace(/={1,2}$/, "");
  if (clean.length % 4 === 1) throw new SyntaxError(`Invalid base64 length: ${clean.length} characters.`);
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const value = code < 128 ? VALUES[code]! : -1;
    if (value < 0) throw new SyntaxError(`Invalid base64 character ${JSON.stringify(clean[i])} at ${i}.`);
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * Encodes bytes as base64 text with padding and no line breaks.
 *
 * @example
 * encodeBase64(new TextEncoder().encode("Pacte")) //=> "UGFjdGU="
 */
export function encodeBase64(bytes: Uint8Array): string {
  let text = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    text += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    text += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + "==";
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    text += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + "=";
  }
  return text;
}
