import { z } from "zod";
import { AlignmentSchema, InlineSchema } from "./inline";

const ID = z.string().regex(/^[A-Za-z][A-Za-z0-9_.:-]*$/, {
  message: "Identifiant invalide : une lettre puis des lettres, chiffres, « _ », « . », « : » ou « - » sont attendus.",
});
const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Date au format AAAA-MM-JJ attendue." });
const POINTS = z.number().positive().max(14400);

/**
 * A heading. `level` 1–4 maps to Word's Heading 1–4 and to the PDF outline; `id` is stable
 * (references, TOC entries and bookmarks point to it); `label` is the numbering label
 * printed before the text ("Article 5", "Annexe 2").
 *
 * @example
 * const h: Heading = { type: "heading", level: 1, id: "art-5", label: "Article 5", text: "Engagements financiers" };
 */
export const HeadingSchema = z.object({
  type: z.literal("heading"),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  id: ID,
  label: z.string().optional(),
  text: z.string(),
  /** Listed in the table of contents and the outline (default true). */
  toc: z.boolean().optional(),
  pageBreakBefore: z.boolean().optional(),
});
/** A heading with a stable id and an optional numbering label. */
export type Heading = z.infer<typeof HeadingSchema>;

/**
 * Paragraph styles every renderer knows. `body` is the default; `title` and `subtitle` are for
 * a title page; `quote` is indented (visas); `small` and `note` are smaller text.
 *
 * @example
 * ParagraphStyleSchema.parse("title") //=> "title"
 */
export const ParagraphStyleSchema = z.enum(["body", "title", "subtitle", "quote", "small", "note", "center"]);
/** A paragraph style name. */
export type ParagraphStyle = z.infer<typeof ParagraphStyleSchema>;

/**
 * A paragraph of inline runs.
 *
 * @example
 * const p: Paragraph = { type: "paragraph", content: [{ type: "text", text: "Vu le code de l’action sociale et des familles ;" }] };
 */
export const ParagraphSchema = z.object({
  type: z.literal("paragraph"),
  content: z.array(InlineSchema),
  align: AlignmentSchema.optional(),
  style: ParagraphStyleSchema.optional(),
  keepWithNext: z.boolean().optional(),
});
/** A paragraph of inline runs. */
export type Paragraph = z.infer<typeof ParagraphSchema>;

/**
 * An item of a list: inline content and an optional nested list.
 *
 * @example
 * const item: ListItem = { content: [{ type: "text", text: "accompagner les sortants de l’ASE" }] };
 */
export const ListItemSchema = z.object({
  content: z.array(InlineSchema),
  get children(): z.ZodOptional<typeof ListSchema> {
    return ListSchema.optional();
  },
});
/** An item of a {@link List}: its text and, optionally, a nested list. */
export type ListItem = z.infer<typeof ListItemSchema>;

/**
 * A list, ordered (1., 2.; then a., b.; then i., ii.) or not; nesting goes through
 * `items[i].children` (8 levels at most).
 *
 * @example
 * const l: List = { type: "list", ordered: true, items: [{ content: [{ type: "text", text: "Objet" }] }] };
 */
export const ListSchema = z.object({
  type: z.literal("list"),
  ordered: z.boolean(),
  get items(): z.ZodArray<typeof ListItemSchema> {
    return z.array(ListItemSchema).min(1);
  },
});
/** A list, ordered or not. */
export type List = z.infer<typeof ListSchema>;

/**
 * A column's width: `"auto"` (from content), a fixed width in points `{ pt }`, or a share of
 * what remains `{ fr }` (like CSS grid's `fr`).
 *
 * @example
 * ColumnWidthSchema.parse({ fr: 2 }) //=> { fr: 2 }
 */
export const ColumnWidthSchema = z.union([
  z.literal("auto"),
  z.object({ pt: POINTS }).strict(),
  z.object({ fr: z.number().positive().max(1000) }).strict(),
]);
/** A column width. */
export type ColumnWidth = z.infer<typeof ColumnWidthSchema>;

/**
 * A table column: width and alignment. Numeric columns (amounts) are right-aligned.
 *
 * @example
 * const c: TableColumn = { width: { pt: 80 }, align: "right" };
 */
