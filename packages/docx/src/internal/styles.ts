import type { IParagraphStyleOptions, IStylesOptions, ICharacterStyleOptions } from "docx";
import { captionLook, headingLook, lineHeightOf, paragraphLook, tocEntryLook, type BlockLook, type Theme } from "@pacte/document";
import { eighthPoints, halfPoints, twips } from "./units";

/**
 * Style ids the renderer applies; each is a real Word style with Word's own name where one exists.
 *
 * @example
 * STYLE.heading[0] //=> "Heading1"
 */
export const STYLE = {
  title: "Title",
  subtitle: "Subtitle",
  heading: ["Heading1", "Heading2", "Heading3", "Heading4"],
  quote: "Quote",
  small: "Small",
  note: "Note",
  centered: "Centered",
  listBullet: "ListBullet",
  listNumber: "ListNumber",
  tocHeading: "TOCHeading",
  toc: ["TOC1", "TOC2", "TOC3", "TOC4"],
  caption: "Caption",
  tableText: "TableText",
  header: "Header",
  footer: "Footer",
  issuerMark: "IssuerMark",
  identity: "Identity",
  signature: "Signature",
  table: "PacteTable",
  hyperlink: "Hyperlink",
} as const;

/**
 * Line spacing of a style: at least the shared line height of its font size (`lineHeightOf`).
 *
 * @example
 * lineSpacing(defaultTheme, 10.5) //=> { line: 262, lineRule: "atLeast" }
 */
export const lineSpacing = (theme: Theme, size: number) => ({
  // The shared line height (13.125 pt at 10.5 pt), rounded down to the twip: never taller than the
  // PDF's lines, so that a page the PDF fills never overflows in Word or LibreOffice.
  line: Math.floor(lineHeightOf(size, theme) * 20 + 1e-9),
  lineRule: "atLeast" as const,
});

/**
 * The document's styles: defaults with the theme's font and language, then every style the renderer uses.
 *
 * @example
 * buildStyles(defaultTheme, "fr-FR").paragraphStyles?.length //=> 23
 */
