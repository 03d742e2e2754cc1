// Imported statically by `pacteSans()` (pacte-sans.ts), and through import() by the default render
// path (default-fonts.ts) only when the document sets text in italics: a bundle of that path puts
// these ~80 kB (gzip) in a chunk of their own, which a document without italics never fetches.
import { PACTE_SANS_BOLD_ITALIC } from "./data/pacte-sans-bold-italic";
import { PACTE_SANS_ITALIC } from "./data/pacte-sans-italic";
import { decodeFontData } from "./font-data";
import type { FacePair } from "./pacte-sans-upright";

let faces: FacePair<"italic" | "boldItalic"> | undefined;

/**
 * The italic faces of Pacte Sans (italic, bold italic), decoded once and shared.
 *
 * @example
 * pacteSansItalics().italic.length //=> 59708
 */
export function pacteSansItalics(): FacePair<"italic" | "boldItalic"> {
  faces ??= { italic: decodeFontData(PACTE_SANS_ITALIC), boldItalic: decodeFontData(PACTE_SANS_BOLD_ITALIC) };
  return faces;
}
