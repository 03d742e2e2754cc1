import { PACTE_SANS_BOLD } from "./data/pacte-sans-bold";
import { PACTE_SANS_BOLD_ITALIC } from "./data/pacte-sans-bold-italic";
import { PACTE_SANS_ITALIC } from "./data/pacte-sans-italic";
import { PACTE_SANS_LICENCE } from "./data/pacte-sans-licence";
import { PACTE_SANS_REGULAR } from "./data/pacte-sans-regular";
import { decodeFontData } from "./font-data";
import type { FontFamily } from "./font-family";

/**
 * The name of the family that ships with the package.
 *
 * @example
 * PACTE_SANS_NAME //=> "Pacte Sans"
 */
export const PACTE_SANS_NAME = "Pacte Sans";

/**
 * The name of the second shipped family, which extends Pacte Sans beyond French text (see
 * `loadPacteSansExtended`).
 *
 * @example
 * PACTE_SANS_EXTENDED_NAME //=> "Pacte Sans Extended"
 */
export const PACTE_SANS_EXTENDED_NAME = "Pacte Sans Extended";

/**
 * The copyright notices and licence (SIL Open Font License 1.1) of the shipped fonts (Pacte Sans
 * and Pacte Sans Extended), to show wherever the fonts are redistributed.
 *
 * @example
 * pacteSansLicence().includes("Reserved Font Name Liberation") //=> true
 */
export function pacteSansLicence(): string {
  return PACTE_SANS_LICENCE;
}

let family: FontFamily | undefined;

/**
 * The default font family: Pacte Sans, a subset of Liberation Sans 2 (SIL Open Font License 1.1)
 * with the same metrics as Arial, so the DOCX (which names Arial) and the PDF break lines alike.
 * Covers French typography (U+00A0, U+202F, ’ « » … – — € œ Œ), Latin-1 and Latin Extended-A/B,
 * combining accents, and the common symbols (∞ ≤ ≥ ± ≈ → ‰ № ™ • ▪). Also found under the name
 * "Liberation Sans" (the default theme's). The bytes are decoded once and shared: do not modify
 * them. Greek, Cyrillic and Vietnamese are in {@link loadPacteSansExtended}.
 *
 * @example
 * pacteSans().name //=> "Pacte Sans"
 * pacteSans().regular.length //=> 57596
 */
export function pacteSans(): FontFamily {
  family ??= {
    name: PACTE_SANS_NAME,
    aliases: ["Liberation Sans"],
    regular: decodeFontData(PACTE_SANS_REGULAR),
    bold: decodeFontData(PACTE_SANS_BOLD),
    italic: decodeFontData(PACTE_SANS_ITALIC),
    boldItalic: decodeFontData(PACTE_SANS_BOLD_ITALIC),
  };
  return family;
}
