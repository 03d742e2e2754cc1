// The public surface of @pacte/document. Hand-written: every name here is a promise.

export {
  AlignmentSchema,
  FieldInlineSchema,
  InlineSchema,
  LineBreakInlineSchema,
  LinkInlineSchema,
  RefInlineSchema,
  TextRunSchema,
  type Alignment,
  type FieldInline,
  type Inline,
  type LineBreakInline,
  type LinkInline,
  type RefInline,
  type TextRun,
} from "./inline";
export {
  BlockSchema,
  ChartSchema,
  ChartSeriesSchema,
  ChartUnitSchema,
  ColumnWidthSchema,
  HeadingSchema,
  IdentitiesSchema,
  IdentitySchema,
  ImageSchema,
  IssuerMarkSchema,
  KeepTogetherSchema,
  ListItemSchema,
  ListSchema,
  PageBreakSchema,
  ParagraphSchema,
  ParagraphStyleSchema,
  SignatorySchema,
  SignaturesSchema,
  TableCellSchema,
  TableColumnSchema,
  TableRowRoleSchema,
  TableRowSchema,
  TableSchema,
  TocSchema,
  type Block,
  type Chart,
  type ChartSeries,
  type ChartUnit,
  type ColumnWidth,
  type Heading,
  type Identities,
  type Identity,
  type Image,
  type IssuerMark,
  type KeepTogether,
  type List,
  type ListItem,
  type PageBreak,
  type Paragraph,
  type ParagraphStyle,
  type Signatory,
  type Signatures,
  type Table,
  type TableCell,
  type TableColumn,
  type TableRow,
  type TableRowRole,
  type Toc,
} from "./block";
export { DocumentMetaSchema, TimestampSchema, type DocumentMeta, type Timestamp } from "./meta";
export { A4, PT_PER_CM, PageSetupSchema, type PageSetup } from "./page";
export { HeaderFooterSchema, type HeaderFooter } from "./header-footer";
export { DocumentSchema, type Document } from "./document";
export { ThemeLogoSchema, ThemeSchema, defaultTheme, type Theme, type ThemeInput, type ThemeLogo } from "./theme";
export { IDENTITY_LOGO_GAP, IDENTITY_LOGO_MAX, prepareIdentities, type IdentityLine, type PreparedIdentity } from "./identity-blocks";
export { resolveTheme, validateTheme, type ValidateThemeOptions } from "./validate-theme";

// Issues, validation and errors: the one error model lives in @pacte/issues; its core is re-exported for convenience.
export { PacteError, fail, formatPath, ok, type Issue, type IssuePath, type IssueSeverity, type Lang, type Result } from "@pacte/issues";
export {
  DOCUMENT_ISSUES,
  DOCUMENT_ISSUE_CODES,
  DOCUMENT_WARNING_CODES,
  documentIssue,
  documentMessage,
  type DocumentIssueCode,
} from "./messages";
export { parseDocument, validateDocument, type ValidateDocumentOptions } from "./validate-document";

// Walking blocks: one exhaustive dispatch
export {
  assertNever,
  childBlocks,
  mapBlock,
  mapBlocks,
  walkBlocks,
  type BlockHandlers,
  type BlockOfType,
  type BlockSite,
} from "./visit-blocks";

// The prepared document: what both renderers draw, decided once
export {
  prepareDocument,
  prepareDocumentOrThrow,
  prepareOnce,
  isPreparedDocument,
  type PrepareDocumentOptions,
  type PreparedDocument,
  type PreparedHeaderFooter,
  type PreparedToc,
} from "./prepare-document";
export { DEFAULT_TOC_MAX_LEVEL, headingIndex, headingTitle, referenceLabels, tocEntries, type HeadingEntry } from "./heading-index";
export { MIN_TEXT_AREA, pageGeometry, type PageGeometry } from "./page-geometry";
export {
  CHART_COLORS,
  DEFAULT_CHART_HEIGHT,
  chartAltText,
  chartAxis,
  chartValueLabel,
  prepareChart,
  type ChartAxis,
  type ChartTick,
  type PrepareChartOptions,
  type PreparedChart,
  type PreparedChartSeries,
} from "./prepare-chart";
export {
  prepareSignatures,
  signatureBlock,
  signatureFieldDescription,
  signaturePlaceAndDate,
  type PreparedSignatures,
  type SignatureBlock,
  type SignatureLine,
  type SignatureLineKind,
  type SignatureRow,
} from "./signature-lines";

