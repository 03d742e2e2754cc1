import { tableColumnWidths, tableRowKeeps, type Table, type TableRow } from "@pacte/document";
import { type IssuePath } from "@pacte/issues";
import type { StructNode } from "../tagging/struct-node";
import { BOX_DEFAULTS, type FlowBox, type Keep } from "./flow-box";
import type { BaseTextStyle } from "./inline-runs";
import { setRuns, setWords, shapeInlines, type LayoutContext } from "./layout-context";
import type { PageCanvas } from "./page-canvas";
import { fontStyleOf } from "./run-style";
import type { Word } from "./shape-text";
import { drawTextLines, type FieldValues, type TextBlock } from "./text-block";
import { textBox } from "./text-box";

/** A cell laid out: where it is, its text, its look, its structure element (`TH` or `TD`). */
interface CellLayout {
  readonly x: number;
  readonly width: number;
  readonly block: TextBlock;
  readonly fill: string | null;
  readonly node: StructNode;
}

type RowKind = "header" | "body" | "total";

/** The widest word and the widest unbroken line of some words, in points. */
function contentWidths(words: readonly Word[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  let line = 0;
  words.forEach((w, i) => {
    min = Math.max(min, w.width);
    line += w.width;
    const next = words[i + 1];
    if (w.forcedBreak || !next) {
      max = Math.max(max, line);
      line = 0;
    } else if (w.space) line += w.space.width;
  });
  return { min, max };
}

const EPS = 1e-6;

/**
 * How {@link captionBox} sets a caption: its size (a table's text size, smaller when the table
 * shrinks to fit its columns) and the id of the block it anchors, if any.
 *
 * @example
 * const options: CaptionOptions = { size: 9, anchor: "tab-financement" };
 */
export interface CaptionOptions {
  readonly size: number;
  readonly anchor?: string;
}

/**
 * A caption as a flow box, set as a table's caption is: bold, in the text colour, over the text
 * width, the space of a paragraph before it and 3 points after, kept with what follows (the
 * table's first rows, a chart), never split; its lines content of `node` (the `Caption` element).
 *
 * @example
 * captionBox(ctx, "Tableau 1 – Financement", ["body", 4, "caption"], tableNode.child("Caption"), { size: 9 }).keep //=> "withNext"
 */
export function captionBox(ctx: LayoutContext, text: string, path: IssuePath, node: StructNode, options: CaptionOptions): FlowBox {
  const { theme, frame } = ctx;
  const { size } = options;
  const style = { font: fontStyleOf(true, false), size, rise: 0, color: theme.colors.text, underline: false, link: null, field: null } as const;
  const block = setRuns(ctx, [{ text, style, path }], {
    base: { bold: true, italic: false, size, color: theme.colors.text },
    width: frame.textWidth,
    align: "left",
  });
  return textBox({
    block,
    left: frame.margins.left,
    node,
    spaceBefore: theme.spacing.paragraphAfter,
    spaceAfter: 3,
    keep: "withNext",
    split: "whole",
    ...(options.anchor !== undefined ? { anchor: options.anchor } : {}),
  });
}

/**
 * A table as flow boxes: its caption, then one box per row. Header rows are repeated at the top
 * of every page the table continues on; total rows are bold on the theme's total background;
 * rows are kept together as `tableRowKeeps` says (no row alone on either side of a page break,
 * totals with their rows, group and subtotal rows with theirs); a row that fits on a page is
 * never split, a row taller than a page continues its cells' lines on the next page under the
 * repeated header. Column widths follow `tableColumnWidths` (as in the DOCX).
 * Tagged as one `Table` however many pages it spans: `Caption`, then `THead`, `TBody` and
 * `TFoot` (totals) of `TR`s; header cells are `TH` with `Scope Column`, the first cell of the
 * other rows a `TH` with `Scope Row` when the table has `rowHeaders`, the others `TD`; spans as
 * `ColSpan`. The repeated header rows are artifacts (the layout draws them so).
 *
 * @example
 * tableBoxes(ctx, { type: "table", columns: [{}, {}], header: [h], rows: [r1, r2], totals: [] }, ["body", 5]).length //=> 3
 */
export function tableBoxes(ctx: LayoutContext, table: Table, path: IssuePath): FlowBox[] {
  const { theme, frame } = ctx;
  const nCols = table.columns.length;
  const left = frame.margins.left;
  const total = frame.textWidth;
  // A column must hold one glyph (an em) and its padding; with too many columns for the width,
  // the table's text and padding shrink so that nothing spills out of its cell.
  const fit = Math.min(1, total / nCols / (theme.sizes.table + 2 * theme.spacing.cellPaddingX));
  const padX = theme.spacing.cellPaddingX * fit;
  const padY = theme.spacing.cellPaddingY;
  const border = theme.table.borderWidth;
  const size = theme.sizes.table * fit;
  const floor = size + 2 * padX;

  const baseOf = (kind: RowKind, bold: boolean | undefined): BaseTextStyle => ({
    bold: kind !== "body" || bold === true,
    italic: false,
    size,
    color: kind === "header" ? theme.colors.tableHeaderText : theme.colors.text,
  });
  const fillOf = (kind: RowKind): string | null =>
    kind === "header" ? theme.colors.tableHeaderBackground : kind === "total" ? theme.colors.tableTotalBackground : null;

  const tableNode = ctx.tags.root.child("Table");
  const sections: Record<RowKind, StructNode> = { header: tableNode.child("THead"), body: tableNode.child("TBody"), total: tableNode.child("TFoot") };
  const cellNode = (row: StructNode, kind: RowKind, col: number, span: number): StructNode => {
    const colSpan = span > 1 ? { colSpan: span } : {};
    if (kind === "header") return row.child("TH", { scope: "Column", ...colSpan });
    if (col === 0 && table.rowHeaders === true) return row.child("TH", { scope: "Row", ...colSpan });
    return row.child("TD", colSpan);
  };

  // Measure every cell once.
  interface Measured {
    readonly kind: RowKind;
    readonly cells: {
      readonly words: Word[];
      readonly span: number;
      readonly align: "left" | "center" | "right";
      readonly base: BaseTextStyle;
      readonly col: number;
      readonly node: StructNode;
    }[];
  }
  const measured: Measured[] = [];
  const groups: [RowKind, readonly TableRow[], string][] = [
    ["header", table.header, "header"],
    ["body", table.rows, "rows"],
    ["total", table.totals, "totals"],
  ];
  const mins = new Array<number>(nCols).fill(2 * padX);
  const maxs = new Array<number>(nCols).fill(2 * padX);
  for (const [kind, rows, key] of groups) {
    rows.forEach((row, r) => {
      const cells: Measured["cells"][number][] = [];
      const rowNode = sections[kind].child("TR");
      let col = 0;
      row.forEach((cell, c) => {
        const span = Math.max(1, Math.min(cell.colSpan ?? 1, nCols - col));
        const base = baseOf(kind, cell.bold);
        const words = shapeInlines(ctx, cell.content, [...path, key, r, c, "content"], { base });
        if (col < nCols) {
          cells.push({ words, span, align: cell.align ?? table.columns[col]?.align ?? "left", base, col, node: cellNode(rowNode, kind, col, span) });
          if (span === 1) {
            const w = contentWidths(words);
            mins[col] = Math.max(mins[col] ?? 0, w.min + 2 * padX);
            maxs[col] = Math.max(maxs[col] ?? 0, w.max + 2 * padX);
          }
        }
        col += span;
      });
      // (validateDocument refuses rows whose spans do not add up to the columns: cells past the last column are left out)
      measured.push({ kind, cells });
    });
  }
  // A long word asks for at most its share of the width: it is cut between characters anyway.
  const cap = Math.max(total / nCols, floor);
  const widths = tableColumnWidths(
    table.columns.map((c, i) => ({ width: c.width ?? "auto", min: Math.min(mins[i] ?? 0, cap), max: maxs[i] ?? 0 })),
    total,
    floor,
  );
  const xs: number[] = [];
  let acc = left;
  for (const w of widths) {
    xs.push(acc);
    acc += w;
  }

  const emptyLine = setRuns(ctx, [], { base: baseOf("body", false), width: 10, align: "left" }).lineHeight;
  const rowLayouts = measured.map((m) =>
    m.cells.map((cell): CellLayout => {
      const width = widths.slice(cell.col, cell.col + cell.span).reduce((a, b) => a + b, 0);
      return {
        x: xs[cell.col] ?? left,
        width,
        block: setWords(ctx, cell.words, { base: cell.base, width: Math.max(width - 2 * padX, 1), align: cell.align }),
        fill: fillOf(m.kind),
        node: cell.node,
      };
    }),
  );

  const headerCount = table.header.length;
  const headerHeight = rowLayouts.slice(0, headerCount).reduce((s, cells) => s + rowHeight(cells, cells.map((c) => [0, c.block.lines.length] as const)), 0);
  const repeatable = headerHeight <= frame.textHeight / 3;

  function rowHeight(cells: readonly CellLayout[], ranges: readonly (readonly [number, number])[]): number {
    let content = 0;
    cells.forEach((c, i) => {
      const [from, to] = ranges[i] ?? [0, 0];
      content = Math.max(content, (to - from) * c.block.lineHeight);
    });
    return Math.max(content, cells.length === 0 ? 0 : emptyLine) + 2 * padY;
  }

  const drawRow = (canvas: PageCanvas, top: number, cells: readonly CellLayout[], ranges: readonly (readonly [number, number])[], height: number, fields: FieldValues): void => {
    for (const c of cells) if (c.fill) canvas.rect(c.x, top, c.width, height, c.fill, null, 0, "background");
    cells.forEach((c, i) => {
      const [from, to] = ranges[i] ?? [0, 0];
      c.node.attach(); // every cell in the row's element, empty ones too: the table stays regular
      canvas.tagged(c.node, () => drawTextLines(canvas, c.block, c.x + padX, top + padY, from, to, fields));
    });
    for (const c of cells) {
      if (border > 0) canvas.rect(c.x, top, c.width, height, null, theme.colors.tableBorder, border, "cell");
      else canvas.boxes.push({ x: c.x, y: canvas.pdfY(top + height), width: c.width, height, kind: "cell" });
    }
  };

  const headerBoxes: FlowBox[] = [];
  const rowBox = (
    cells: readonly CellLayout[],
    ranges: readonly (readonly [number, number])[],
    keep: Keep,
    spaceBefore: number,
    spaceAfter: number,
    repeat: readonly FlowBox[] | null,
  ): FlowBox => {
    const height = rowHeight(cells, ranges);
    const maxLine = Math.max(emptyLine, ...cells.map((c) => c.block.lineHeight));
    const room = frame.textHeight - (repeat && repeatable ? headerHeight : 0);
    const tall = height > room + EPS;
    return {
      ...BOX_DEFAULTS,
      height,
      spaceBefore,
      spaceAfter,
      keep,
      repeat: repeatable ? repeat : null,
      minHead: tall ? maxLine + 2 * padY : height,
      split(avail, empty) {
        if (!tall && !empty) return null;
        const content = avail - 2 * padY;
        let progress = false;
        let rest = false;
        const head: [number, number][] = [];
        const tail: [number, number][] = [];
        cells.forEach((c, i) => {
          const [from, to] = ranges[i] ?? [0, 0];
          const k = Math.max(0, Math.min(to - from, Math.floor((content + EPS) / c.block.lineHeight)));
          if (k > 0) progress = true;
          if (from + k < to) rest = true;
          head.push([from, from + k]);
          tail.push([from + k, to]);
        });
        if (!progress || !rest) return null;
        return [rowBox(cells, head, "none", spaceBefore, 0, repeat), rowBox(cells, tail, keep, 0, spaceAfter, repeat)];
      },
      draw(canvas, top, fields) {
        drawRow(canvas, top, cells, ranges, height, fields);
      },
    };
  };

  const boxes: FlowBox[] = [];
  const space = theme.spacing.paragraphAfter;
  if (table.caption !== undefined && table.caption !== "") {
    boxes.push(captionBox(ctx, table.caption, [...path, "caption"], tableNode.child("Caption"), { size, ...(table.id ? { anchor: table.id } : {}) }));
  }
  const nRows = rowLayouts.length;
  // No row alone on either side of a page break, totals with their rows (the rule both formats follow).
  const keeps = tableRowKeeps(table);
  rowLayouts.forEach((cells, r) => {
    const kind = measured[r]?.kind ?? "body";
    const full = cells.map((c) => [0, c.block.lines.length] as const);
    const isHeader = kind === "header";
    const keep: Keep = keeps[r] === true ? "together" : "none";
    const first = r === 0 && boxes.length === 0;
    const box = rowBox(cells, full, keep, first ? space : 0, r === nRows - 1 ? space : 0, isHeader ? null : headerBoxes);
    if (isHeader) headerBoxes.push(box);
    boxes.push(box);
  });
  return boxes;
}