export const TableColumnSchema = z.object({
  width: ColumnWidthSchema.optional(),
  align: z.enum(["left", "center", "right"]).optional(),
});
/** A table column. */
export type TableColumn = z.infer<typeof TableColumnSchema>;

/**
 * A table cell: inline content, its alignment (the column's by default) and how many columns it spans.
 *
 * @example
 * const cell: TableCell = { content: [{ type: "text", text: "12 000,00 €" }], align: "right" };
 */
export const TableCellSchema = z.object({
  content: z.array(InlineSchema),
  align: z.enum(["left", "center", "right"]).optional(),
  colSpan: z.number().int().min(1).max(63).optional(),
  bold: z.boolean().optional(),
});
/** A table cell. */
export type TableCell = z.infer<typeof TableCellSchema>;

/**
 * A row: its cells, whose spans add up to the number of columns.
 *
 * @example
 * const row: TableRow = [{ content: [{ type: "text", text: "Total" }] }];
 */
export const TableRowSchema = z.array(TableCellSchema);
/** A table row. */
export type TableRow = z.infer<typeof TableRowSchema>;

/**
 * What a body row is to the rows around it: an ordinary `"row"`, a `"group"` row that heads the
 * rows after it (« Axe 1 – Prévenir la pauvreté », « A3.3 – Accompagnement… »: never left at the
 * foot of a page without the row it heads), or a `"subtotal"` row that sums the rows before it
 * (« Total A3.3 », « Sous-total axe 1 »: never carried to the head of a page without the row
 * before it).
 *
 * @example
 * TableRowRoleSchema.parse("subtotal") //=> "subtotal"
 */
export const TableRowRoleSchema = z.enum(["row", "group", "subtotal"]);
/** A body row's role: `"row"`, `"group"` or `"subtotal"`. */
export type TableRowRole = z.infer<typeof TableRowRoleSchema>;

/**
 * A table: `header` rows repeat at the top of each page, `rows` are the body, `totals` are
 * emphasised rows at the end. Short rows are never split across pages, and no row is left alone
 * on either side of a page break (see `tableRowKeeps`). `rowRoles[i]`, when given, is the role
 * of `rows[i]` (`"row"` for a missing entry; entries past the last row are ignored). The header
 * rows' cells head their columns; with `rowHeaders`, the first cell of each body and total row
 * heads its row (a table of labels and values) — what assistive technologies announce with each
 * cell. A table with neither says nothing of what its cells are.
 *
 * @example
 * const t: Table = { type: "table", columns: [{}, { align: "right" }], header: [], rows: [], totals: [] };
 * const fiche: Table = { type: "table", columns: [{}, {}], rowHeaders: true, header: [], rows: [[label, value]], totals: [] };
 */
export const TableSchema = z.object({
  type: z.literal("table"),
  id: ID.optional(),
  caption: z.string().optional(),
  columns: z.array(TableColumnSchema).min(1).max(63),
  header: z.array(TableRowSchema),
  rows: z.array(TableRowSchema),
  totals: z.array(TableRowSchema),
  rowRoles: z.array(TableRowRoleSchema).optional(),
  /** The first cell of each body and total row is the header of its row. */
  rowHeaders: z.boolean().optional(),
});
/** A table. */
export type Table = z.infer<typeof TableSchema>;

/**
 * A forced page break.
 *
 * @example
 * const br: PageBreak = { type: "pageBreak" };
 */
export const PageBreakSchema = z.object({ type: z.literal("pageBreak") });
/** A forced page break. */
export type PageBreak = z.infer<typeof PageBreakSchema>;

/**
 * The table of contents: headings up to `maxLevel` with their page numbers, as links.
 *
 * @example
 * const toc: Toc = { type: "toc", title: "Sommaire", maxLevel: 2 };
 */
export const TocSchema = z.object({
  type: z.literal("toc"),
  title: z.string().optional(),
  maxLevel: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
});
/** The table of contents. */
export type Toc = z.infer<typeof TocSchema>;

/**
 * One signatory: the side it signs for (`role`: "Pour l’État"), its quality ("Le préfet de la
 * Creuse"), its name, place and date (ISO), and the id of the empty signature field that a
 * signing tool fills in place.
 *
 * @example
 * const s: Signatory = { role: "Pour l’État", quality: "La préfète de la Creuse", name: "Anne Martin", place: "Guéret", date: "2024-03-12", fieldId: "signature-etat" };
 */
