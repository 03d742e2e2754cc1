import {
  IDENTITY_LOGO_GAP,
  LIST_LABEL_GAP,
  IDENTITY_LOGO_MAX,
  TOC_NUMBER_GAP,
  captionLook,
  headingLook,
  imageBoxPt,
  lineHeightOf,
  listLabel,
  mapBlock,
  paginate,
  paragraphLook,
  tableColumnWidths,
  tableRowKeeps,
  tocEntryLook,
  type Block,
  type Chart,
  type Keep,
  type List,
  type PageBox,
  type PreparedDocument,
  type PreparedToc,
  type Table,
} from "@pacte/document";
import { contentWidths, lineCount, planRuns, textWidth, type PlanRun } from "./plan-text";

/** The PDF's signing space and the gaps around it, and the space between the two columns of signatures or identities. */
const SIGNING_SPACE = 72;
const SIGNING_GAP = 4;
const COLUMN_GAP = 28;
const ISSUER_LOGO_MAX = { width: 160, height: 90 } as const;
const MAX_PASSES = 6;
const EPS = 1e-6;

/**
 * What a page of the plan starts with, for the DOCX to write it: the object of the document
 * (a block, or a list item) whose first paragraph starts the page.
 *
 * @example
 * const key: PlanKey = document.body[3]!;
 */
export type PlanKey = object;

/**
 * The DOCX's pages as the PDF engine lays them out — the same metrics (Pacte Sans, the fonts the
 * PDF ships, metric-compatible with Arial), looks, line breaking and pagination rules — so that
 * the page numbers written into the file are the pages where Word and LibreOffice place the
 * headings: the page of each heading, the page count, and the objects whose first paragraph
 * starts a page (`starts`: the DOCX writes an explicit page break before them, with no space
 * before, so that the office suite breaks where the PDF does even where its measures differ by a
 * hair). Deterministic.
 *
 * @example
 * const plan: PagePlan = { headingPages: new Map([["art-1", 2]]), pageCount: 3, starts: new Set(), pageTops: new Set(), tableWidths: new Map(), chartHeights: new Map() };
 */
export interface PagePlan {
  readonly headingPages: ReadonlyMap<string, number>;
  readonly pageCount: number;
  /** Objects whose first paragraph starts a page after the first: an explicit break goes before them. */
  readonly starts: ReadonlySet<PlanKey>;
  /** Objects whose first paragraph is at the top of a page (the first page included): no space before them. */
  readonly pageTops: ReadonlySet<PlanKey>;
  /** The column widths of each table, in points, as the PDF shares them (`tableColumnWidths` over the cells measured with the shared metrics): the DOCX writes these. */
  readonly tableWidths: ReadonlyMap<Table, readonly number[]>;
  /** The height of each chart's area, in points, as the PDF sets it: the chart's, but never more than a page holds under its title. */
  readonly chartHeights: ReadonlyMap<Chart, number>;
}

/** A box of the plan: a page box, the object it belongs to, and whether it is that object's first. */
interface PlanBox extends PageBox<PlanBox> {
  readonly key: PlanKey;
  readonly first: boolean;
}

const base = {
  spaceBefore: 0,
  spaceAfter: 0,
  keep: "none" as Keep,
  pageBreakBefore: false,
  pageBreakAfter: false,
  repeat: null,
};

type Split = "orphans" | "whole" | "lines";

/** A box of `n` lines of `lh` points, cut as the PDF's text boxes are. */
function linesBox(key: PlanKey, n: number, lh: number, o: { spaceBefore?: number; spaceAfter?: number; keep?: Keep; pageBreakBefore?: boolean; anchor?: string; split: Split }, first = true): PlanBox {
  const box: PlanBox = {
    ...base,
    key,
    first,
    height: n * lh,
    spaceBefore: o.spaceBefore ?? 0,
    spaceAfter: o.spaceAfter ?? 0,
    keep: o.keep ?? "none",
    pageBreakBefore: o.pageBreakBefore ?? false,
    minHead: o.split === "orphans" && n >= 4 ? 2 * lh : n * lh,
    ...(o.anchor !== undefined && first ? { anchor: o.anchor } : {}),
    split(avail, empty) {
      let k = Math.min(Math.floor((avail + EPS) / lh), n - 1);
      if (o.split === "whole" && !empty) return null;
      if (o.split === "orphans") {
        if (!empty) {
          if (n < 4) return null;
          k = Math.min(k, n - 2);
          if (k < 2) return null;
        } else if (n - k < 2 && n - 2 >= 2) k = n - 2;
      }
      if (k < 1) return null;
      const { anchor: _anchor, ...rest } = o;
      return [linesBox(key, k, lh, { ...rest, spaceAfter: 0, keep: "none", ...(first && o.anchor !== undefined ? { anchor: o.anchor } : {}) }, first), linesBox(key, n - k, lh, { ...rest, spaceBefore: 0, pageBreakBefore: false }, false)];
    },
  };
  return box;
}

