import { deepFreeze } from "@pacte/issues";
import { PACTE_SANS_LICENCE } from "./data/pacte-sans-licence";

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
 * The other names Pacte Sans answers to in `theme.fontFamily`: the metric-compatible original,
 * which `@pacte/document`'s default theme names.
 *
 * @example
 * PACTE_SANS_ALIASES //=> ["Liberation Sans"]
 */
export const PACTE_SANS_ALIASES: readonly string[] = deepFreeze(["Liberation Sans"]);

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
