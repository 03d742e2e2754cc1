// Loaded through a dynamic import() only (see load-pacte-sans-extended.ts), so that bundlers put
// its ~290 kB of compressed base64 in a chunk of its own that a French-only document never fetches.
import { PACTE_SANS_EXTENDED_BOLD } from "./data/pacte-sans-extended-bold";
import { PACTE_SANS_EXTENDED_BOLD_ITALIC } from "./data/pacte-sans-extended-bold-italic";
import { PACTE_SANS_EXTENDED_ITALIC } from "./data/pacte-sans-extended-italic";
import { PACTE_SANS_EXTENDED_REGULAR } from "./data/pacte-sans-extended-regular";
import { decodeFontData } from "./font-data";
import type { FontFamily } from "./font-family";
import { PACTE_SANS_EXTENDED_NAME } from "./pacte-sans-names";

let family: FontFamily | undefined;

/**
 * Pacte Sans Extended, decoded once and shared: Vietnamese and the rest of Latin Extended
 * Additional, IPA, Greek (polytonic too), Cyrillic, box drawing and more symbols.
 *
 * @example
 * pacteSansExtended().name //=> "Pacte Sans Extended"
 */
export function pacteSansExtended(): FontFamily {
  family ??= {
    name: PACTE_SANS_EXTENDED_NAME,
    regular: decodeFontData(PACTE_SANS_EXTENDED_REGULAR),
    bold: decodeFontData(PACTE_SANS_EXTENDED_BOLD),
    italic: decodeFontData(PACTE_SANS_EXTENDED_ITALIC),
    boldItalic: decodeFontData(PACTE_SANS_EXTENDED_BOLD_ITALIC),
  };
  return family;
}
