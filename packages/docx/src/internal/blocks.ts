import { mapBlock, type Block, type Heading, type IssuerMark, type List, type Paragraph as IrParagraph } from "@pacte/document";
import { BookmarkEnd, BookmarkStart, Paragraph, type FileChild, type IParagraphOptions } from "docx";
import { headingBookmark, nestedList, type RenderContext } from "./context";
import { imageRun } from "./image";
import { renderInlines, textRuns } from "./inlines";
import { LIST, MAX_LIST_LEVEL } from "./numbering";
import { asChild } from "./raw-xml";
import { STYLE } from "./styles";
import { renderSignatures, renderTable } from "./table";
import { renderIdentities } from "./identities";
import { renderToc } from "./toc";
import { twips } from "./units";

/** A paragraph not built yet, so a keep-together group can still change its last one. */
type Item = { readonly kind: "p"; options: IParagraphOptions } | { readonly kind: "block"; readonly child: FileChild };

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

  private readonly ctx: RenderContext;

  constructor(ctx: RenderContext) {
    this.ctx = ctx;
  }

  /** The built children of the section. */
  build(blocks: readonly Block[]): FileChild[] {
    this.blocks(blocks);
    if (this.pendingBreak) this.items.push({ kind: "p", options: this.spacer(true) });
    const last = this.items.at(-1);
    // Word wants the body to end with a paragraph, not a table.
    if (!last || last.kind === "block") this.items.push({ kind: "p", options: this.spacer(false) });
    return this.items.map((item) => (item.kind === "p" ? new Paragraph(item.options) : item.child));
  }

  private spacer(pageBreakBefore: boolean): IParagraphOptions {
    return { ...(pageBreakBefore ? { pageBreakBefore: true } : {}), spacing: { before: 0, after: 0, line: 20, lineRule: "exact" }, children: [] };
  }

  private paragraph(options: IParagraphOptions) {
    const o: IParagraphOptions = {
      // Widow and orphan control (two lines at least on each side of a page break), as the PDF does.
      widowControl: true,
      ...options,
      ...(this.pendingBreak ? { pageBreakBefore: true } : {}),
      ...(this.keep > 0 ? { keepNext: true, keepLines: true } : {}),
    };
    this.pendingBreak = false;
    this.items.push({ kind: "p", options: o });
  }

  private block(child: FileChild) {
    if (this.pendingBreak) {
      this.items.push({ kind: "p", options: this.spacer(true) });
      this.pendingBreak = false;
    }
    const last = this.items.at(-1);
    // Two tables in a row would merge into one when Word opens the file.
    if (last?.kind === "block") this.items.push({ kind: "p", options: this.spacer(false) });
    this.items.push({ kind: "block", child });
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
        this.paragraph({
          ...(style ? { style } : {}),
          ...(b.align ? { alignment: ALIGN[b.align] } : {}),
          ...(b.keepWithNext ? { keepNext: true } : {}),
          children: renderInlines(ctx, b.content),
        });
      },
      list: (b) => this.list(b, 0),
      table: (b) => {
        if (b.caption) this.paragraph({ style: STYLE.caption, keepNext: true, children: textRuns(b.caption, {}) });
        const table = renderTable(ctx, b, this.keep > 0);
        if (table) this.block(table);
      },
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
        const pageBreak = this.pendingBreak;
        this.pendingBreak = false;
        this.block(renderToc(ctx, b, pageBreak));
      },
      signatures: (b) => this.block(renderSignatures(ctx, b)),
      image: (b) =>
        this.paragraph({
          alignment: b.align ?? "left",
          children: [imageRun(ctx, b)],
        }),
      issuerMark: (b) => this.issuerMark(b),
      identities: (b) => {
        this.block(renderIdentities(ctx, b));
        // The space of a level-1 heading after the identities, as in the PDF.
        this.items.push({ kind: "p", options: { ...this.spacer(false), spacing: { before: 0, after: 0, line: twips(ctx.theme.spacing.headingBefore[0]), lineRule: "exact" } } });
      },
    });
  }

  private heading(h: Heading) {
    const bookmark = headingBookmark(this.ctx, h.id);
    this.paragraph({
      style: STYLE.heading[h.level - 1] ?? STYLE.heading[0],
      ...(h.pageBreakBefore ? { pageBreakBefore: true } : {}),
      // Out of the table of contents, out of the outline too (Word's navigation pane).
      ...(h.toc === false ? { outlineLevel: 9 } : {}),
      children: [
        asChild(new BookmarkStart(bookmark.name, bookmark.id)),
        ...textRuns(this.ctx.prepared.headingById.get(h.id)?.title ?? h.text, {}),
        asChild(new BookmarkEnd(bookmark.id)),
      ],
    });
  }

  private list(list: List, depth: number) {
    const ctx = this.ctx;
    const instance = list.ordered ? ++ctx.counters.list : 0;
    for (const item of list.items) {
      this.paragraph({
        style: list.ordered ? STYLE.listNumber : STYLE.listBullet,
        numbering: { reference: list.ordered ? LIST.ordered : LIST.bullets, level: Math.min(depth, MAX_LIST_LEVEL), instance },
        children: renderInlines(ctx, item.content),
      });
      const children = nestedList(item);
      if (children) this.list(children, depth + 1);
    }
  }

  private issuerMark(mark: IssuerMark) {
    const ctx = this.ctx;
    const alignment = mark.align ?? "left";
    const lines = mark.lines;
    this.keep++;
    if (mark.logo) this.paragraph({ alignment, spacing: { before: 0, after: twips(4) }, children: [imageRun(ctx, mark.logo, ctx.geometry.textWidth / 2)] });
    lines.forEach((text, i) =>
      this.paragraph({
        style: STYLE.issuerMark,
        alignment,
        ...(i === lines.length - 1 ? { spacing: { after: twips(ctx.theme.spacing.paragraphAfter * 3) } } : {}),
        children: textRuns(text, i === 0 ? { bold: true } : {}),
      }),
    );
    this.keep--;
    const last = this.items.at(-1);
    if (this.keep === 0 && last?.kind === "p") {
      const { keepNext: _drop, ...rest } = last.options;
      last.options = rest;
    }
  }
}