export const SignatorySchema = z.object({
  role: z.string(),
  quality: z.string(),
  name: z.string(),
  place: z.string().optional(),
  date: ISO_DATE.optional(),
  fieldId: ID,
});
/** One signatory. */
export type Signatory = z.infer<typeof SignatorySchema>;

/**
 * The signature blocks, side by side, never split across pages.
 *
 * @example
 * const s: Signatures = { type: "signatures", signatories: [] };
 */
export const SignaturesSchema = z.object({
  type: z.literal("signatures"),
  signatories: z.array(SignatorySchema).min(1),
});
/** The signature blocks. */
export type Signatures = z.infer<typeof SignaturesSchema>;

/**
 * Image bytes with their type and a text alternative. Sizes are in points; a missing one is
 * derived from the image's own aspect ratio. `alt` is required (`document.missing_alt` at its
 * path otherwise) unless the image is `decorative`: an image that carries no information (a
 * flourish, a background) is left out of what assistive technologies read — an artifact in the
 * tagged PDF, "Mark as decorative" in the DOCX — and its `alt`, if any, is not used.
 *
 * @example
 * const img: Image = { type: "image", data: pngBytes, mimeType: "image/png", alt: "Logo du département", width: 120 };
 * const flourish: Image = { type: "image", data: pngBytes, mimeType: "image/png", decorative: true };
 */
export const ImageSchema = z.object({
  type: z.literal("image"),
  data: z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: "Octets d’image (Uint8Array) attendus." }),
  mimeType: z.enum(["image/png", "image/jpeg"]),
  /** What the image says, for those who cannot see it; required unless `decorative`. */
  alt: z.string().optional(),
  /** The image carries no information: assistive technologies skip it (no `alt` needed). */
  decorative: z.boolean().optional(),
  width: POINTS.optional(),
  height: POINTS.optional(),
  /** Left by default, in both formats. */
  align: z.enum(["left", "center", "right"]).optional(),
});
/** An image with its text alternative (or marked decorative). */
export type Image = z.infer<typeof ImageSchema>;

/**
 * The issuer's identity lines at the top of the first page ("PRÉFET DE LA CREUSE",
 * "Direction départementale de l’emploi, du travail et des solidarités"), with an optional logo
 * supplied by an entitled team (none is shipped).
 *
 * @example
 * const m: IssuerMark = { type: "issuerMark", lines: ["PRÉFET DE LA CREUSE"] };
 */
export const IssuerMarkSchema = z.object({
  type: z.literal("issuerMark"),
  lines: z.array(z.string()).min(1),
  logo: ImageSchema.omit({ type: true }).optional(),
  align: z.enum(["left", "right"]).optional(),
});
/** The issuer's identity lines. */
export type IssuerMark = z.infer<typeof IssuerMarkSchema>;

/**
 * One party's identity at the top of a title page: its lines (the State: the préfet's title and
 * the service; the collectivity: its name) and, optionally, the key of its logo in
 * `theme.logos` or the logo itself — an entitled team supplies the image (none is shipped: the
 * State's bloc-marque is reserved to State services).
 *
 * @example
 * const etat: Identity = { lines: ["PRÉFÈTE DE LA CREUSE", "Direction départementale de l’emploi, du travail et des solidarités"], logo: "etat" };
 */
export const IdentitySchema = z.object({
  lines: z.array(z.string()).min(1),
  /** The key of a logo in `theme.logos`, or the logo itself (as an image without its `type`). */
  logo: z.union([ID, ImageSchema.omit({ type: true })]).optional(),
});
/** One party's identity lines and logo key. */
export type Identity = z.infer<typeof IdentitySchema>;

/**
 * The identities of the parties, side by side at the top of a title page: the first on the
 * left, the second on the right (a single one on the left), each with its logo above its lines
 * when the theme has it. Both renderers draw it alike; it is never split across pages.
 *
 * @example
 * const ids: Identities = { type: "identities", parties: [{ lines: ["PRÉFÈTE DE LA CREUSE"], logo: "etat" }, { lines: ["Département de la Creuse"], logo: "collectivite" }] };
 */