/** A box that never splits (unless taller than a page: then it is placed as it is). */
const solidBox = (key: PlanKey, height: number, o: { spaceBefore?: number; spaceAfter?: number; keep?: Keep } = {}): PlanBox => ({
  ...base,
  key,
  first: true,
  height,
  spaceBefore: o.spaceBefore ?? 0,
  spaceAfter: o.spaceAfter ?? 0,
  keep: o.keep ?? "none",
  minHead: height,
  split: () => null,
});

/** The boxes of the body, and where the tables of contents go. */
function bodyBoxes(
  prepared: PreparedDocument,
  tocs: { toc: PreparedToc; key: PlanKey; at: number }[],
  tableWidths: Map<Table, readonly number[]>,
  chartHeights: Map<Chart, number>,
): PlanBox[] {
  const { theme, geometry } = prepared;
  const W = geometry.textWidth;
  const H = geometry.textHeight;
  const refs = prepared.references;
  const lh = (size: number) => lineHeightOf(size, theme);
  const boxes: PlanBox[] = [];
  const bodyBase = { bold: false, italic: false, size: theme.sizes.body };

  const list = (l: List, inset: number, depth: number): void => {
    const indent = theme.spacing.listIndent;
    l.items.forEach((item, i) => {
      const label = listLabel(l.ordered, depth, i + 1);
      const offset = Math.max(indent, textWidth(label, "regular", theme.sizes.body) + LIST_LABEL_GAP);
      const n = lineCount(planRuns(item.content, bodyBase, refs), W - inset - offset);
      const last = i === l.items.length - 1 && !item.children;
      boxes.push(
        linesBox(item, n, lh(theme.sizes.body), {
          spaceBefore: i === 0 && depth === 0 ? theme.spacing.paragraphAfter / 2 : 0,
          spaceAfter: last && depth === 0 ? theme.spacing.paragraphAfter : theme.spacing.paragraphAfter / 2,
          split: "orphans",
        }),
      );
      if (item.children) list(item.children, inset + offset, depth + 1);
    });
  };

  const table = (t: Table): void => {
    const nCols = t.columns.length;
    const fit = Math.min(1, W / nCols / (theme.sizes.table + 2 * theme.spacing.cellPaddingX));
    const padX = theme.spacing.cellPaddingX * fit;
    const padY = theme.spacing.cellPaddingY;
    const size = theme.sizes.table * fit;
    const floor = size + 2 * padX;
    const rows = [...t.header.map((r) => ["header", r] as const), ...t.rows.map((r) => ["body", r] as const), ...t.totals.map((r) => ["total", r] as const)];
    const mins = new Array<number>(nCols).fill(2 * padX);
    const maxs = new Array<number>(nCols).fill(2 * padX);
    const measured = rows.map(([kind, row]) => {
      let col = 0;
      const cells: { runs: PlanRun[]; col: number; span: number }[] = [];
      for (const cell of row) {
        const span = Math.max(1, Math.min(cell.colSpan ?? 1, nCols - col));
        const runs = planRuns(cell.content, { bold: kind !== "body" || cell.bold === true, italic: false, size }, refs);
        if (col < nCols) {
          cells.push({ runs, col, span });
          if (span === 1) {
            const w = contentWidths(runs);
            mins[col] = Math.max(mins[col] ?? 0, w.min + 2 * padX);
            maxs[col] = Math.max(maxs[col] ?? 0, w.max + 2 * padX);
          }
        }
        col += span;
      }
      return cells;
    });
    const cap = Math.max(W / nCols, floor);
    const widths = tableColumnWidths(t.columns.map((c, i) => ({ width: c.width ?? "auto", min: Math.min(mins[i] ?? 0, cap), max: maxs[i] ?? 0 })), W, floor);
    tableWidths.set(t, widths);
    const rowLh = lh(size);
    const heights = measured.map((cells) => {
      let lines = cells.length === 0 ? 1 : 0;
      for (const c of cells) {
        const width = widths.slice(c.col, c.col + c.span).reduce((a, b) => a + b, 0);
        lines = Math.max(lines, lineCount(c.runs, Math.max(width - 2 * padX, 1)));
      }
      return { lines: Math.max(lines, 1) };
    });
    const space = theme.spacing.paragraphAfter;
    let first = true;
    if (t.caption !== undefined && t.caption !== "") {
      const look = captionLook(theme);
      const n = lineCount([{ text: t.caption, face: "bold", size }], W);
      boxes.push(linesBox(t, n, lh(size), { spaceBefore: space, spaceAfter: 3, keep: "withNext", split: "whole" }));
      first = false;
      void look;
    }
    const keeps = tableRowKeeps(t);
    const headerBoxes: PlanBox[] = [];
    const headerHeight = heights.slice(0, t.header.length).reduce((s, h) => s + h.lines * rowLh + 2 * padY, 0);
    const repeatable = headerHeight <= H / 3;
    const rowBox = (lines: number, keep: Keep, spaceBefore: number, spaceAfter: number, isFirst: boolean, repeat: PlanBox[] | null): PlanBox => {
      const height = lines * rowLh + 2 * padY;
      const room = H - (repeat && repeatable ? headerHeight : 0);
      const tall = height > room + EPS;
      return {
        ...base,
        key: t,
        first: isFirst,
        height,
        spaceBefore,
        spaceAfter,
        keep,
        repeat: repeatable ? repeat : null,
        minHead: tall ? rowLh + 2 * padY : height,
        split(avail, empty) {
          if (!tall && !empty) return null;
          const k = Math.min(lines - 1, Math.floor((avail - 2 * padY + EPS) / rowLh));
          if (k < 1) return null;
          return [rowBox(k, "none", spaceBefore, 0, isFirst, repeat), rowBox(lines - k, keep, 0, spaceAfter, false, repeat)];
        },
      };
    };
    heights.forEach((h, r) => {
      const isHeader = r < t.header.length;
      const box = rowBox(h.lines, keeps[r] === true ? "together" : "none", r === 0 && first ? space : 0, r === heights.length - 1 ? space : 0, r === 0 && first, isHeader ? null : headerBoxes);
      if (isHeader) headerBoxes.push(box);
      boxes.push(box);
    });
  };

  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      mapBlock<void>(block, [], {
        paragraph: (b) => {
          const look = paragraphLook(b.style ?? "body", theme);
          const n = lineCount(planRuns(b.content, look.base, refs), W - look.indent);
          boxes.push(linesBox(b, n, lh(look.base.size), { spaceBefore: look.spaceBefore, spaceAfter: look.spaceAfter, keep: b.keepWithNext ? "withNext" : "none", split: "orphans" }));
        },
        heading: (h) => {
          const look = headingLook(h.level, theme);
          const title = prepared.headingById.get(h.id)?.title ?? h.text;
          const n = title === "" ? 0 : lineCount([{ text: title, face: h.level === 4 ? "boldItalic" : "bold", size: look.base.size }], W);
          boxes.push(linesBox(h, Math.max(n, 1), lh(look.base.size), { spaceBefore: look.spaceBefore, spaceAfter: look.spaceAfter, keep: "withNext", pageBreakBefore: h.pageBreakBefore === true, anchor: h.id, split: "whole" }));
        },
        list: (l) => list(l, 0, 0),
        table: (t) => table(t),
        keepTogether: (k) => {
          const start = boxes.length;
          visit(k.blocks);
          for (let i = start; i < boxes.length - 1; i++) {
            const b = boxes[i];
            if (b && b.keep !== "together") boxes[i] = { ...b, keep: "together" };
          }
        },
        pageBreak: (b) => boxes.push({ ...solidBox(b, 0), pageBreakAfter: true }),
        toc: (b) => {
          const toc = prepared.tocs.get(b);
          if (toc) tocs.push({ toc, key: b, at: boxes.length });
        },
        signatures: (b) => {
          const prepared_ = prepared.signatures.get(b);
          if (!prepared_) return;
          const colWidth = (W - COLUMN_GAP) / 2;
          const bodyLh = lh(theme.sizes.body);
          const linesOf = (text: string, face: "bold" | "regular" | "italic") => (text.trim() === "" ? 0 : lineCount([{ text, face, size: theme.sizes.body }], colWidth));
          const faceOfLine = (kind: string) => (kind === "role" || kind === "name" ? "bold" : kind === "placeAndDate" ? "italic" : "regular") as "bold" | "regular" | "italic";
          prepared_.rows.forEach((row, i) => {
            const above = Math.max(0, ...row.map((s) => (s ? s.above.reduce((n, l) => n + linesOf(l.text, faceOfLine(l.kind)), 0) : 0)));
            const below = Math.max(0, ...row.map((s) => (s ? s.below.reduce((n, l) => n + linesOf(l.text, faceOfLine(l.kind)), 0) : 0)));
            const height = (above + below) * bodyLh + 2 * SIGNING_GAP + SIGNING_SPACE;
            const last = i === prepared_.rows.length - 1;
            boxes.push({
              ...solidBox(b, height, { spaceBefore: i === 0 ? theme.spacing.headingBefore[0] : theme.spacing.paragraphAfter * 2, spaceAfter: theme.spacing.paragraphAfter, keep: last ? "none" : "together" }),
              first: i === 0,
            });
          });
        },
        image: (b) => {
          const box = imageBoxPt(b, { maxWidth: W });
          const h = box ? Math.min(box.height, H) : 0;
          boxes.push(solidBox(b, h, { spaceAfter: theme.spacing.paragraphAfter }));
        },
        issuerMark: (m) => {
          if (m.logo) {
            const box = imageBoxPt(m.logo, { maxWidth: Math.min(ISSUER_LOGO_MAX.width, W) });
            const h = box ? Math.min(box.height, ISSUER_LOGO_MAX.height) : 0;
            boxes.push(solidBox(m, h, { spaceAfter: 6, keep: "together" }));
          }
          const runs: PlanRun[] = m.lines.flatMap((line, i): PlanRun[] => [...(i > 0 ? [{ lineBreak: true } as const] : []), { text: line, face: i === 0 ? "bold" : "regular", size: i === 0 ? theme.sizes.body : theme.sizes.small }]);
          boxes.push({ ...linesBox(m, lineCount(runs, W), lh(theme.sizes.body), { spaceAfter: theme.spacing.headingBefore[0], split: "whole" }), first: m.logo === undefined });
        },
        chart: (c) => {
          // As the PDF lays a chart out: its title as a table's caption, kept with the chart's
          // area — the chart's height, at most what a page holds under the title —, which never
          // splits; then its data table, as any table.
          const chart = prepared.charts.get(c);
          if (!chart) return;
          const look = captionLook(theme);
          const titled = chart.title !== "";
          const lines = titled ? lineCount([{ text: chart.title, face: "bold", size: look.base.size }], W) : 0;
          const title = titled ? linesBox(c, lines, lh(look.base.size), { spaceBefore: look.spaceBefore, spaceAfter: look.spaceAfter, keep: "withNext", split: "whole" }) : undefined;
          const height = Math.min(chart.height, H - (title ? title.height + title.spaceAfter : 0));
          chartHeights.set(c, height);
          if (title) boxes.push(title);
          boxes.push({ ...solidBox(c, height, { spaceBefore: titled ? 0 : theme.spacing.paragraphAfter, spaceAfter: theme.spacing.paragraphAfter }), first: !titled });
          table(chart.table);
        },
        identities: (b) => {
          const parties = prepared.identities.get(b) ?? [];
          const width = parties.length === 1 ? W : (W - COLUMN_GAP) / 2;
          const heights = parties.map((party) => {
            const logo = party.logo === undefined ? undefined : imageBoxPt(party.logo.image, { maxWidth: Math.min(IDENTITY_LOGO_MAX.width, width) });
            const logoHeight = logo ? Math.min(logo.height, IDENTITY_LOGO_MAX.height) + IDENTITY_LOGO_GAP : 0;
            const runs: PlanRun[] = party.lines.flatMap((line, i): PlanRun[] => [...(i > 0 ? [{ lineBreak: true } as const] : []), { text: line.text, face: line.strong ? "bold" : "regular", size: line.strong ? theme.sizes.body : theme.sizes.small }]);
            return logoHeight + lineCount(runs, width) * lh(theme.sizes.body);
          });
          boxes.push(solidBox(b, Math.max(0, ...heights), { spaceAfter: theme.spacing.headingBefore[0] }));
        },
      });
    }
  };
  visit(prepared.document.body);
  return boxes;
}