// Limits (each enforced by validateDocument with its issue code)
export { DOCUMENT_LIMITS } from "./limits";
export { unsupportedCharacterIssues } from "./unsupported-characters";

// Images and text
export { detectImageType, type ImageMimeType } from "./image-type";
export { imageBoxPt, imageSize, type ImageBoxOptions, type Size } from "./image-size";
export { documentPlainText, documentWords, type PlainTextOptions } from "./plain-text";

// Builders
export {
  bold,
  br,
  inlines,
  italic,
  link,
  pageCount,
  pageNumber,
  ref,
  sup,
  text,
  underline,
  type InlineInput,
  type Marks,
} from "./build-inline";
export {
  h1,
  h2,
  h3,
  h4,
  heading,
  image,
  issuerMark,
  identities,
  keepTogether,
  list,
  p,
  pageBreak,
  signatures,
  toc,
  type HeadingOptions,
  type ImageOptions,
  type ListItemInput,
  type ListItemSpec,
  type ParagraphOptions,
} from "./build-block";
export { cell, table, type CellInput, type CellOptions, type RowInput, type TableInput } from "./build-table";
export { tableRowKeeps } from "./table-row-keeps";

// Typesetting shared by both renderers: the same pagination rules, column widths, metrics
export { paginate, type Keep, type PageBox, type Pagination, type Placement } from "./typeset/paginate";
export { tableColumnWidths, type ColumnDemand } from "./typeset/table-column-widths";
export { PACTE_SANS_METRICS, faceOf, type FaceStyle, type TextMetrics } from "./typeset/text-metrics";
export {
  TOC_INDENT,
  TOC_NUMBER_GAP,
  captionLook,
  headingLook,
  lineHeightOf,
  paragraphLook,
  tocEntryLook,
  type BlockLook,
  type TextStyleLook,
} from "./typeset/block-look";
export { LIST_LABEL_GAP, listLabel } from "./typeset/list-label";
export { SOFT_HYPHEN, ZERO_WIDTH_SPACE, breaksAfterDash, isBreakSpace, isInvisibleFormat } from "./typeset/line-break-rules";
export { documentOf, type DocumentInput } from "./build-document";

// French typography and fr-FR formatting
export { FormatError, FormatErrorCodeSchema, type FormatErrorCode } from "./typography/format-error";
export { headerFooterWithFrenchTypography, withFrenchTypography, type FrenchDocumentOptions } from "./typography/french-document";
export { frenchLineBreaks } from "./typography/french-line-breaks";
export { frenchSuperscripts } from "./typography/french-superscripts";
export {
  FrenchSpacingStyleSchema,
  frenchTypography,
  type FrenchSpacingStyle,
  type FrenchTypographyOptions,
} from "./typography/french-spacing";
export {
  MinusSignSchema,
  ThousandsSeparatorSchema,
  formatNumber,
  type FormatNumberOptions,
  type MinusSign,
  type ThousandsSeparator,
} from "./typography/format-number";
export {
  CentsDisplaySchema,
  UnitSpaceSchema,
  formatEuros,
  type CentsDisplay,
  type FormatEurosOptions,
  type UnitSpace,
} from "./typography/format-euros";
export {
  PercentScaleSchema,
  formatPercent,
  type FormatPercentOptions,
  type PartOfWhole,
  type PercentScale,
} from "./typography/format-percent";
export {
  formatDate,
  formatDateRange,
  formatDateShort,
  formatMonthYear,
  type FormatDateOptions,
  type FormatDateRangeOptions,
} from "./typography/format-date";
export {
  FrenchNumberSpellingSchema,
  MAX_FRENCH_WORDS,
  amountToFrenchWords,
  numberToFrenchWords,
  type AmountInWordsOptions,
  type FrenchNumberSpelling,
  type FrenchWordsOptions,
} from "./typography/amount-in-words";
