import { PacteError, prepareOnce, type Document, type PreparedDocument, type ThemeInput } from "@pacte/document";
import { Document as DocxDocument, type PageNumberEstimator } from "docx";
import { BodyBuilder } from "./internal/blocks";
import { BookmarkNames } from "./internal/bookmarks";
import type { RenderContext } from "./internal/context";
import { headersAndFooters } from "./internal/header-footer";
import { buildNumbering } from "./internal/numbering";
import { appXml, coreXml, customXml, fontTableXml } from "./internal/package-parts";
import { installLinearAttributes } from "./internal/linear-attributes";
import { packFast } from "./internal/fast-compiler";
import { planPages } from "./internal/page-plan";
import { buildStyles, tableStylesXml } from "./internal/styles";
import { twips } from "./internal/units";
import { dosDateTime, setZipTimestamps } from "./internal/zip-timestamps";

/**
 * Options of {@link renderDocx}.
 *
 * - `theme`: overrides merged over `defaultTheme` (fonts, sizes, colours, header/footer templates),
 *   checked by `validateTheme`.
 * - `lang`: language of the issues' messages, `"fr"` (default) or `"en"`. (The words the renderer
 *   writes itself, such as « Fait à Guéret, le 12 mars 2024 », follow `meta.language`.)
 * - `frenchTypography`: apply French typography to every text (see `prepareDocument`); on by
 *   default for a French document.
 * - `pageNumbers`: how the page numbers cached in the table of contents and "Page X sur Y" are
 *   worked out. `"estimate"` (default) estimates them from the document model in a few
 *   milliseconds; `"layout"` lays the pages out as Word does with `docx/layout` (Arial metrics),
 *   closer to what Word shows but some twenty times slower (about 2 s for 30 pages). Either way,
 *   Word (F9) and LibreOffice (Tools › Update) recompute them.
 * - `updateFieldsOnOpen`: ask Word to update every field when it opens the file (`w:updateFields`).
 *   Off by default: the table of contents already shows its entries with estimated page numbers,
 *   and Word's prompt ("This document contains fields that may refer to other files…") worries
 *   readers. Turn it on when exact page numbers matter more than the prompt; LibreOffice ignores it.
 *
 * @example
 * const options: RenderDocxOptions = { theme: { sizes: { body: 11 } }, lang: "en" };
 */
export type RenderDocxOptions = {
  readonly theme?: ThemeInput;
  readonly lang?: "fr" | "en";
  readonly pageNumbers?: "estimate" | "layout";
  readonly updateFieldsOnOpen?: boolean;
  readonly frenchTypography?: boolean;
};

/**
 * Renders a document as DOCX bytes that Word and LibreOffice open cleanly: real Word styles
 * (Title, Heading 1–4 with outline levels, lists, a table style), a table of contents that shows
 * its entries as soon as the file is opened, "Page X sur Y" fields, bookmarks and internal links,
 * core and custom properties. The same input gives the same bytes, run after run, process after
 * process (dates come from `meta.createdAt`/`modifiedAt`, ids are counted, zip entries are dated
 * from the metadata). Runs unchanged in a browser.
 *
 * Everything both formats must say alike (heading titles, references, tables of contents,
 * signature lines, page geometry, theme, header and footer, French typography) comes from
 * `prepareDocument`, which the PDF renderer uses too. Give it a document `prepareDocument`
 * returned and it draws that one, without validating or preparing it again (`prepareOnce`): the
 * way to render both formats from one preparation.
 *
 * @throws {PacteError} (from `@pacte/issues`, re-exported here) — the only error it throws for
 * what it is given — when the document is not valid (`validateDocument`: control characters,
 * lone surrogates, references to unknown headings…), when the theme is not (`validateTheme`:
 * `document.invalid_theme` at `theme.…`), when the margins leave too little room
 * (`document.page_too_small`), or when `theme` or `frenchTypography` is given with a prepared
 * document, which decided them already (`document.already_prepared`): its `issues` say what and
 * where (`body[12].rows[3][2]`). No partial or corrupt file is ever produced.
 * @example
 * const bytes = await renderDocx({
 *   meta: { title: "Note", createdAt: "2024-03-12" },
 *   body: [{ type: "heading", level: 1, id: "objet", label: "Article 1", text: "Objet" }],
 * });
 * bytes.subarray(0, 2) //=> Uint8Array [ 80, 75 ] ("PK", a zip)
 * // Both formats from one preparation:
 * const prepared = prepareDocumentOrThrow(doc);
 * const [docx, pdf] = [await renderDocx(prepared), await renderPdf(prepared)];
 */
