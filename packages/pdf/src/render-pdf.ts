import { prepareDocument, type Document, type ThemeInput } from "@pacte/document";
import { writePages } from "./draw/write-pages";
import type { FontFamily } from "./fonts/font-family";
import { PDFDocument } from "./internal/pdf-lib";
import { layoutDocument, type DocumentLayout } from "./layout/layout-document";
import type { PlacedBox, PlacedText, Rect } from "./layout/page-canvas";
import { pdfIssue } from "./pdf-issue";
import { PacteError, type Issue, type Lang } from "@pacte/issues";
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
  /** Font families for this render only (see also `registerFont`); `theme.fontFamily` picks one. */
  readonly fonts?: readonly FontFamily[];
  /** PDF/A-2b (XMP `pdfaid`, sRGB output intent); `true` by default. */
  readonly pdfa?: boolean;
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
 * `prepareDocument`, which the DOCX renderer uses too.
 *
 * @throws {PacteError} — the only error it throws for what it is given — when the document is
 * invalid (`validateDocument`'s issues), the theme is (`document.invalid_theme` at `theme.…`),
 * the margins leave too little room (`document.page_too_small`), the document holds a character
 * no font can draw (`pdf.missing_glyph`) or an image that cannot be decoded, or the `fonts`
 * option is invalid.
 * @example
 * const { bytes, layout } = await renderPdfWithLayout(doc);
 * layout.headings[0] //=> { id: "art-1", title: "Article 1 – Objet", level: 1, listed: true, pageIndex: 0, top: 741.3 }
 */
export async function renderPdfWithLayout(document: Document, options: RenderPdfOptions = {}): Promise<RenderedPdf> {
  const lang: Lang = options.lang === "en" ? "en" : "fr";
  const fonts = options.fonts ?? [];
  if (!Array.isArray(fonts) || fonts.some((f) => !f || typeof f.name !== "string" || !(f.regular instanceof Uint8Array))) {
    throw new PacteError([pdfIssue("pdf.invalid_options", ["options", "fonts"], { option: "fonts", expected: "[{ name, regular: Uint8Array, … }]" }, lang)], pdfError(lang));
  }
  const prepared = prepareDocument(document, {
    lang,
    ...(options.theme === undefined ? {} : { theme: options.theme }),
    ...(options.frenchTypography === undefined ? {} : { frenchTypography: options.frenchTypography }),
  });
  if (!prepared.success) throw new PacteError([...prepared.issues], { ...pdfError(lang), warnings: prepared.warnings });
  const doc = prepared.data.document;

  const layout = layoutDocument(prepared.data, { fonts, hyphenate: options.hyphenate === true, lang });
  const issues: Issue[] = [...prepared.warnings, ...layout.issues];
  if (errorsOf(issues).length > 0) throw new PacteError(errorsOf(issues), pdfError(lang));

  const pdf = await PDFDocument.create({ updateMetadata: false });
  const written = await writePages(pdf, layout, lang);
  if (errorsOf(written).length > 0) throw new PacteError(errorsOf(written), pdfError(lang));

  addOutline(
    pdf,
    layout.headings.filter((h) => h.listed).map((h) => ({ title: h.title, level: h.level, pageIndex: h.pageIndex, top: h.top })),
  );
  const pdfa = options.pdfa !== false;
  if (pdfa) applyPdfA(pdf, metadata(doc));
  else applyMetadata(pdf, metadata(doc));
  const bytes = await saveDeterministic(pdf, { pdfa });
  return { bytes, layout: report(layout), warnings: issues };
}

/**
 * Renders a document to PDF bytes with our own layout engine on pdf-lib: the default font
 * (Pacte Sans, metric-compatible with Arial) or a registered one embedded as subsets, lines
 * broken with real metrics and kerning (justified by spreading the spaces between words),
 * pages with header, footer and "Page X sur Y", headings kept with what follows, no widows or
 * orphans, tables with repeated header rows, a table of contents with page numbers and links,
 * bookmarks mirroring the headings, internal and external links, one empty signature field
 * over each signatory's signing space, PDF/A-2b by default. Identical input, identical bytes.
 *
 * @throws {PacteError} carrying every issue when the document cannot be rendered (see
 * {@link renderPdfWithLayout}).
 * @example
 * const bytes = await renderPdf({ meta: { title: "Note", createdAt: "2024-03-12" }, body: [{ type: "paragraph", content: [{ type: "text", text: "Bonjour." }] }] });
 * new TextDecoder().decode(bytes.subarray(0, 8)) //=> "%PDF-1.7"
 */
export async function renderPdf(document: Document, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  return (await renderPdfWithLayout(document, options)).bytes;
}
