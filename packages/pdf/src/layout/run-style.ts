import type { FontStyleName } from "../fonts/font-family";

/**
 * Where a piece of text leads when clicked: an address, or a heading of the document.
 *
 * @example
 * const target: LinkTarget = { kind: "internal", target: "art-5" };
 */
export type LinkTarget = { readonly kind: "uri"; readonly uri: string } | { readonly kind: "internal"; readonly target: string };

/**
 * Everything that decides how a run of text is drawn: font style, size in points, baseline
 * rise (superscripts), colour `RRGGBB`, underline, link, and the field it stands for.
 *
 * @example
 * const s: RunStyle = { font: "bold", size: 10.5, rise: 0, color: "1E1E1E", underline: false, link: null, field: null };
 */
export interface RunStyle {
  readonly font: FontStyleName;
  readonly size: number;
  readonly rise: number;
  readonly color: string;
  readonly underline: boolean;
  readonly link: LinkTarget | null;
  readonly field: "pageNumber" | "pageCount" | null;
}

/**
 * The font style of a bold/italic combination.
 *
 * @example
 * fontStyleOf(true, true) //=> "boldItalic"
 */
export function fontStyleOf(bold: boolean, italic: boolean): FontStyleName {
  return bold ? (italic ? "boldItalic" : "bold") : italic ? "italic" : "regular";
}