export function buildStyles(theme: Theme, language: string): IStylesOptions {
  const { sizes, colors, spacing } = theme;
  const font = theme.docxFontFamily;
  const body = sizes.body;
  const after = twips(spacing.paragraphAfter);

  const para = (
    id: string,
    name: string,
    options: Omit<IParagraphStyleOptions, "id" | "name">,
  ): IParagraphStyleOptions => ({ id, name, basedOn: "Normal", next: "Normal", quickFormat: true, ...options });

  // Every look is the shared one (@pacte/document's `paragraphLook`, `headingLook`, `tocEntryLook`,
  // `captionLook`): the PDF draws the same sizes, weights, colours, indents and spaces.
  const runOf = (look: BlockLook) => ({
    size: halfPoints(look.base.size),
    ...(look.base.bold ? { bold: true } : {}),
    ...(look.base.italic ? { italics: true } : {}),
    ...(look.base.color !== colors.text ? { color: look.base.color } : {}),
  });
  const spacingOf = (look: BlockLook) => ({ before: twips(look.spaceBefore), after: twips(look.spaceAfter), ...lineSpacing(theme, look.base.size) });
  const alignOf = (look: BlockLook) => (look.align === "left" ? {} : { alignment: look.align === "justify" ? ("both" as const) : look.align });

  const headings = ([1, 2, 3, 4] as const).map((level) => {
    const look = headingLook(level, theme);
    return para(STYLE.heading[level - 1] ?? "Heading1", `heading ${level}`, {
      uiPriority: 9,
      run: { ...runOf(look), color: look.base.color },
      paragraph: { keepNext: true, keepLines: true, outlineLevel: level - 1, spacing: spacingOf(look) },
    });
  });

  const tocLevels = ([1, 2, 3, 4] as const).map((level) => {
    const look = tocEntryLook(level, theme);
    return para(STYLE.toc[level - 1] ?? "TOC1", `toc ${level}`, {
      uiPriority: 39,
      unhideWhenUsed: true,
      quickFormat: false,
      run: look.base.bold ? { bold: true } : {},
      paragraph: { indent: { left: twips(look.indent) }, spacing: spacingOf(look) },
    });
  });

  const paragraphLooks = {
    title: paragraphLook("title", theme),
    subtitle: paragraphLook("subtitle", theme),
    quote: paragraphLook("quote", theme),
    small: paragraphLook("small", theme),
    note: paragraphLook("note", theme),
    center: paragraphLook("center", theme),
  };
  const fromLook = (look: BlockLook) => ({
    run: runOf(look),
    paragraph: { ...alignOf(look), ...(look.indent > 0 ? { indent: { left: twips(look.indent) } } : {}), spacing: spacingOf(look) },
  });
  const caption = captionLook(theme);

  const paragraphStyles: IParagraphStyleOptions[] = [
    para(STYLE.title, "Title", { uiPriority: 10, ...fromLook(paragraphLooks.title) }),
    para(STYLE.subtitle, "Subtitle", { uiPriority: 11, ...fromLook(paragraphLooks.subtitle) }),
    ...headings,
    para(STYLE.quote, "Quote", { uiPriority: 29, ...fromLook(paragraphLooks.quote) }),
    para(STYLE.small, "Small", fromLook(paragraphLooks.small)),
    para(STYLE.note, "Note", fromLook(paragraphLooks.note)),
    para(STYLE.centered, "Centered", fromLook(paragraphLooks.center)),
    para(STYLE.listBullet, "List Bullet", { uiPriority: 34, paragraph: { spacing: { after: twips(spacing.paragraphAfter / 2) } } }),
    para(STYLE.listNumber, "List Number", { uiPriority: 34, paragraph: { spacing: { after: twips(spacing.paragraphAfter / 2) } } }),
    para(STYLE.tocHeading, "TOC Heading", {
      uiPriority: 39,
      run: { ...runOf(headingLook(1, theme)), color: headingLook(1, theme).base.color },
      paragraph: { keepNext: true, spacing: spacingOf(headingLook(1, theme)) },
    }),
    ...tocLevels,
    para(STYLE.caption, "caption", {
      uiPriority: 35,
      run: runOf(caption),
      paragraph: { keepNext: true, spacing: spacingOf(caption) },
    }),
    para(STYLE.tableText, "Table Text", {
      run: { size: halfPoints(sizes.table) },
      paragraph: { spacing: { before: 0, after: 0, ...lineSpacing(theme, sizes.table) } },
    }),
    para(STYLE.header, "header", {
      uiPriority: 99,
      quickFormat: false,
      run: { size: halfPoints(sizes.header), color: colors.muted },
      paragraph: { spacing: { before: 0, after: 0, ...lineSpacing(theme, sizes.header) } },
    }),
    para(STYLE.footer, "footer", {
      uiPriority: 99,
      quickFormat: false,
      run: { size: halfPoints(sizes.footer), color: colors.muted },
      paragraph: { spacing: { before: 0, after: 0, ...lineSpacing(theme, sizes.footer) } },
    }),
    para(STYLE.issuerMark, "Issuer Mark", {
      run: { size: halfPoints(sizes.small) },
      // Lines as tall as the body's, as the PDF sets the mark.
      paragraph: { spacing: { before: 0, after: 0, ...lineSpacing(theme, body) } },
    }),
    para(STYLE.identity, "Identity", {
      uiPriority: 99,
      run: { size: halfPoints(sizes.small) },
      paragraph: { spacing: { before: 0, after: 0, ...lineSpacing(theme, body) } },
    }),
    para(STYLE.signature, "Signature", {
      uiPriority: 99,
      paragraph: { keepNext: true, keepLines: true, spacing: { before: 0, after: 0, ...lineSpacing(theme, body) } },
    }),
  ];

  const characterStyles: ICharacterStyleOptions[] = [
    { id: STYLE.hyperlink, name: "Hyperlink", uiPriority: 99, unhideWhenUsed: true, run: { color: colors.link, underline: { type: "single" } } },
  ];

  return {
    default: {
      document: {
        run: {
          font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
          size: halfPoints(body),
          sizeComplexScript: halfPoints(body),
          color: colors.text,
          // Pair kerning, as the PDF engine sets text (Word and LibreOffice kern only when asked).
          kern: 2,
          language: { value: language, eastAsia: language, bidirectional: "ar-SA" },
        },
        paragraph: { spacing: { before: 0, after, ...lineSpacing(theme, body) } },
      },
    },
    paragraphStyles,
    characterStyles,
  };
}

/**
 * The table style every data table uses — the theme's borders, cell padding and table text size —
 * as a styles part `docx` merges with its own (its `externalStyles`), since a table style has no
 * option of its own there.
 *
 * @example
 * tableStylesXml(defaultTheme).includes('w:styleId="PacteTable"') //=> true
 */
export function tableStylesXml(theme: Theme): string {
  const border = (side: string) =>
    theme.table.borderWidth > 0
      ? `<w:${side} w:val="single" w:sz="${eighthPoints(theme.table.borderWidth)}" w:space="0" w:color="${theme.colors.tableBorder}"/>`
      : `<w:${side} w:val="nil"/>`;
  const margin = (side: string, pt: number) => `<w:${side} w:w="${twips(pt)}" w:type="dxa"/>`;
  const { cellPaddingX: x, cellPaddingY: y } = theme.spacing;
  const size = halfPoints(theme.sizes.table);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">' +
    `<w:style w:type="table" w:styleId="${STYLE.table}"><w:name w:val="Pacte Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>` +
    `<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>` +
    `<w:tblPr><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
    `<w:tblCellMar>${margin("top", y)}${margin("left", x)}${margin("bottom", y)}${margin("right", x)}</w:tblCellMar></w:tblPr>` +
    "</w:style></w:styles>"
  );
}