export const IdentitiesSchema = z.object({
  type: z.literal("identities"),
  parties: z.array(IdentitySchema).min(1).max(2),
});
/** The parties' identities side by side. */
export type Identities = z.infer<typeof IdentitiesSchema>;

/**
 * One series of a {@link Chart}: its name (in the legend and the data table's header) and one
 * value per category, in the chart's unit (`null` where there is none: a year not yet reported).
 *
 * @example
 * const s: ChartSeries = { name: "Engagé", values: [8_000_000, 9_000_000] };
 */
export const ChartSeriesSchema = z.object({
  name: z.string().min(1),
  values: z.array(z.number().finite().min(0).nullable()),
});
/** One series of a chart: its name and one value per category. */
export type ChartSeries = z.infer<typeof ChartSeriesSchema>;

/**
 * What a chart's values are: `"euros"` (integer cents, shown « 50 000 € » and « 50 k€ » on the
 * axis), `"percent"` (100 is 100 %, shown « 85 % ») or `"number"` (shown « 1 250 »).
 *
 * @example
 * ChartUnitSchema.parse("euros") //=> "euros"
 */
export const ChartUnitSchema = z.enum(["euros", "percent", "number"]);
/** A chart's unit. */
export type ChartUnit = z.infer<typeof ChartUnitSchema>;

/**
 * A chart drawn from data in the document: `"bar"` (grouped vertical bars, one per series in
 * each category), `"stackedBar"` (the series stacked in each category) or `"line"` (one line per
 * series across the categories, as years). `title` is printed above it in both formats;
 * `categoryLabel` and `valueLabel` name its axes; values are non-negative, in `unit`.
 *
 * Both formats draw it the same way and follow it with its data as a table (for those who cannot
 * see it): the PDF as vectors tagged as a `Figure`, the DOCX as a native chart that Word and
 * LibreOffice can restyle. Its alternative text is generated from the data unless `alt` is
 * given. `height` is the chart's in points (216 by default); it spans the text width.
 *
 * @example
 * const c: Chart = {
 *   type: "chart", kind: "bar", title: "Engagé et dépensé par axe", unit: "euros",
 *   categories: ["Axe 1", "Axe 2"],
 *   series: [{ name: "Engagé", values: [8_000_000, 9_000_000] }, { name: "Dépensé", values: [7_500_000, 9_000_000] }],
 * };
 */
export const ChartSchema = z.object({
  type: z.literal("chart"),
  id: ID.optional(),
  kind: z.enum(["bar", "stackedBar", "line"]),
  title: z.string(),
  unit: ChartUnitSchema,
  categories: z.array(z.string()).min(1),
  series: z.array(ChartSeriesSchema).min(1),
  /** The name of the categories' axis (« Axe », « Année »); heads the data table's first column. */
  categoryLabel: z.string().optional(),
  /** The name of the values' axis (« Montant »). */
  valueLabel: z.string().optional(),
  /** What the chart says, for those who cannot see it; generated from the data when absent. */
  alt: z.string().optional(),
  height: POINTS.optional(),
});
/** A chart (bars, stacked bars or lines) with its data. */
export type Chart = z.infer<typeof ChartSchema>;

/**
 * Blocks kept together on one page (moved to the next page whole when they do not fit and
 * would fit on an empty page).
 *
 * @example
 * const k: KeepTogether = { type: "keepTogether", blocks: [] };
 */
export const KeepTogetherSchema = z.object({
  type: z.literal("keepTogether"),
  get blocks(): z.ZodArray<typeof BlockSchema> {
    return z.array(BlockSchema);
  },
});
/** Blocks kept on one page when they fit on one. */
export type KeepTogether = z.infer<typeof KeepTogetherSchema>;

/**
 * Any block of a document's body.
 *
 * @example
 * BlockSchema.parse({ type: "pageBreak" }) //=> { type: "pageBreak" }
 */
export const BlockSchema = z.discriminatedUnion("type", [
  HeadingSchema,
  ParagraphSchema,
  ListSchema,
  TableSchema,
  KeepTogetherSchema,
  PageBreakSchema,
  TocSchema,
  SignaturesSchema,
  ImageSchema,
  IssuerMarkSchema,
  IdentitiesSchema,
  ChartSchema,
]);
/** Any block of a document's body. */
export type Block = z.infer<typeof BlockSchema>;
