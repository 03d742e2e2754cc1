import { PACTE_SANS_BOLD } from "./data/pacte-sans-bold";
import { PACTE_SANS_BOLD_ITALIC } from "./data/pacte-sans-bold-italic";
import { PACTE_SANS_ITALIC } from "./data/pacte-sans-italic";
import { PACTE_SANS_LICENCE } from "./data/pacte-sans-licence";
import { PACTE_SANS_REGULAR } from "./data/pacte-sans-regular";
import { decodeBase64 } from "../internal/base64";
import type { FontFamily } from "./font-family";

/**
 * The name of the family that ships with the package.
 *
 * @example
 * PACTE_SANS_NAME //=> "Pacte Sans"
 */
export const PACTE_SANS_NAME = "Pacte Sans";

/**
 * The copyright notices and licence (SIL Open Font License 1.1) of the shipped fonts, to show
 * wherever the fonts are redistributed.
 *
 * @example
 * pacteSansLicence().includes("Reserved Font Name Liberation") //=> true
 */
export function pacteSansLicence(): string {
  return PACTE_SANS_LICENCE;
}

let family: FontFamily | undefined;

/**
 * The default font family: Pacte Sans, a Latin subset of Liberation Sans 2 (SIL Open Font
 * License 1.1) with the same metrics as Arial, so the DOCX (which names Arial) and the PDF break
 * lines alike. Covers French typography (U+00A0, U+202F, ’ « » … – — € œ Œ) and Latin
 * Extended-A/B. The bytes are decoded once and shared.
 *
 * @example
 * pacteSans().name //=> "Pacte Sans"
 * pacteSans().regular.length //=> 62620
 */
export function pacteSans(): FontFamily {
  family ??= {
    name: PACTE_SANS_NAME,
    regular: decodeBase64(PACTE_SANS_REGULAR),
    bold: decodeBase64(PACTE_SANS_BOLD),
    italic: decodeBase64(PACTE_SANS_ITALIC),
    boldItalic: decodeBase64(PACTE_SANS_BOLD_ITALIC),
  };
  return family;
}
