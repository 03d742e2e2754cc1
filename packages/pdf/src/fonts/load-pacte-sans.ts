import type { FontFamily } from "./font-family";
import { pacteSansFamily } from "./pacte-sans-upright";

let family: FontFamily | undefined;

/**
 * Loads Pacte Sans, the default font family: a subset of Liberation Sans 2 (SIL Open Font
 * License 1.1) with the same metrics as Arial, so the DOCX (which names Arial) and the PDF break
 * lines alike. Covers French typography (U+00A0, U+202F, ’ « » … – — € œ Œ), Latin-1 and Latin
 * Extended-A/B, combining accents, and the common symbols (∞ ≤ ≥ ± ≈ → ‰ № ™ • ▪). Also found
 * under the name "Liberation Sans" (the default theme's). Its italic faces come through a
 * dynamic `import()`, so a bundler splits them off (~80 kB gzip); `renderPdf` from `@pacte/pdf`
 * loads them by itself, only for a document that sets text in italics. The bytes are decoded once
 * and shared: do not modify them. Greek, Cyrillic and Vietnamese are in
 * {@link loadPacteSansExtended}.
 *
 * @example
 * const pacte = await loadPacteSans();
 * pacte.regular.length //=> 57596
 * await renderPdf(doc, { fonts: [marianne, pacte] }) // from @pacte/pdf/core: Pacte Sans draws what Marianne lacks
 */
export async function loadPacteSans(): Promise<FontFamily> {
  if (family === undefined) {
    const { pacteSansItalics } = await import("./pacte-sans-italics");
    family ??= pacteSansFamily(pacteSansItalics());
  }
  return family;
}
