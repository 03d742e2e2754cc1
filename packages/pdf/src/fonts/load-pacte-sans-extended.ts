import type { FontFamily } from "./font-family";

/**
 * Loads Pacte Sans Extended, the second shipped family (same origin and licence as Pacte Sans):
 * Vietnamese and the rest of Latin Extended Additional (ễ ộ ị), IPA, Greek with polytonic Greek
 * (Ἀλέξανδρος), Cyrillic (Дмитрий), box drawing and more symbols. Its bytes (four faces,
 * ~345 kB of TrueType) come through a dynamic `import()`, so a bundler splits them off and a
 * browser fetches them only when called. `renderPdf` from `@pacte/pdf` calls it by itself when
 * the text needs it; with `@pacte/pdf/core`, pass it in `fonts` if you want it.
 *
 * @example
 * const extended = await loadPacteSansExtended();
 * extended.name //=> "Pacte Sans Extended"
 */
export async function loadPacteSansExtended(): Promise<FontFamily> {
  const { pacteSansExtended } = await import("./pacte-sans-extended");
  return pacteSansExtended();
}
