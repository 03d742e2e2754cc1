// The public surface of @pacte/pdf: the engine with its shipped fonts — Pacte Sans always, Pacte
// Sans Extended (Greek, Cyrillic, Vietnamese) loaded when the text needs it. A caller with its
// own fonts who does not want to carry ours imports @pacte/pdf/core instead.
// Hand-written: every name here is a promise.

export { renderPdf, renderPdfWithLayout } from "./default-fonts";
export { PDF_PRODUCER, type PdfLayout, type PdfLayoutLink, type PdfLayoutPage, type RenderPdfOptions, type RenderedPdf } from "./render-pdf";
export type { PlacedBox, PlacedText } from "./layout/page-canvas";
export { PDF_ISSUES, PDF_ISSUE_CODES, codePointLabel, pdfIssue, type PdfIssueCode } from "./pdf-issue";
// The one error model lives in @pacte/issues; its core is re-exported for convenience.
export { PacteError, formatPath, type Issue, type IssuePath, type Lang } from "@pacte/issues";

// Fonts
export { FONT_STYLES, type FontFamily, type FontStyleName } from "./fonts/font-family";
export { PACTE_SANS_EXTENDED_NAME, PACTE_SANS_NAME, pacteSansLicence } from "./fonts/pacte-sans-names";
export { loadPacteSans } from "./fonts/load-pacte-sans";
export { loadPacteSansExtended } from "./fonts/load-pacte-sans-extended";
export { FontMetrics, fontMetrics, type FontMetricsStats } from "./fonts/font-metrics";

// French hyphenation (`hyphenate: true`) is `frenchHyphenation` of `@pacte/pdf/hyphenation`.