export async function renderDocx(document: Document | PreparedDocument, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  installLinearAttributes();
  const lang = options.lang === "en" ? "en" : "fr";
  const result = prepareOnce(document, {
    lang,
    ...(options.theme === undefined ? {} : { theme: options.theme }),
    ...(options.frenchTypography === undefined ? {} : { frenchTypography: options.frenchTypography }),
  });
  if (!result.success) {
    throw new PacteError(result.issues, { lang, heading: { fr: "DOCX impossible à produire", en: "Cannot produce the DOCX" }, warnings: result.warnings });
  }
  const prepared = result.data;
  const { theme, geometry, language } = prepared;
  const doc = prepared.document;
  const pages = planPages(prepared);

  /** A fresh `docx` file each time: its components are not reused between packs. */
  const build = (pageNumbers: PageNumberEstimator | undefined) => {
    const ctx: RenderContext = {
      prepared,
      document: doc,
      theme,
      geometry,
      bookmarks: new BookmarkNames(),
      pages,
      counters: { drawing: 0, link: 0, list: 0, toc: 0, chart: 0 },
      parts: [],
    };
    const children = new BodyBuilder(ctx).build(doc.body);
    const { titlePage, headers, footers } = headersAndFooters(ctx);
    const { margins } = geometry;
    const file = new DocxDocument({
      ...(pageNumbers ? { pageNumbers } : {}),
      title: doc.meta.title,
      styles: buildStyles(theme, language),
      externalStyles: tableStylesXml(theme),
      numbering: buildNumbering(theme),
      features: { updateFields: options.updateFieldsOnOpen === true },
      theme: { fonts: { headings: theme.docxFontFamily, body: theme.docxFontFamily } },
      sections: [
        {
          properties: {
            titlePage,
            page: {
              size: { width: twips(geometry.width), height: twips(geometry.height) },
              margin: {
                top: twips(margins.top),
                right: twips(margins.right),
                bottom: twips(margins.bottom),
                left: twips(margins.left),
                header: twips(geometry.headerDistance),
                footer: twips(geometry.footerDistance),
              },
            },
          },
          headers,
          footers,
          children,
        },
      ],
    });
    // The charts' parts, made while the body was built: written beside docx's own.
    return { file, parts: ctx.parts };
  };

  const overrides = [
    { path: "docProps/core.xml", data: coreXml(doc.meta, language) },
    { path: "docProps/app.xml", data: appXml(doc.meta, pages.pageCount) },
    { path: "docProps/custom.xml", data: customXml(doc.meta) },
    { path: "word/fontTable.xml", data: fontTableXml(theme) },
  ];
  const pack = (pageNumbers?: PageNumberEstimator) => {
    const { file, parts } = build(pageNumbers);
    return packFast(file, [...overrides, ...parts]);
  };
  let zip: Uint8Array;
  if (options.pageNumbers === "layout") {
    // Word's layout as docx/layout lays it out; loaded only when asked, as it is large. Where it
    // cannot lay something out, the estimate from the model stays; if it fails, the model's estimate is used.
    const { estimatePageNumbersWith } = await import("docx/layout");
    try {
      zip = await pack(estimatePageNumbersWith({ guess: true }));
    } catch {
      zip = await pack();
    }
  } else zip = await pack();
  return setZipTimestamps(zip, dosDateTime(doc.meta.modifiedAt ?? doc.meta.createdAt));
}
