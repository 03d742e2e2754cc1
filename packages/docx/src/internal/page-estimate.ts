import { imageBoxPt, mapBlock, type Block, type Heading, type Inline, type List, type PreparedDocument, type Table } from "@pacte/document";
import { nestedList, type PageEstimate } from "./context";
import { inlineText } from "./inlines";
import { columnWidths } from "./table-widths";

/** Average advance of a character of running text in Arial-like fonts, in ems. */
const CHAR_EM = 0.47;
const BOLD_CHAR_EM = 0.55;
/** The height of the space where a signatory signs, as the DOCX writes it. */
const SIGNING_SPACE = 56;

/**
 * Estimates pages from the document model without laying out glyphs: each paragraph takes as many
 * lines as its characters need at an average width, tables row by row (rows never split, header
 * rows repeat), keep-together groups and headings move to the next page when they would not fit.
 * Word and LibreOffice compute the real numbers when the fields are updated; this only makes the
 * first view of the table of contents and of "Page X sur Y" plausible. Deterministic.
 *
 * @example
 * estimatePages(prepareDocumentOrThrow(doc)).pageCount //=> 1 for a short note
 */
export function estimatePages(prepared: PreparedDocument): PageEstimate {
  const { document, theme, geometry } = prepared;
  const H = geometry.textHeight;
  const W = geometry.textWidth;
  const lh = (size: number) => Math.max(size * theme.spacing.lineHeight, size * 1.15);
  const lines = (text: string, size: number, width: number, bold = false) => {
    const perLine = Math.max(1, Math.floor(width / (size * (bold ? BOLD_CHAR_EM : CHAR_EM))));
    return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  };
  const textOf = (content: readonly Inline[]) => inlineText(content, prepared.references);

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
      lines(prepared.headingById.get(h.id)?.title ?? h.text, size, W, true) * lh(size) +
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
  const signaturesHeight = (block: Extract<Block, { type: "signatures" }>) =>
    (prepared.signatures.get(block)?.rows ?? []).reduce((sum, row) => {
      const lineCount = Math.max(0, ...row.map((b) => (b ? b.above.length + b.below.length : 0)));
      return sum + lineCount * lh(theme.sizes.body) + SIGNING_SPACE + 12;
    }, 0);

  /** The height of a block, ignoring page breaks (for keep-together groups). */
  const heightOf = (block: Block): number =>
    mapBlock(block, [], {
      heading: (h) => headingHeight(h),
      paragraph: (b) => paragraphHeight(textOf(b.content), sizeOfStyle(b.style)),
      list: (b) => listHeight(b, 0),
      table: (b) => tableHeight(b),
      keepTogether: (b) => b.blocks.reduce((s, c) => s + heightOf(c), 0),
      toc: (b) =>
        lh(theme.sizes.heading1) + theme.spacing.headingBefore[0] + (prepared.tocs.get(b)?.entries.length ?? 0) * (lh(theme.sizes.body) + 3),
      signatures: (b) => signaturesHeight(b),
      image: (b) => imageHeight(b.data, b.mimeType, b.width, b.height) + theme.spacing.paragraphAfter,
      issuerMark: (b) =>
        b.lines.length * lh(theme.sizes.small) + (b.logo ? imageHeight(b.logo.data, b.logo.mimeType, b.logo.width, b.logo.height) : 0) + theme.spacing.paragraphAfter,
      identities: (b) => Math.max(0, ...b.parties.map((party) => party.lines.length * lh(theme.sizes.body))) + 72 + theme.spacing.headingBefore[0],
      pageBreak: () => 0,
    });

  const place = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      const kept = () => keep(heightOf(block));
      const flowed = () => flow(heightOf(block));
      mapBlock<void>(block, [], {
        pageBreak: () => newPage(),
        heading: (h) => {
          if (h.pageBreakBefore) newPage();
          const height = headingHeight(h);
          // A heading is kept with the first lines of what follows it.
          if (y + height + 2 * lh(theme.sizes.body) > H && y > 0) newPage();
          if (!headingPages.has(h.id)) headingPages.set(h.id, page);
          flow(height);
        },
        keepTogether: (group) => {
          keep(0);
          if (y + heightOf(group) > H && heightOf(group) <= H) newPage();
          place(group.blocks);
        },
        table: (table) => {
          const widths = columnWidths(table, theme, W);
          const header = table.header.reduce((sum, r) => sum + rowHeight(r, widths), 0);
          const caption = table.caption ? lh(theme.sizes.small) + 9 : 0;
          const first = table.rows[0] ? rowHeight(table.rows[0], widths) : 0;
          if (y + caption + header + first > H && y > 0) newPage();
          flow(caption + header);
          for (const row of [...table.rows, ...table.totals]) {
            const before = page;
            keep(rowHeight(row, widths));
            if (page !== before) flow(header);
          }
        },
        signatures: kept,
        image: kept,
        issuerMark: kept,
        identities: kept,
        paragraph: flowed,
        list: flowed,
        toc: flowed,
      });
    }
  };
  place(document.body);
  return { headingPages, pageCount: page };
}
