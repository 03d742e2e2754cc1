import { defaultTheme, prepareOnce, type Document, type PreparedDocument, type ThemeInput } from "@pacte/document";
import { writePages } from "./draw/write-pages";
import type { FontFamily } from "./fonts/font-family";
import { familyNamed } from "./fonts/font-stack";
import { PDFDocument } from "./internal/pdf-lib";
import { layoutDocument, type DocumentLayout } from "./layout/layout-document";
import type { PlacedBox, PlacedText, Rect } from "./layout/page-canvas";
import { pdfIssue } from "./pdf-issue";
import { PacteError, type Issue, type IssuePath, type Lang } from "@pacte/issues";
import { addOutline } from "./pdf-objects/outline";
import { applyMetadata, applyPdfA, type PdfMetadata } from "./pdf-objects/pdfa";
import { saveDeterministic } from "./pdf-objects/save";

/**
 * What the PDF says made it (the `Producer` of its metadata).
 *
 * @example
 * PDF_PRODUCER //=> "@pacte/pdf"
 */
export const PDF_PRODUCER = "@pacte/pdf";

/**
 * Options of {@link renderPdf}.
 *
 * @example
 * const options: RenderPdfOptions = { theme: { fontFamily: "Marianne" }, fonts: [marianne], hyphenate: true };
 */
export interface RenderPdfOptions {
  /** Overrides of `@pacte/document`'s default theme (sizes, colours, margins, font family…), checked by `validateTheme`. */
  readonly theme?: ThemeInput;
  /** French typography on every text (see `prepareDocument`); on by default for a French document. */
  readonly frenchTypography?: boolean;
  /**
   * The font families of this render, in fallback order: `theme.fontFamily` picks the one text is
   * set in (the first when the theme names none), the others draw what it lacks, character by
   * character. `@pacte/pdf/core` draws with these only (at least one is required); `@pacte/pdf`
   * adds Pacte Sans after them, and Pacte Sans Extended when the text needs it.
   */
  readonly fonts?: readonly FontFamily[];
  /**
   * PDF/A-2 (XMP `pdfaid`, sRGB output intent); `true` by default: PDF/A-2a when tagged (the
   * default), PDF/A-2b with `tagged: false`.
   */
  readonly pdfa?: boolean;
  /**
   * A tagged PDF conforming to PDF/UA-1 (ISO 14289-1): a structure tree in reading order, every
   * piece of content tagged or an artifact, described links and signature fields,
   * `pdfuaid:part 1`; `true` by default. `false` writes none of it (smaller and faster, not
   * accessible: for drafts only).
   */
  readonly tagged?: boolean;
  /** Automatic French hyphenation; `false` by default (soft hyphens U+00AD always count). */
  readonly hyphenate?: boolean;
  /** Language of issue messages: `"fr"` (default) or `"en"`. */
  readonly lang?: Lang;
}

/**
 * A link area the engine placed.
 *
 * @example
 * (await renderPdfWithLayout(doc)).layout.pages[0]?.links[0] //=> { rect: { x: 120, y: 600, width: 42, height: 13.1 }, targetId: "art-4" }
 */
export interface PdfLayoutLink {
  readonly rect: Rect;
  readonly uri?: string;
  readonly targetId?: string;
}

/**
 * One page as the engine placed it (PDF user space: points, origin bottom-left).
 *
 * @example
 * (await renderPdfWithLayout(doc)).layout.pages[0]?.texts.length //=> 412
 */
export interface PdfLayoutPage {
  readonly index: number;
  readonly texts: readonly PlacedText[];
  readonly boxes: readonly PlacedBox[];
  readonly links: readonly PdfLayoutLink[];
}

/**
 * Where the engine put everything, for tests and tools: page size, the text area (between the
 * margins) and the printable area (the page less the header and footer distances and the side
 * margins, where headers and footers go), each page's text runs and boxes, where each heading
 * landed, the numbers the tables of contents printed, and the signature fields.
 *
 * @example
 * (await renderPdfWithLayout(doc)).layout.textArea //=> { x: 56.69, y: 70.87, width: 481.89, height: 700.16 }
 */
export interface PdfLayout {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly textArea: Rect;
  readonly printableArea: Rect;
  readonly pages: readonly PdfLayoutPage[];
  readonly headings: readonly { readonly id: string; readonly title: string; readonly level: number; readonly listed: boolean; readonly pageIndex: number; readonly top: number }[];
  readonly tocNumbers: ReadonlyMap<string, number>;
  readonly signatureFields: readonly { readonly name: string; readonly pageIndex: number; readonly rect: Rect }[];
}

/**
 * The bytes of a PDF, where the engine placed things, and the warnings found.
 *
 * @example
 * const { bytes, layout, warnings } = await renderPdfWithLayout(doc);
 */
