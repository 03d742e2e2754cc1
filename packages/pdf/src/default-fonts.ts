import type { Document, PreparedDocument, Theme } from "@pacte/document";
import { withDeferredStyles } from "./fonts/deferred-styles";
import type { FontFamily } from "./fonts/font-family";
import { fontMetrics } from "./fonts/font-metrics";
import { loadPacteSans } from "./fonts/load-pacte-sans";
import { loadPacteSansExtended } from "./fonts/load-pacte-sans-extended";
import { pacteSansFamily, pacteSansUpright } from "./fonts/pacte-sans-upright";
import { someValue } from "./internal/some-value";
import { italicsNeeded } from "./italics-needed";
import { renderWithFonts, type RenderedPdf, type RenderPdfOptions } from "./render-pdf";

/** Characters the engine handles without a glyph of their own (breaks, joiners, substitutes). */
const WITHOUT_GLYPH: ReadonlySet<number> = new Set([0xad, 0x200b, 0x2060, 0x2011]);

/** Whether a face draws a code point; a font that cannot be opened draws nothing (the render reports it). */
function draws(bytes: Uint8Array, cp: number): boolean {
  try {
    return fontMetrics(bytes).hasGlyph(cp);
  } catch {
    return false;
  }
}

/**
 * Whether some text of the document or the theme holds a character that neither the given
 * families nor Pacte Sans draw — once composed (NFC), as the engine draws it.
 */
function needsMore(families: readonly FontFamily[], document: Document, theme: Theme): boolean {
  // What is known of each code point: 0 not yet looked up, 1 drawn, 2 not drawn (BMP in an
  // array, the rest in a map: a look-up per character of every text, every render).
  const knownBmp = new Uint8Array(0x10000);
  const knownAstral = new Map<number, boolean>();
  const drawn = (cp: number): boolean => {
    if (cp < 0x10000) {
      const k = knownBmp[cp];
      if (k !== 0) return k === 1;
      const d = families.some((f) => draws(f.regular, cp));
      knownBmp[cp] = d ? 1 : 2;
      return d;
    }
    let d = knownAstral.get(cp);
    if (d === undefined) knownAstral.set(cp, (d = families.some((f) => draws(f.regular, cp))));
    return d;
  };
  const missing = (text: string): boolean => {
    if (!/[^\u0000-\u007f]/.test(text)) return false;
    const nfc = text.normalize("NFC");
    for (let i = 0; i < nfc.length; ) {
      const cp = nfc.codePointAt(i) ?? 0;
      i += cp > 0xffff ? 2 : 1;
      if (cp < 0x80 || WITHOUT_GLYPH.has(cp)) continue;
      if (!drawn(cp)) return true;
    }
    return false;
  };
  const missingIn = (v: unknown): boolean => typeof v === "string" && missing(v);
  return someValue(document, missingIn) || someValue(theme, missingIn);
}

/** Pacte Sans without its italics, their faces deferred (see `withDeferredStyles`). */
let upright: FontFamily | undefined;

/**
 * The fonts of a render through `@pacte/pdf`: the caller's families, then Pacte Sans, then —
 * only when the text holds a character none of those draw (Greek, Cyrillic, Vietnamese…) —
 * Pacte Sans Extended, whose bytes are loaded at that moment (a separate chunk for bundlers).
 * Pacte Sans's italics are loaded the same way, when the document sets text in italics
 * (`italicsNeeded`) or when `everyFace` says the layout asked for them; otherwise their faces
 * are deferred, and never drawn. Whatever is loaded, a render gives the same bytes as one with
 * every face loaded (`loadPacteSans()` passed to `@pacte/pdf/core`).
 *
 * @example
 * await withPacteSans([], prepared) //=> [Pacte Sans, its italics deferred] for a French-only document without italics
 */
export async function withPacteSans(given: readonly FontFamily[], prepared: PreparedDocument, everyFace = false): Promise<readonly FontFamily[]> {
  const { document, theme } = prepared;
  const { regular } = pacteSansUpright();
  // A caller who passes Pacte Sans itself has its italics loaded already: nothing is deferred.
  const loadItalics = everyFace || italicsNeeded(prepared) || given.some((f) => f.regular === regular);
  upright ??= withDeferredStyles(pacteSansFamily(), ["italic", "boldItalic"]);
  const families = [...given, loadItalics ? await loadPacteSans() : upright];
  if (needsMore(families, document, theme)) families.push(await loadPacteSansExtended());
  return families;
}

/**
 * Renders a document to PDF and tells where everything landed (see `renderPdf`): the same as
 * `renderPdfWithLayout` of `@pacte/pdf/core`, with Pacte Sans (and Pacte Sans Extended when the
 * text needs it) after the families of `options.fonts`.
 *
 * @throws {PacteError} carrying every issue when the document cannot be rendered, and for
 * nothing else the caller gives (see `@pacte/pdf/core`).
 * @example
 * const { bytes, layout } = await renderPdfWithLayout(doc);
 * layout.headings[0] //=> { id: "art-1", title: "Article 1 – Objet", level: 1, listed: true, pageIndex: 0, top: 741.3 }
 */
export async function renderPdfWithLayout(document: Document | PreparedDocument, options: RenderPdfOptions = {}): Promise<RenderedPdf> {
  return renderWithFonts(document, options, withPacteSans);
}

/**
 * Renders a document to PDF bytes with our own layout engine on pdf-lib: the shipped fonts (Pacte
 * Sans, metric-compatible with Arial; Pacte Sans Extended loaded when the text needs Greek,
 * Cyrillic or Vietnamese) after those of `options.fonts`, embedded as subsets; lines broken with
 * real metrics and kerning (justified by spreading the spaces between words), pages with header,
 * footer and "Page X sur Y", headings kept with what follows, no widows or orphans, tables with
 * repeated header rows, a table of contents with page numbers and links, bookmarks mirroring the
 * headings, internal and external links, one empty signature field over each signatory's signing
 * space, tagged (PDF/UA-1) and PDF/A-2a by default. Identical input, identical bytes. A document
 * `prepareDocument` returned is drawn without being prepared again (see {@link renderPdfWithLayout}).
 *
 * @throws {PacteError} carrying every issue when the document cannot be rendered (see
 * {@link renderPdfWithLayout}).
 * @example
 * const bytes = await renderPdf(documentOf({ meta: { title: "Note", createdAt: "2024-03-12" }, body: [p("Bonjour.")] }));
 * new TextDecoder().decode(bytes.subarray(0, 8)) //=> "%PDF-1.7"
 */
export async function renderPdf(document: Document | PreparedDocument, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  // No layout is returned: the placed texts are not reported (the same bytes, less to allocate).
  return (await renderWithFonts(document, options, withPacteSans, false)).bytes;
}
