import type { Block, Document, Heading, Inline, List, Table, Theme } from "@pacte/document";
import type { Geometry } from "./context";
import { headingText, nestedList } from "./context";
import { imageBoxPt } from "@pacte/document";
import { inlineText } from "./inlines";
import { columnWidths } from "./table-widths";

/**
 * Where each heading is expected to start, and how many pages the document is expected to have.
 *
 * @example
 * const estimate: PageEstimate = { headingPages: new Map([["art-1", 2]]), pageCount: 3 };
 */
export type PageEstimate = { readonly headingPages: ReadonlyMap<string, number>; readonly pageCount: number };

/** Average advance of a character of running text in Arial-like fonts, in ems. */
const CHAR_EM = 0.47;
const BOLD_CHAR_EM = 0.55;

/**
 * Estimates pages from the document model without laying out glyphs: each paragraph takes as many
 * lines as its characters need at an average width, tables row by row (rows never split, header
 * rows repeat), keep-together groups and headings move to the next page when they would not fit.
 * Word and LibreOffice compute the real numbers when the fields are updated; this only makes the
 * first view of the table of contents and of "Page X sur Y" plausible. Deterministic.
 *
 * @example
 * estimatePages(doc, defaultTheme, geometryOf(doc, defaultTheme), headings, levels).pageCount //=> 1 for a short note
 */
export function estimatePages(document: Document, theme: Theme, geometry: Geometry, headings: ReadonlyMap<string, Heading>, tocLevelsOf: (maxLevel: number | undefined) => readonly Heading[]): PageEstimate {
  const H = geometry.textHeight;
  const W = geometry.textWidth;
  const lh = (size: number) => Math.max(size * theme.spacing.lineHeight, size * 1.15);
  const lines = (text: string, size: number, width: number, bold = false) => {
    const perLine = Math.max(1, Math.floor(width / (size * (bold ? BOLD_CHAR_EM : CHAR_EM))));
    return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  };
  const textOf = (content: readonly Inline[]) => inlineText(content, headings, theme);

  let page = 1;
  let y = 0;
  const headingPages = new Map<string, number>();
  const newPage = () => {
    if (y > 0) {
      page++;
      y = 0;
    }
  };
  /** Places a height that may flow over pages (a paragraph). */
  const flow = (height: number) => {
    y += height;
    while (y > H) {
      page++;
      y -= H;
    }
  };
  /** Places a height that must stay on one page when it can (a table row, a kept group). */
  const keep = (height: number) => {
    if (y + height > H && y > 0 && height <= H) newPage();
    flow(height);
  };

  const paragraphHeight = (text: string, size: number, width = W, after = theme.spacing.paragraphAfter, bold = false) =>
    lines(text, size, width, bold) * lh(size) + after;
  const sizeOfStyle = (style: string | undefined) => {
    switch (style) {
      case "title":
        return theme.sizes.title;
      case "subtitle":
        return theme.sizes.subtitle;
      case "small":
        return theme.sizes.small;
      case "note":
        return theme.sizes.note;
      default:
        return theme.sizes.body;
    }
  };
  const headingHeight = (h: Heading) => {
    const size = theme.sizes[`heading${h.level}`];
    return (
      theme.spacing.headingBefore[h.level - 1]! +
      lines(headingText(h, theme), size, W, true) * lh(size) +
      theme.spacing.headingAfter[h.level - 1]!
    );
  };
  const listHeight = (list: List, depth: number): number =>
    list.items.reduce((sum, item) => {
      const width = W - (depth + 1) * theme.spacing.listIndent;
      const own = paragraphHeight(textOf(item.content), theme.sizes.body, Math.max(36, width), theme.spacing.paragraphAfter / 2);
      const children = nestedList(item);
      return sum + own + (children ? listHeight(children, depth + 1) : 0);
    }, 0);
  const rowHeight = (row: Table["rows"][number], widths: readonly number[]) => {
    let col = 0;
    let max = 0;
    for (const cell of row) {
      const span = cell.colSpan ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0) - 2 * theme.spacing.cellPaddingX;
      col += span;
      max = Math.max(max, lines(textOf(cell.content), theme.sizes.table, Math.max(12, width)) * lh(theme.sizes.table));
    }
    return max + 2 * theme.spacing.cellPaddingY + theme.table.borderWidth;
  };
  const tableHeight = (table: Table) => {
    const widths = columnWidths(table, theme, W);
    return [...table.header, ...table.rows, ...table.totals].reduce((s, r) => s + rowHeight(r, widths), 0) + (table.caption ? lh(theme.sizes.small) + 9 : 0);
  };
  const imageHeight = (data: Uint8Array, mimeType: "image/png" | "image/jpeg", width: number | undefined, height: number | undefined) =>
    imageBoxPt({ data, mimeType, ...(width === undefined ? {} : { width }), ...(height === undefined ? {} : { height }) }, { maxWidth: W })?.height ?? 72;
  const signaturesHeight = (count: number) => Math.ceil(count / Math.min(count, 3)) * (5 * lh(theme.sizes.body) + 60);

  /** The height of a block, ignoring page breaks (for keep-together groups). */
  const heightOf = (block: Block): number => {
    switch (block.type) {
      case "heading":
        return headingHeight(block);
      case "paragraph":
        return paragraphHeight(textOf(block.content), sizeOfStyle(block.style));
      case "list":
        return listHeight(block, 0);
      case "table":
        return tableHeight(block);
      case "keepTogether":
        return block.blocks.reduce((s, b) => s + heightOf(b), 0);
      case "toc":
        return lh(theme.sizes.heading1) + theme.spacing.headingBefore[0] + tocLevelsOf(block.maxLevel).length * (lh(theme.sizes.body) + 3);
      case "signatures":
        return signaturesHeight(block.signatories.length);
      case "image":
        return imageHeight(block.data, block.mimeType, block.width, block.height) + theme.spacing.paragraphAfter;
      case "issuerMark":
        return block.lines.length * lh(theme.sizes.small) + (block.logo ? imageHeight(block.logo.data, block.logo.mimeType, block.logo.width, block.logo.height) : 0) + theme.spacing.paragraphAfter;
      case "pageBreak":
        return 0;
    }
  };

  const place = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      switch (block.type) {
        case "pageBreak":
          newPage();
          break;
        case "heading": {
          if (block.pageBreakBefore) newPage();
          const h = headingHeight(block);
          // A heading is kept with the first lines of what follows it.
          if (y + h + 2 * lh(theme.sizes.body) > H && y > 0) newPage();
          if (!headingPages.has(block.id)) headingPages.set(block.id, page);
          flow(h);
          break;
        }
        case "keepTogether":
          keep(0);
          if (y + heightOf(block) > H && heightOf(block) <= H) newPage();
          place(block.blocks);
          break;
        case "table": {
          const widths = columnWidths(block, theme, W);
          const header = block.header.reduce((sum, r) => sum + rowHeight(r, widths), 0);
          const caption = block.caption ? lh(theme.sizes.small) + 9 : 0;
          const first = block.rows[0] ? rowHeight(block.rows[0], widths) : 0;
          if (y + caption + header + first > H && y > 0) newPage();
          flow(caption + header);
          for (const row of [...block.rows, ...block.totals]) {
            const before = page;
            keep(rowHeight(row, widths));
            if (page !== before) flow(header);
          }
          break;
        }
        case "signatures":
        case "image":
        case "issuerMark":
          keep(heightOf(block));
          break;
        default:
          flow(heightOf(block));
      }
    }
  };
  place(document.body);
  return { headingPages, pageCount: page };
}