export interface RenderedPdf {
  readonly bytes: Uint8Array;
  readonly layout: PdfLayout;
  readonly warnings: readonly Issue[];
}

function report(layout: DocumentLayout): PdfLayout {
  const { frame } = layout;
  return {
    pageWidth: frame.width,
    pageHeight: frame.height,
    textArea: {
      x: frame.margins.left,
      y: frame.margins.bottom,
      width: frame.textWidth,
      height: frame.textHeight,
    },
    printableArea: {
      x: frame.margins.left,
      y: Math.min(frame.footerDistance, frame.margins.bottom),
      width: frame.textWidth,
      height: frame.height - Math.min(frame.footerDistance, frame.margins.bottom) - Math.min(frame.headerDistance, frame.margins.top),
    },
    pages: layout.pages.map((p) => ({
      index: p.index,
      texts: p.texts,
      boxes: p.boxes,
      links: p.links.map((l) => (l.target.kind === "uri" ? { rect: l.rect, uri: l.target.uri } : { rect: l.rect, targetId: l.target.target })),
    })),
    headings: layout.headings.map((h) => ({ id: h.id, title: h.title, level: h.level, listed: h.listed, pageIndex: h.pageIndex, top: h.top })),
    tocNumbers: layout.tocNumbers,
    signatureFields: layout.pages.flatMap((p) => p.signatureFields.map((f) => ({ name: f.name, pageIndex: p.index, rect: f.rect }))),
  };
}

function metadata(doc: Document): PdfMetadata {
  const m = doc.meta;
  return {
    title: m.title,
    producer: PDF_PRODUCER,
    language: m.language ?? "fr-FR",
    createdAt: m.createdAt,
    ...(m.authors ? { authors: m.authors } : {}),
    ...(m.subject !== undefined ? { subject: m.subject } : {}),
    ...(m.keywords ? { keywords: m.keywords } : {}),
    ...(m.creator !== undefined ? { creator: m.creator } : {}),
    ...(m.modifiedAt !== undefined ? { modifiedAt: m.modifiedAt } : {}),
  };
}

const pdfError = (lang: Lang) => ({ lang, heading: { fr: "PDF impossible à produire", en: "Cannot produce the PDF" } });
const errorsOf = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.severity === "error");

/**
 * Renders a document to PDF and tells where everything landed: see {@link renderPdf} for what
 * the PDF holds. `layout` reports every text run, box, heading, table-of-contents number and
 * signature field the engine placed; `warnings` lists what did not stop the render (an unknown
 * font replaced by the default one…).
 *
 * Everything both formats must say alike (heading titles, references, tables of contents,
 * signature lines, page geometry, theme, header and footer, French typography) comes from
 * `prepareDocument`, which the DOCX renderer uses too. Give it a document `prepareDocument`
 * returned and it draws that one, without validating or preparing it again (`prepareOnce`): the
 * way to render both formats, or several times, from one preparation. The theme and French
 * typography were decided then: giving `theme` or `frenchTypography` again is the issue
 * `document.already_prepared`.
 *
 * @throws {PacteError} — and nothing else for what it is given — when the document is invalid
 * (`validateDocument`'s issues), the theme is (`document.invalid_theme` at `theme.…`), the
 * margins leave too little room (`document.page_too_small`), the document holds a character no
 * font can draw (`pdf.missing_glyph`) or an image that cannot be decoded, the options are
 * invalid, or reading the caller's objects throws (`pdf.unreadable_input`, the caller's
 * exception as `cause`).
 * @example
 * const { bytes, layout } = await renderPdfWithLayout(doc, { fonts: [marianne] });
 * layout.headings[0] //=> { id: "art-1", title: "Article 1 – Objet", level: 1, listed: true, pageIndex: 0, top: 741.3 }
 */
export async function renderPdfWithLayout(document: Document | PreparedDocument, options: RenderPdfOptions = {}): Promise<RenderedPdf> {
  return renderWithFonts(document, options, keepGiven);
}

/**
 * Completes the font families a caller gave, once the document is known to be valid: the core
 * entry keeps them as they are, the default one adds the shipped families. It may defer faces
 * (`withDeferredStyles`); when the layout asks for one, it is called again with `everyFace`.
 *
 * @example
 * const keep: CompleteFonts = (given) => Promise.resolve(given);
 */
export type CompleteFonts = (given: readonly FontFamily[], prepared: PreparedDocument, everyFace: boolean) => Promise<readonly FontFamily[]>;

/** The core entry's {@link CompleteFonts}: the caller's families, as they are. */
const keepGiven: CompleteFonts = (given) => Promise.resolve(given);

