import { z } from "zod";

/**
 * The separators {@link formatSiren} and {@link formatSiret} may put between digit groups:
 * the no-break space U+00A0 (default, so that a number never breaks across lines), a plain
 * space, or the narrow no-break space U+202F.
 *
 * @example
 * IdentifierSeparatorSchema.parse(" ") //=> " "
 */
export const IdentifierSeparatorSchema = z.enum(["\u00A0", " ", "\u202F"]);
/** A separator between digit groups: `"\u00A0"` (default), `" "` or `"\u202F"`. */
export type IdentifierSeparator = z.infer<typeof IdentifierSeparatorSchema>;

/**
 * Options of {@link formatSiren} and {@link formatSiret}.
 *
 * @example
 * const options: FormatIdentifierOptions = { separator: " " };
 */
export interface FormatIdentifierOptions {
  /** Between digit groups; the no-break space U+00A0 by default. */
  readonly separator?: IdentifierSeparator;
}
