import {
  captionLook,
  headingLook,
  mapBlock,
  paragraphLook,
  type Block,
  type Chart,
  type Heading,
  type IssuerMark,
  type List,
  type Paragraph as IrParagraph,
  type Table as IrTable,
} from "@pacte/document";
import { BookmarkEnd, BookmarkStart, Paragraph, type FileChild, type IParagraphOptions } from "docx";
import { chartRun } from "./chart";
import { headingBookmark, nestedList, type RenderContext } from "./context";
import { imageRun } from "./image";
import { renderInlines, textRuns } from "./inlines";
import { LIST, MAX_LIST_LEVEL } from "./numbering";
import { asChild } from "./raw-xml";
import { STYLE } from "./styles";
import { renderSignatures, renderTable } from "./table";
import { renderIdentities } from "./identities";
import { renderToc } from "./toc";
import { halfPoints, twips } from "./units";

/** An image's paragraph: its line as tall as the image (LibreOffice and Word add nothing above it). */
const IMAGE_LINE = { line: 240, lineRule: "auto" as const };

/**
 * A paragraph not built yet, so that a keep-together group, or the block after it, can still
 * change it; `after` is the space after it as the PDF gives it (the paragraph's look).
 */
type Item = { readonly kind: "p"; options: IParagraphOptions; after: number } | { readonly kind: "block"; readonly child: FileChild };

/** Space the PDF puts before and after a table (its first and last rows). */
const tableSpace = (ctx: RenderContext): number => ctx.theme.spacing.paragraphAfter;

const PARAGRAPH_STYLE: Record<NonNullable<IrParagraph["style"]>, string | undefined> = {
  body: undefined,
  title: STYLE.title,
  subtitle: STYLE.subtitle,
  quote: STYLE.quote,
  small: STYLE.small,
  note: STYLE.note,
  center: STYLE.centered,
};

const ALIGN = { left: "left", center: "center", right: "right", justify: "both" } as const;

/**
 * Turns the body's blocks into `docx` paragraphs, tables and the table of contents, in order.
 *
 * @example
 * new BodyBuilder(ctx).build(document.body) //=> the section's paragraphs, tables and table of contents
 */
export class BodyBuilder {
  private readonly items: Item[] = [];
  private pendingBreak = false;
  private keep = 0;
  /** The space the PDF leaves after the last block when it was a table (none in a DOCX: the next paragraph takes it). */
  private tableAfter = 0;

  private readonly ctx: RenderContext;

  constructor(ctx: RenderContext) {
    this.ctx = ctx;
  }

  /** The built children of the section. */
  build(blocks: readonly Block[]): FileChild[] {
    this.blocks(blocks);
    // (A page break at the very end adds no blank page, as in the PDF.)
    const last = this.items.at(-1);
    // Word wants the body to end with a paragraph, not a table.
    if (!last || last.kind === "block") this.items.push({ kind: "p", options: this.spacer(false), after: 0 });
    return this.items.map((item) => (item.kind === "p" ? new Paragraph(item.options) : item.child));
  }

  /** An empty paragraph exactly `height` points tall (between two tables, which Word would merge). */
  private spacer(pageBreakBefore: boolean, height = 1): IParagraphOptions {
    return { ...(pageBreakBefore ? { pageBreakBefore: true } : {}), spacing: { before: 0, after: 0, line: Math.max(1, Math.floor(height * 20)), lineRule: "exact" }, children: [] };
  }

  /** Whether the PDF starts a page with this object (the plan): an explicit page break goes before it. */
  private starts(key: object): boolean {
    return this.ctx.pages.starts.has(key);
  }

  /** Whether this object is at the top of a page in the PDF: no space before it (the PDF drops it there). */
  private onTop(key: object): boolean {
    return this.ctx.pages.pageTops.has(key);
  }

  /**
   * A paragraph of the body. `look` is its space before and after as the PDF sets them; the
   * DOCX's space between two paragraphs is the larger of the two as in the PDF, but a table
   * carries none, so the paragraph after a table takes the table's. `key` is the object it
   * starts (a block, a list item): where the PDF starts a page with it, the DOCX writes an
   * explicit page break and no space before.
   */
  private paragraph(options: IParagraphOptions, look: { before: number; after: number }, key?: object) {
    const top = key !== undefined && this.onTop(key);
    const breakBefore = this.pendingBreak || options.pageBreakBefore === true || (key !== undefined && this.starts(key));
    const before = top ? 0 : this.tableAfter > look.before ? this.tableAfter : undefined;
    const o: IParagraphOptions = {
      // Widow and orphan control (two lines at least on each side of a page break), as the PDF does.
      widowControl: true,
      ...options,
      ...(breakBefore ? { pageBreakBefore: true } : {}),
      ...(before === undefined ? {} : { spacing: { ...options.spacing, before: twips(before) } }),
      ...(this.keep > 0 ? { keepNext: true, keepLines: true } : {}),
    };
    this.pendingBreak = false;
    this.tableAfter = 0;
    this.items.push({ kind: "p", options: o, after: look.after });
  }