/** The boxes of a table of contents: its title, then one per entry, the page numbers `digits` wide. */
function tocBoxes(prepared: PreparedDocument, toc: PreparedToc, key: PlanKey, digits: number): PlanBox[] {
  const { theme, geometry } = prepared;
  const title = headingLook(1, theme);
  const boxes: PlanBox[] = [linesBox(key, lineCount([{ text: toc.title, face: "bold", size: title.base.size }], geometry.textWidth), lineHeightOf(title.base.size, theme), { spaceBefore: title.spaceBefore, spaceAfter: title.spaceAfter, keep: "withNext", split: "whole" })];
  const numberWidth = textWidth("0".repeat(Math.max(digits, 1)), "regular", theme.sizes.body);
  for (const h of toc.entries) {
    const look = tocEntryLook(h.level, theme);
    const n = lineCount([{ text: h.title, face: look.base.bold ? "bold" : "regular", size: look.base.size }], geometry.textWidth - look.indent - numberWidth - TOC_NUMBER_GAP);
    boxes.push({ ...linesBox(key, n, lineHeightOf(look.base.size, theme), { spaceBefore: look.spaceBefore, spaceAfter: look.spaceAfter, split: "whole" }), first: false });
  }
  return boxes;
}

/**
 * Lays the DOCX's pages out as the PDF engine does (see {@link PagePlan}): the body cut into the
 * same boxes — heights from the shared metrics, looks and line breaking, the same keep rules —
 * paginated by `@pacte/document`'s `paginate`, again while a table of contents' page numbers
 * change the pagination (as the PDF does).
 *
 * @example
 * planPages(prepareDocumentOrThrow(doc)).headingPages.get("art-1") //=> 2
 */