const OPTION_KEYS = ["theme", "frenchTypography", "fonts", "pdfa", "tagged", "hyphenate", "lang"] as const;

/** A caller's exception while we read what it gave, as the one documented error (the original as `cause`). */
function unreadable(e: unknown, path: IssuePath, lang: Lang): PacteError {
  const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new PacteError([pdfIssue("pdf.unreadable_input", path, { reason }, lang)], { ...pdfError(lang), cause: e });
}

/**
 * Reads each option once (a getter runs once, before any work), so that what follows works on
 * plain values; the language first, so that the other problems are told in it.
 */
function readOptions(options: unknown): { lang: Lang; values: Partial<Record<(typeof OPTION_KEYS)[number], unknown>> } {
  if (options === undefined) return { lang: "fr", values: {} };
  if (typeof options !== "object" || options === null) {
    throw new PacteError([pdfIssue("pdf.invalid_options", ["options"], { option: "options", expected: "{ theme, frenchTypography, fonts, pdfa, tagged, hyphenate, lang }" })], pdfError("fr"));
  }
  const values: Partial<Record<(typeof OPTION_KEYS)[number], unknown>> = {};
  let lang: Lang = "fr";
  for (const key of ["lang", ...OPTION_KEYS.filter((k) => k !== "lang")] as const) {
    try {
      values[key] = (options as Record<string, unknown>)[key];
    } catch (e) {
      throw unreadable(e, ["options", key], lang);
    }
    if (key === "lang" && values.lang === "en") lang = "en";
  }
  return { lang, values };
}

const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;

/**
 * A copy of plain data (objects, arrays, primitives; bytes kept as they are), every property read
 * once. An object met twice (a cycle, a shared branch) is kept as it is, so the copy stays linear
 * in the input; validation reports what is wrong with it.
 */
function plainCopy(value: unknown, seen: Set<unknown> = new Set()): unknown {
  if (typeof value !== "object" || value === null || isBytes(value) || seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => plainCopy(v, seen));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = plainCopy((value as Record<string, unknown>)[key], seen);
  return out;
}

/** Copies the font families given (name, aliases, bytes), checking their shape; `undefined` when one is not a family. */
function readFonts(fonts: unknown, lang: Lang): FontFamily[] | undefined {
  if (fonts === undefined) return [];
  if (!Array.isArray(fonts)) return undefined;
  const out: FontFamily[] = [];
  for (const [i, f] of fonts.entries()) {
    let family: FontFamily;
    try {
      if (typeof f !== "object" || f === null) return undefined;
      const { name, aliases, regular, bold, italic, boldItalic } = f as Record<string, unknown>;
      if (typeof name !== "string" || !isBytes(regular)) return undefined;
      if (aliases !== undefined && !(Array.isArray(aliases) && aliases.every((a) => typeof a === "string"))) return undefined;
      if ([bold, italic, boldItalic].some((b) => b !== undefined && !isBytes(b))) return undefined;
      family = {
        name,
        regular,
        ...(aliases === undefined ? {} : { aliases: [...(aliases as string[])] }),
        ...(bold === undefined ? {} : { bold: bold as Uint8Array }),
        ...(italic === undefined ? {} : { italic: italic as Uint8Array }),
        ...(boldItalic === undefined ? {} : { boldItalic: boldItalic as Uint8Array }),
      };
    } catch (e) {
      throw unreadable(e, ["options", "fonts", i], lang);
    }
    out.push(family);
  }
  return out;
}

/**
 * The render itself, with the fonts completed by `complete` (see the entries `@pacte/pdf` and
 * `@pacte/pdf/core`).
 *
 * Where the line between the caller's errors and ours is drawn: reading the options (once, each
 * property) and validating the document (zod reads every property the caller's objects expose,
 * getters included) run the caller's code; an exception there is the caller's, and comes out as
 * a `PacteError` (`pdf.unreadable_input`, the original as `cause`). After validation we work on
 * the validated copy of the document and on our own values: anything but a `PacteError` thrown from then
 * on is a bug of ours, and is left to propagate as it is.
 *
 * `reportTexts: false` leaves each page's `texts` out of the layout returned (for `renderPdf`,
 * which returns the bytes only).
 *
 * @throws {PacteError} see {@link renderPdfWithLayout}.
 * @example
 * await renderWithFonts(doc, { fonts: [marianne] }, (given) => Promise.resolve(given))
 */
