import { tocEntryLook, type Toc } from "@pacte/document";
import { InternalHyperlink, Paragraph, Tab, TextRun, type ParagraphChild } from "docx";
import { headingBookmark, type RenderContext } from "./context";
import { fieldRuns, textRuns } from "./inlines";
import { RawBlock, el } from "./raw-xml";
import { STYLE } from "./styles";
import { twips } from "./units";

/**
 * The table of contents as Word writes one: a content control of the "Table of Contents" gallery
 * holding its title and a `TOC \o "1-N" \h \z \u` field whose result is already filled in, one
 * paragraph per heading (TOC1…TOC4 styles) linked to the heading's bookmark, with a dot leader to
 * a right tab and a `PAGEREF` field showing the estimated page. Word (F9, "Update table") and
 * LibreOffice (Tools › Update) recompute the page numbers.
 *
 * @example
 * renderToc(ctx, { type: "toc", maxLevel: 2 }, false) //=> a w:sdt holding the title and one TOC1/TOC2 paragraph per heading
 */
export function renderToc(ctx: RenderContext, toc: Toc, pageBreakBefore: boolean, onTop = false): RawBlock {
  const prepared = ctx.prepared.tocs.get(toc);
  if (prepared === undefined) throw new Error("renderToc: this table of contents is not one of the prepared document's blocks.");
  const max = prepared.maxLevel;
  const entries = prepared.entries;
  const begin: ParagraphChild[] = [
    new TextRun({ children: [el("w:fldChar", { "w:fldCharType": "begin" })] }),
    new TextRun({ children: [el("w:instrText", { "xml:space": "preserve" }, ` TOC \\o "1-${max}" \\h \\z \\u `)] }),
    new TextRun({ children: [el("w:fldChar", { "w:fldCharType": "separate" })] }),
  ];
  const end: ParagraphChild = new TextRun({ children: [el("w:fldChar", { "w:fldCharType": "end" })] });
  const tabStops = [{ type: "right" as const, position: twips(ctx.geometry.textWidth), leader: "dot" as const }];
  // The number right-aligned at the edge of the text, after a dot leader. No right indent to keep
  // a long title off the numbers' column: LibreOffice does not draw a right tab that stands past
  // a paragraph's right indent, and the TOC showed no page number at all.
  const paragraphs = entries.map((heading, i) => {
    const bookmark = headingBookmark(ctx, heading.id);
    const page = ctx.pages.headingPages.get(heading.id) ?? 1;
    const link = new InternalHyperlink({
      anchor: bookmark.name,
      children: [
        ...textRuns(heading.title, {}),
        new TextRun({ children: [new Tab()] }),
        ...fieldRuns(`PAGEREF ${bookmark.name} \\h`, String(page)),
      ],
    });
    return new Paragraph({
      style: STYLE.toc[heading.level - 1] ?? STYLE.toc[0],
      tabStops,
      indent: { left: twips(tocEntryLook(heading.level, ctx.theme).indent) },
      children: [...(i === 0 ? begin : []), link, ...(i === entries.length - 1 ? [end] : [])],
    });
  });
  if (paragraphs.length === 0) paragraphs.push(new Paragraph({ style: STYLE.toc[0], children: [...begin, end] }));
  const title = new Paragraph({
    style: STYLE.tocHeading,
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(onTop || pageBreakBefore ? { spacing: { before: 0 } } : {}),
    children: textRuns(prepared.title, {}),
  });
  return new RawBlock("w:sdt", {}, [
    el("w:sdtPr", {}, [
      el("w:docPartObj", {}, [el("w:docPartGallery", { "w:val": "Table of Contents" }), ...(ctx.counters.toc++ === 0 ? [el("w:docPartUnique")] : [])]),
    ]),
    el("w:sdtContent", {}, [title, ...paragraphs]),
  ]);
}
