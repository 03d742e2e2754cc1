import { deepFreeze } from "@pacte/issues";
/**
 * The four styles of a font family, as the renderer names them.
 *
 * @example
 * const style: FontStyleName = "boldItalic";
 */
export type FontStyleName = "regular" | "bold" | "italic" | "boldItalic";

/**
 * The styles of {@link FontStyleName} in the order the renderer falls back through them.
 *
 * @example
 * FONT_STYLES[0] //=> "regular"
 */
export const FONT_STYLES: readonly FontStyleName[] = deepFreeze(["regular", "bold", "italic", "boldItalic"]);

/**
 * A font family to draw with: its name (what `theme.fontFamily` refers to) and the TrueType or
 * OpenType bytes of each style. Only `regular` is required; a missing style falls back
 * (bold italic → bold → italic → regular) with a warning.
 *
 * @example
 * const marianne: FontFamily = { name: "Marianne", regular: regularBytes, bold: boldBytes };
 */
export interface FontFamily {
  readonly name: string;
  /** Other names `theme.fontFamily` may use for it (case-insensitive), e.g. the metric-compatible original. */
  readonly aliases?: readonly string[];
  readonly regular: Uint8Array;
  readonly bold?: Uint8Array;
  readonly italic?: Uint8Array;
  readonly boldItalic?: Uint8Array;
}
