// The public surface of @pacte/pdf/core: the engine without any font bytes. Every render is
// given its fonts (`options.fonts`, at least one family); nothing is kept between renders.
// Hand-written: every name here is a promise.

export {
  PDF_PRODUCER,
  renderPdf,
  renderPdfWithLayout,
  type PdfLayout,
  type PdfLayoutLink,
  type PdfLayoutPage,
  type RenderPdfOptions,
  type RenderedPdf,
} from "./render-pdf";
export type { PlacedBox, PlacedText } from "./layout/page-canvas";
export { PDF_ISSUES, PDF_ISSUE_CODES, codePointLabel, pdfIssue, type PdfIssueCode } from "./pdf-issue";
// The one error model lives in @pacte/issues; its core is re-exported for convenience.
export { PacteError, formatPath, type Issue, type IssuePath, type Lang } from "@pacte/issues";

// Fonts
export { FONT_STYLES, type FontFamily, type FontStyleName } from "./fonts/font-family";
export { FontMetrics, fontMetrics, type FontMetricsStats } from "./fonts/font-metrics";

// French hyphenation (`hyphenate: true`) is `frenchHyphenation` of `@pacte/pdf/hyphenation`.