  /** The last paragraph's space after, raised to `at least` (a table carries no space of its own). */
  private spaceBeforeTable(atLeast: number, exactly?: number) {
    const last = this.items.at(-1);
    if (last?.kind !== "p") return;
    const after = exactly ?? Math.max(last.after, atLeast);
    if (after === last.after) return;
    last.options = { ...last.options, spacing: { ...last.options.spacing, after: twips(after) } };
    last.after = after;
  }

  /** A table-like block; `after` is the space the PDF leaves after it. */
  private block(child: FileChild, after: number) {
    const last = this.items.at(-1);
    // Two tables in a row would merge into one when Word opens the file: an empty paragraph as tall as the PDF's space between them.
    if (last?.kind === "block") this.items.push({ kind: "p", options: this.spacer(false, Math.max(this.tableAfter, tableSpace(this.ctx))), after: 0 });
    this.pendingBreak = false;
    this.items.push({ kind: "block", child });
    this.tableAfter = after;
  }

  private blocks(blocks: readonly Block[]) {
    for (const block of blocks) this.one(block);
  }

  private one(block: Block) {
    const ctx = this.ctx;
    mapBlock<void>(block, [], {
      heading: (h) => this.heading(h),
      paragraph: (b) => {
        const style = PARAGRAPH_STYLE[b.style ?? "body"];
        const look = paragraphLook(b.style ?? "body", ctx.theme);
        this.paragraph(
          {
            ...(style ? { style } : {}),
            ...(b.align ? { alignment: ALIGN[b.align] } : {}),
            ...(b.keepWithNext ? { keepNext: true } : {}),
            children: renderInlines(ctx, b.content),
          },
          { before: look.spaceBefore, after: look.spaceAfter },
          b,
        );
      },
      list: (b) => this.list(b, 0),
      table: (b) => this.table(b),
      keepTogether: (b) => {
        const start = this.items.length;
        this.keep++;
        this.blocks(b.blocks);
        this.keep--;
        // The group's last paragraph keeps its own lines together but not with what follows.
        const last = this.items.at(-1);
        if (this.keep === 0 && last?.kind === "p" && this.items.length > start) {
          const { keepNext: _drop, ...rest } = last.options;
          last.options = { ...rest, keepLines: true };
        }
      },
      pageBreak: () => {
        this.pendingBreak = true;
      },
      toc: (b) => {
        const pageBreak = this.pendingBreak || this.starts(b);
        this.block(renderToc(ctx, b, pageBreak, this.onTop(b)), 0);
        // (The TOC's last entry keeps its own space after: the content control ends like a paragraph.)
        this.tableAfter = 0;
      },
      signatures: (b) => {
        // The PDF leaves the larger of the space after the text and the space before the first
        // row (a level-1 heading's); a DOCX adds the space inside the table's first cell to the
        // paragraph's: the paragraph keeps none.
        this.spaceBeforeTable(0, 0);
        this.block(renderSignatures(ctx, b, this.pendingBreak || this.starts(b), this.onTop(b)), ctx.theme.spacing.paragraphAfter);
      },
      image: (b) =>
        this.paragraph(
          {
            alignment: b.align ?? "left",
            spacing: IMAGE_LINE,
            children: [imageRun(ctx, b, ctx.geometry.textWidth, ctx.geometry.textHeight)],
          },
          { before: 0, after: ctx.theme.spacing.paragraphAfter },
          b,
        ),
      issuerMark: (b) => this.issuerMark(b),
      chart: (b) => this.chart(b),
      identities: (b) => {
        this.block(renderIdentities(ctx, b, this.pendingBreak || this.starts(b)), 0);
        // The space of a level-1 heading after the identities, as in the PDF.
        this.items.push({ kind: "p", options: this.spacer(false, ctx.theme.spacing.headingBefore[0]), after: 0 });
        this.tableAfter = 0;
      },
    });
  }

  /** A caption in the Caption style, kept with what follows (a table's, a chart's title); `key` starts it. */
  private caption(text: string, key: object) {
    const look = captionLook(this.ctx.theme);
    this.paragraph({ style: STYLE.caption, keepNext: true, children: textRuns(text, {}) }, { before: look.spaceBefore, after: look.spaceAfter }, key);
  }

