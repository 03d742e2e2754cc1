import type { Block, List, TableRow } from "../block";
import type { Document } from "../document";
import type { Inline } from "../inline";
import type { IssuePath } from "@pacte/issues";

/** Where a block sits: its path and the keepTogether groups around it (outermost first). */
export interface BlockSite {
  readonly block: Block;
  readonly path: IssuePath;
  readonly groups: readonly IssuePath[];
}

/** Every block of `blocks` in reading order, keepTogether groups and their contents included. */
export function* blockSites(
  blocks: readonly Block[],
  path: IssuePath,
  groups: readonly IssuePath[] = [],
): Generator<BlockSite> {
  for (const [i, block] of blocks.entries()) {
    const at = [...path, i];
    yield { block, path: at, groups };
    if (block.type === "keepTogether") yield* blockSites(block.blocks, [...at, "blocks"], [...groups, at]);
  }
}

/** The sections of a table, in reading order. */
export const TABLE_SECTIONS = ["header", "rows", "totals"] as const;

/** Every row of a table with its path (`body[3].rows[2]`). */
export function* tableRows(
  table: Extract<Block, { type: "table" }>,
  path: IssuePath,
): Generator<{ row: TableRow; path: IssuePath }> {
  for (const section of TABLE_SECTIONS) {
    for (const [r, row] of table[section].entries()) yield { row, path: [...path, section, r] };
  }
}

/** Every list of a list tree with its depth (the outer list is 1) and path. */
export function* listLevels(list: List, path: IssuePath, depth = 1): Generator<{ list: List; path: IssuePath; depth: number }> {
  yield { list, path, depth };
  for (const [i, item] of list.items.entries()) {
    if (item.children !== undefined) yield* listLevels(item.children, [...path, "items", i, "children"], depth + 1);
  }
}

/** A sequence of inlines and where it is. */
export interface InlineSite {
  readonly inlines: readonly Inline[];
  readonly path: IssuePath;
}

/** Every sequence of inlines of one block, in reading order. */
export function* blockInlineSites(block: Block, path: IssuePath): Generator<InlineSite> {
  switch (block.type) {
    case "paragraph":
      yield { inlines: block.content, path: [...path, "content"] };
      return;
    case "list":
      for (const { list, path: listPath } of listLevels(block, path)) {
        for (const [i, item] of list.items.entries()) yield { inlines: item.content, path: [...listPath, "items", i, "content"] };
      }
      return;
    case "table":
      for (const { row, path: rowPath } of tableRows(block, path)) {
        for (const [c, cell] of row.entries()) yield { inlines: cell.content, path: [...rowPath, c, "content"] };
      }
      return;
    default:
      return;
  }
}

/** Every sequence of inlines of a document: header, footer, then the body in reading order. */
export function* documentInlineSites(doc: Document): Generator<InlineSite> {
  for (const part of ["header", "footer"] as const) {
    const hf = doc[part];
    if (hf === undefined) continue;
    for (const slot of ["left", "center", "right"] as const) {
      const inlines = hf[slot];
      if (inlines !== undefined) yield { inlines, path: [part, slot] };
    }
  }
  for (const { block, path } of blockSites(doc.body, ["body"])) yield* blockInlineSites(block, path);
}

/** Every string value inside `value` (object keys excluded) with its path; byte arrays are skipped. */
export function* stringSites(value: unknown, path: IssuePath): Generator<{ text: string; path: IssuePath }> {
  if (typeof value === "string") {
    yield { text: value, path };
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* stringSites(v, [...path, i]);
  } else if (typeof value === "object" && value !== null && !ArrayBuffer.isView(value)) {
    for (const [k, v] of Object.entries(value)) yield* stringSites(v, [...path, k]);
  }
}
