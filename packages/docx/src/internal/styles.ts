import type { IParagraphStyleOptions, IStylesOptions, ICharacterStyleOptions } from "docx";
import type { Theme } from "@pacte/document";
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
 * Line spacing of a style: at least the theme's line height times its font size.
 *
 * @example
 * lineSpacing(defaultTheme, 10.5) //=> { line: 263, lineRule: "atLeast" }
 */
export const lineSpacing = (theme: Theme, size: number) => ({ line: twips(theme.spacing.lineHeight * size), lineRule: "atLeast" as const });

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

  const headings = ([1, 2, 3, 4] as const).map((level) => {
    const size = sizes[`heading${level}`];
    return para(STYLE.heading[level - 1] ?? "Heading1", `heading ${level}`, {
      uiPriority: 9,
      run: { size: halfPoints(size), bold: true, italics: level === 4, color: colors.heading },
      paragraph: {
        keepNext: true,
        keepLines: true,
        outlineLevel: level - 1,
        spacing: { before: twips(spacing.headingBefore[level - 1] ?? 0), after: twips(spacing.headingAfter[level - 1] ?? 0), ...lineSpacing(theme, size) },
      },
    });
  });

  const tocLevels = ([1, 2, 3, 4] as const).map((level) =>
    para(STYLE.toc[level - 1] ?? "TOC1", `toc ${level}`, {
      uiPriority: 39,
      unhideWhenUsed: true,
      quickFormat: false,
      run: level === 1 ? { bold: true } : {},
      paragraph: {
        indent: { left: twips((level - 1) * spacing.listIndent * 0.75) },
        spacing: { before: level === 1 ? twips(4) : 0, after: twips(2), ...lineSpacing(theme, body) },
      },
    }),
  );

  const paragraphStyles: IParagraphStyleOptions[] = [
    para(STYLE.title, "Title", {
      uiPriority: 10,
      run: { size: halfPoints(sizes.title), bold: true, color: colors.heading },
      paragraph: { keepNext: true, spacing: { before: 0, after: twips(sizes.title * 0.5), ...lineSpacing(theme, sizes.title) } },
    }),
    para(STYLE.subtitle, "Subtitle", {
      uiPriority: 11,
      run: { size: halfPoints(sizes.subtitle), color: colors.muted },
      paragraph: { keepNext: true, spacing: { after: twips(sizes.subtitle), ...lineSpacing(theme, sizes.subtitle) } },
    }),
    ...headings,
    para(STYLE.quote, "Quote", {
      uiPriority: 29,
      run: { italics: true },
      paragraph: { indent: { left: twips(spacing.quoteIndent), right: twips(spacing.quoteIndent) } },
    }),
    para(STYLE.small, "Small", { run: { size: halfPoints(sizes.small) }, paragraph: { spacing: lineSpacing(theme, sizes.small) } }),
    para(STYLE.note, "Note", {
      run: { size: halfPoints(sizes.note), color: colors.muted },
      paragraph: { spacing: lineSpacing(theme, sizes.note) },
    }),
    para(STYLE.centered, "Centered", { paragraph: { alignment: "center" } }),
    para(STYLE.listBullet, "List Bullet", { uiPriority: 34, paragraph: { spacing: { after: twips(spacing.paragraphAfter / 2) } } }),
    para(STYLE.listNumber, "List Number", { uiPriority: 34, paragraph: { spacing: { after: twips(spacing.paragraphAfter / 2) } } }),
    para(STYLE.tocHeading, "TOC Heading", {
      uiPriority: 39,
      run: { size: halfPoints(sizes.heading1), bold: true, color: colors.heading },
      paragraph: {
        keepNext: true,
        spacing: { before: twips(spacing.headingBefore[0]), after: twips(spacing.headingAfter[0]), ...lineSpacing(theme, sizes.heading1) },
      },
    }),
    ...tocLevels,
    para(STYLE.caption, "caption", {
      uiPriority: 35,
      run: { size: halfPoints(sizes.small), bold: true, color: colors.muted },
      paragraph: { keepNext: true, spacing: { before: twips(spacing.paragraphAfter), after: twips(3), ...lineSpacing(theme, sizes.small) } },
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
      run: { size: halfPoints(sizes.small), color: colors.heading },
      paragraph: { spacing: { before: 0, after: 0, ...lineSpacing(theme, sizes.small) } },
    }),
    para(STYLE.identity, "Identity", {
      uiPriority: 99,
      run: { size: halfPoints(sizes.small) },
      paragraph: { spacing: { before: 0, after: 0, ...lineSpacing(theme, body) } },
    }),
    para(STYLE.signature, "Signature", {
      uiPriority: 99,
      paragraph: { keepNext: true, keepLines: true, spacing: { before: 0, after: twips(2), ...lineSpacing(theme, body) } },
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
