import { PACTE_SANS_BOLD } from "./data/pacte-sans-bold";
import { PACTE_SANS_REGULAR } from "./data/pacte-sans-regular";
import { decodeFontData } from "./font-data";
import type { FontFamily } from "./font-family";
import { PACTE_SANS_ALIASES, PACTE_SANS_NAME } from "./pacte-sans-names";

/**
 * Two faces of a shipped family: its upright ones (regular, bold) or its italic ones.
 *
 * @example
 * const faces: FacePair<"regular" | "bold"> = pacteSansUpright();
 */
export type FacePair<K extends string> = { readonly [S in K]: Uint8Array };

let faces: FacePair<"regular" | "bold"> | undefined;

/**
 * The upright faces of Pacte Sans (regular, bold), decoded once and shared: what every render
 * through `@pacte/pdf` draws with. Its italics are in `pacte-sans-italics.ts`, which the default
 * render path loads through `import()` only when the document sets text in italics, so that a
 * bundle keeps their ~80 kB (gzip) out of its first load.
 *
 * @example
 * pacteSansUpright().regular.length //=> 57596
 */
export function pacteSansUpright(): FacePair<"regular" | "bold"> {
  faces ??= { regular: decodeFontData(PACTE_SANS_REGULAR), bold: decodeFontData(PACTE_SANS_BOLD) };
  return faces;
}

/**
 * Pacte Sans as a family — its name, its alias, its upright faces — with the faces `more` adds
 * (its italics, when they are loaded).
 *
 * @example
 * pacteSansFamily().italic //=> undefined
 * pacteSansFamily(pacteSansItalics()).italic?.length //=> 59708
 */
export function pacteSansFamily(more: Partial<FacePair<"italic" | "boldItalic">> = {}): FontFamily {
  return { name: PACTE_SANS_NAME, aliases: PACTE_SANS_ALIASES, ...pacteSansUpright(), ...more };
}