export function planPages(prepared: PreparedDocument): PagePlan {
  const tocs: { toc: PreparedToc; key: PlanKey; at: number }[] = [];
  const tableWidths = new Map<Table, readonly number[]>();
  const chartHeights = new Map<Chart, number>();
  const flow = bodyBoxes(prepared, tocs, tableWidths, chartHeights);
  let digits = 2;
  let pages: ReturnType<typeof paginate<PlanBox>> = { pages: [[]], anchors: new Map() };
  for (let pass = 0; pass < (tocs.length === 0 ? 1 : MAX_PASSES); pass++) {
    let boxes = flow;
    if (tocs.length > 0) {
      boxes = [];
      let from = 0;
      for (const slot of tocs) {
        boxes.push(...flow.slice(from, slot.at), ...tocBoxes(prepared, slot.toc, slot.key, digits));
        from = slot.at;
      }
      boxes.push(...flow.slice(from));
    }
    const next = paginate(boxes, prepared.geometry.textHeight);
    const nextDigits = Math.max(2, String(next.pages.length).length);
    const stable = pass > 0 && nextDigits === digits && sameAnchors(next.anchors, pages.anchors);
    pages = next;
    if (stable || tocs.length === 0) break;
    digits = nextDigits;
  }
  const headingPages = new Map<string, number>();
  for (const [id, page] of pages.anchors) headingPages.set(id, page + 1);
  const starts = new Set<PlanKey>();
  const pageTops = new Set<PlanKey>();
  pages.pages.forEach((placements, index) => {
    const top = placements.find((p) => !p.repeated);
    if (top === undefined || !top.box.first) return;
    pageTops.add(top.box.key);
    if (index > 0) starts.add(top.box.key);
  });
  return { headingPages, pageCount: pages.pages.length, starts, pageTops, tableWidths, chartHeights };
}

const sameAnchors = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
