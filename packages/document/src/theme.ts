import { deepFreeze } from "@pacte/issues";
import { z } from "zod";
import { ImageSchema } from "./block";
import { HeaderFooterSchema, type HeaderFooter } from "./header-footer";
import { PT_PER_CM } from "./page";

const COLOR = z.string().regex(/^[0-9A-Fa-f]{6}$/, { message: "Couleur RRGGBB attendue (par exemple 1F1F1F)." });
const SIZE = z.number().positive().max(200);
const SPACE = z.number().min(0).max(500);

/**
 * A logo an entitled team supplies through the theme (the State's bloc-marque, a collectivity's
 * own): image bytes, type, required text alternative and optional size in points. None ships.
 *
 * @example
 * const logo: ThemeLogo = { data: pngBytes, mimeType: "image/png", alt: "Préfète de la Creuse", height: 60 };
 */
export const ThemeLogoSchema = ImageSchema.omit({ type: true, align: true });
/** A logo of the theme. */
export type ThemeLogo = z.infer<typeof ThemeLogoSchema>;

/**
 * Everything a renderer needs to know about the look of a document. Sizes and spacing in points,
 * colours as `RRGGBB`.
 *
 * - `fontFamily`: the family the PDF renderer draws with. `@pacte/pdf` ships "Pacte Sans" — Liberation
 *   Sans (SIL OFL 1.1) subset to the Latin ranges and renamed as the licence requires for a modified
 *   font; register your own (Marianne, for an entitled team) and name it here.
 * - `docxFontFamily` / `docxFallbackFontFamily`: what the DOCX names; Arial and Liberation Sans
 *   have the same metrics, so Word and LibreOffice lay text out as the PDF does.
 *
 * @example
 * ThemeSchema.parse(defaultTheme).sizes.body //=> 10.5
 */
export const ThemeSchema = z.object({
  fontFamily: z.string().min(1),
  docxFontFamily: z.string().min(1),
  docxFallbackFontFamily: z.string().min(1),
  sizes: z.object({
    body: SIZE,
    small: SIZE,
    note: SIZE,
    title: SIZE,
    subtitle: SIZE,
    heading1: SIZE,
    heading2: SIZE,
    heading3: SIZE,
    heading4: SIZE,
    table: SIZE,
    header: SIZE,
    footer: SIZE,
  }),
  colors: z.object({
    text: COLOR,
    heading: COLOR,
    muted: COLOR,
    link: COLOR,
    rule: COLOR,
    tableBorder: COLOR,
    tableHeaderBackground: COLOR,
    tableHeaderText: COLOR,
    tableTotalBackground: COLOR,
  }),
  spacing: z.object({
    /** Line height as a multiple of the font size. */
    lineHeight: z.number().min(1).max(3),
    paragraphAfter: SPACE,
    headingBefore: z.tuple([SPACE, SPACE, SPACE, SPACE]),
    headingAfter: z.tuple([SPACE, SPACE, SPACE, SPACE]),
    listIndent: SPACE,
    cellPaddingX: SPACE,
    cellPaddingY: SPACE,
    quoteIndent: SPACE,
  }),
  table: z.object({ borderWidth: z.number().min(0).max(10) }),
  page: z.object({
    margins: z.object({ top: SPACE, right: SPACE, bottom: SPACE, left: SPACE }),
    /** Distance from the page edge to the header's and footer's text. */
    headerDistance: SPACE,
    footerDistance: SPACE,
  }),
  /** Printed between a heading's label and its text: "Article 5 – Objet". */
  headingLabelSeparator: z.string(),
  tocTitle: z.string(),
  header: HeaderFooterSchema.optional(),
  footer: HeaderFooterSchema.optional(),
  /** Logos by key, for the parties' identities of a title page (`identities` blocks name them). None by default. */
  logos: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_.:-]*$/), ThemeLogoSchema).optional(),
});
/** A complete theme. */
export type Theme = z.infer<typeof ThemeSchema>;

/** A theme override: any subset of {@link Theme}, merged over {@link defaultTheme}. */
export type ThemeInput = {
  [K in keyof Theme]?: Theme[K] extends readonly unknown[]
    ? Theme[K]
    : Theme[K] extends HeaderFooter | undefined
      ? Theme[K]
      : K extends "logos"
        ? Theme[K]
      : Theme[K] extends object
        ? Partial<Theme[K]>
        : Theme[K];
};

const pageOfTotal: HeaderFooter = {
  center: [
    { type: "text", text: "Page " },
    { type: "field", field: "pageNumber" },
    { type: "text", text: " sur " },
    { type: "field", field: "pageCount" },
  ],
};

/**
 * Sensible defaults for an administrative document: a sober sans-serif at 10,5 pt, dark text,
 * headings in a deep blue, "Page X sur Y" centred in the footer, A4 with 2,5 cm top and bottom
 * margins and 2 cm sides.
 *
 * @example
 * defaultTheme.footer?.center?.length //=> 4
 */
export const defaultTheme: Theme = deepFreeze({
  fontFamily: "Pacte Sans",
  docxFontFamily: "Arial",
  docxFallbackFontFamily: "Liberation Sans",
  sizes: {
    body: 10.5,
    small: 9,
    note: 8.5,
    title: 20,
    subtitle: 13,
    heading1: 13,
    heading2: 11.5,
    heading3: 10.5,
    heading4: 10.5,
    table: 9,
    header: 8,
    footer: 8,
  },
  colors: {
    text: "1E1E1E",
    heading: "1B3A6B",
    muted: "5C5C5C",
    link: "1B4F9C",
    rule: "A0A0A0",
    tableBorder: "8C8C8C",
    tableHeaderBackground: "E3E9F2",
    tableHeaderText: "1E1E1E",
    tableTotalBackground: "EFEFEF",
  },
  spacing: {
    lineHeight: 1.25,
    paragraphAfter: 6,
    headingBefore: [18, 12, 10, 8],
    headingAfter: [8, 6, 4, 4],
    listIndent: 18,
    cellPaddingX: 4,
    cellPaddingY: 3,
    quoteIndent: 18,
  },
  table: { borderWidth: 0.5 },
  page: {
    margins: { top: 2.5 * PT_PER_CM, right: 2 * PT_PER_CM, bottom: 2.5 * PT_PER_CM, left: 2 * PT_PER_CM },
    headerDistance: 1.2 * PT_PER_CM,
    footerDistance: 1.2 * PT_PER_CM,
  },
  headingLabelSeparator: " – ",
  tocTitle: "Sommaire",
  footer: pageOfTotal,
});
