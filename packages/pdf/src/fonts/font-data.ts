import { unzlibSync } from "fflate";
import { decodeBase64 } from "../internal/base64";

/**
 * The bytes of a shipped font file from its module's text (`src/fonts/data/`, written by
 * `scripts/font-modules.ts`): base64 of the file compressed with zlib (RFC 1950). The file is
 * stored compressed because a bundle that carries the fonts is gzipped on its way to a browser,
 * and base64 of the raw file gzips to 77 % of it, the compressed file's base64 to 64 %. The
 * decompressor is fflate's, which pdf-lib already brings.
 *
 * @throws {Error} when the text is not base64 of zlib data (a damaged module).
 * @example
 * decodeFontData(PACTE_SANS_REGULAR).length //=> 57596
 */
export function decodeFontData(text: string): Uint8Array {
  return unzlibSync(decodeBase64(text));
}