  private table(b: IrTable) {
    const space = tableSpace(this.ctx);
    if (b.caption) this.caption(b.caption, b);
    else this.spaceBeforeTable(space);
    const breakBefore = !b.caption && (this.pendingBreak || this.starts(b));
    const table = renderTable(this.ctx, b, this.keep > 0, breakBefore);
    if (table) this.block(table, space);
  }

  /**
   * A chart as the PDF lays it out: its title as a table's caption, kept with the chart (a native
   * chart in a paragraph as tall as it), then its data table, written as any table.
   */
  private chart(b: Chart) {
    const ctx = this.ctx;
    const prepared = ctx.prepared.charts.get(b);
    if (prepared === undefined) throw new Error("BodyBuilder: this chart is not one of the prepared document's blocks.");
    const titled = prepared.title !== "";
    if (titled) this.caption(prepared.title, b);
    // (Without a title, the space of a paragraph before the chart, as the PDF leaves it.)
    const space = ctx.theme.spacing.paragraphAfter;
    const before = titled ? 0 : space;
    this.paragraph(
      { spacing: { ...IMAGE_LINE, before: twips(before), after: twips(space) }, keepLines: true, children: [chartRun(ctx, b, ctx.pages.chartHeights.get(b) ?? prepared.height)] },
      { before, after: space },
      titled ? undefined : b,
    );
    this.table(prepared.table);
  }

  private heading(h: Heading) {
    const bookmark = headingBookmark(this.ctx, h.id);
    const look = headingLook(h.level, this.ctx.theme);
    this.paragraph(
      {
        style: STYLE.heading[h.level - 1] ?? STYLE.heading[0],
        ...(h.pageBreakBefore ? { pageBreakBefore: true } : {}),
        // Out of the table of contents, out of the outline too (Word's navigation pane).
        ...(h.toc === false ? { outlineLevel: 9 } : {}),
        children: [
          asChild(new BookmarkStart(bookmark.name, bookmark.id)),
          ...textRuns(this.ctx.prepared.headingById.get(h.id)?.title ?? h.text, {}),
          asChild(new BookmarkEnd(bookmark.id)),
        ],
      },
      { before: look.spaceBefore, after: look.spaceAfter },
      h,
    );
  }

  private list(list: List, depth: number) {
    const ctx = this.ctx;
    const instance = list.ordered ? ++ctx.counters.list : 0;
    const half = ctx.theme.spacing.paragraphAfter / 2;
    list.items.forEach((item, i) => {
      // As the PDF spaces a list: half a paragraph's space around items, a whole one after the list.
      const first = i === 0 && depth === 0;
      const last = i === list.items.length - 1 && !item.children && depth === 0;
      const before = first ? half : 0;
      const after = last ? ctx.theme.spacing.paragraphAfter : half;
      this.paragraph(
        {
          style: list.ordered ? STYLE.listNumber : STYLE.listBullet,
          numbering: { reference: list.ordered ? LIST.ordered : LIST.bullets, level: Math.min(depth, MAX_LIST_LEVEL), instance },
          ...(first || last ? { spacing: { before: twips(before), after: twips(after) } } : {}),
          children: renderInlines(ctx, item.content),
        },
        { before, after },
        item,
      );
      const children = nestedList(item);
      if (children) this.list(children, depth + 1);
    });
  }

  private issuerMark(mark: IssuerMark) {
    const ctx = this.ctx;
    const alignment = mark.align ?? "left";
    const lines = mark.lines;
    const after = ctx.theme.spacing.headingBefore[0];
    this.keep++;
    // As the PDF draws the mark: the logo (at most 160 × 90 pt) 6 pt above the lines, the first line bold at the body size.
    if (mark.logo) this.paragraph({ alignment, spacing: { ...IMAGE_LINE, after: twips(6) }, children: [imageRun(ctx, mark.logo, Math.min(160, ctx.geometry.textWidth), 90)] }, { before: 0, after: 6 }, mark);
    lines.forEach((text, i) =>
      this.paragraph(
        {
          style: STYLE.issuerMark,
          alignment,
          ...(i === lines.length - 1 ? { spacing: { after: twips(after) } } : {}),
          children: textRuns(text, i === 0 ? { bold: true, size: halfPoints(ctx.theme.sizes.body) } : {}),
        },
        { before: 0, after: i === lines.length - 1 ? after : 0 },
        i === 0 && !mark.logo ? mark : undefined,
      ),
    );
    this.keep--;
    const last = this.items.at(-1);
    if (this.keep === 0 && last?.kind === "p") {
      const { keepNext: _drop, ...rest } = last.options;
      last.options = rest;
    }
  }
}