export async function renderWithFonts(document: Document | PreparedDocument, options: RenderPdfOptions, complete: CompleteFonts, reportTexts = true): Promise<RenderedPdf> {
  const { lang, values: read } = readOptions(options);
  const given = readFonts(read.fonts, lang);
  if (given === undefined) {
    throw new PacteError([pdfIssue("pdf.invalid_options", ["options", "fonts"], { option: "fonts", expected: "[{ name, regular: Uint8Array, … }]" }, lang)], pdfError(lang));
  }
  // The theme is small: read it whole here, so that a getter that throws is named as the theme's.
  let themeInput: unknown;
  try {
    themeInput = plainCopy(read.theme);
  } catch (e) {
    throw unreadable(e, ["options", "theme"], lang);
  }
  let prepared: ReturnType<typeof prepareOnce>;
  try {
    prepared = prepareOnce(document, {
      lang,
      ...(themeInput === undefined ? {} : { theme: themeInput as ThemeInput }),
      ...(typeof read.frenchTypography === "boolean" ? { frenchTypography: read.frenchTypography } : {}),
    });
  } catch (e) {
    if (PacteError.is(e)) throw e;
    throw unreadable(e, [], lang);
  }
  if (!prepared.success) throw new PacteError([...prepared.issues], { ...pdfError(lang), warnings: prepared.warnings });
  const data: PreparedDocument = prepared.data;
  const doc = data.document;

  // The hyphenation patterns load only when a render asks for them: a bundle that never
  // hyphenates keeps them out of its first load.
  const hyphenate = read.hyphenate === true ? (await import("./layout/french-hyphenation")).frenchHyphenation : null;
  const layOut = async (everyFace: boolean): Promise<DocumentLayout> => {
    const fonts = await complete(given, data, everyFace);
    if (fonts.length === 0) {
      throw new PacteError([pdfIssue("pdf.invalid_options", ["options", "fonts"], { option: "fonts", expected: "[{ name, regular: Uint8Array, … }] (une famille au moins)" }, lang)], pdfError(lang));
    }
    // A theme that keeps the default family, absent from the families given (`@pacte/pdf/core`), sets text in the first one.
    const themed =
      data.theme.fontFamily === defaultTheme.fontFamily && !familyNamed(data.theme.fontFamily, fonts)
        ? { ...data, theme: { ...data.theme, fontFamily: fonts[0]?.name ?? data.theme.fontFamily } }
        : data;
    return layoutDocument(themed, { fonts, hyphenate, lang, reportTexts });
  };
  let layout = await layOut(false);
  // A face the fonts deferred was asked for after all: laid out again with every face loaded.
  if (layout.stack.asksDeferred) layout = await layOut(true);
  const issues: Issue[] = [...prepared.warnings, ...layout.issues];
  if (errorsOf(issues).length > 0) throw new PacteError(errorsOf(issues), pdfError(lang));

  const tagged = read.tagged !== false;
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const written = await writePages(pdf, layout, lang, { tagged, textLang: data.textLang });
  if (errorsOf(written).length > 0) throw new PacteError(errorsOf(written), pdfError(lang));

  addOutline(
    pdf,
    layout.headings.filter((h) => h.listed).map((h) => ({ title: h.title, level: h.level, pageIndex: h.pageIndex, top: h.top })),
  );
  const pdfa = read.pdfa !== false;
  if (pdfa) applyPdfA(pdf, metadata(doc), { tagged });
  else applyMetadata(pdf, metadata(doc), { tagged });
  const bytes = await saveDeterministic(pdf, { pdfa });
  return { bytes, layout: report(layout), warnings: issues };
}

/**
 * Renders a document to PDF bytes with our own layout engine on pdf-lib, with the font
 * families of `options.fonts` only (this is `@pacte/pdf/core`; `@pacte/pdf` adds the shipped
 * fonts): embedded as subsets, lines broken with real metrics and kerning (justified by spreading the spaces between words),
 * pages with header, footer and "Page X sur Y", headings kept with what follows, no widows or
 * orphans, tables with repeated header rows, a table of contents with page numbers and links,
 * bookmarks mirroring the headings, internal and external links, one empty signature field
 * over each signatory's signing space, tagged (PDF/UA-1) and PDF/A-2a by default. Identical input, identical bytes.
 * A document `prepareDocument` returned is drawn without being prepared again (see {@link renderPdfWithLayout}).
 *
 * @throws {PacteError} carrying every issue when the document cannot be rendered (see
 * {@link renderPdfWithLayout}).
 * @example
 * const bytes = await renderPdf(documentOf({ meta: { title: "Note", createdAt: "2024-03-12" }, body: [p("Bonjour.")] }), { fonts: [marianne] });
 * new TextDecoder().decode(bytes.subarray(0, 8)) //=> "%PDF-1.7"
 */
export async function renderPdf(document: Document | PreparedDocument, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  // No layout is returned: the placed texts are not reported (the same bytes, less to allocate).
  return (await renderWithFonts(document, options, keepGiven, false)).bytes;
}
