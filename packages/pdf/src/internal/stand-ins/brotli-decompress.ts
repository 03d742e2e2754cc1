/**
 * Stands in for `brotli/decompress.js` in the built package (see `scripts/stand-ins.ts`). fontkit
 * needs it only to open WOFF2 fonts, which `openFont` refuses before fontkit sees them (fonts are
 * TrueType or OpenType bytes); the decoder and its dictionary are not shipped.
 *
 * @throws {Error} always.
 * @example
 * decompress(bytes) // throws
 */
export default function decompress(_bytes: Uint8Array, _size?: number): never {
  throw new Error("@pacte/pdf ne lit pas les polices WOFF2 : des octets TrueType (.ttf) ou OpenType (.otf) sont attendus.");
}
