import type { Block, List, TableRow } from "../block";
import type { Document } from "../document";
import type { Inline } from "../inline";
import type { IssuePath } from "@pacte/issues";
import { mapBlock, walkBlocks } from "../visit-blocks";

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

/** Every sequence of inlines of one block, in reading order (not those of the blocks a group holds). */
export function blockInlineSites(block: Block, path: IssuePath): InlineSite[] {
  const none = (): InlineSite[] => [];
  return mapBlock<InlineSite[]>(block, path, {
    heading: none,
    paragraph: (b, at) => [{ inlines: b.content, path: [...at, "content"] }],
    list: (b, at) =>
      [...listLevels(b, at)].flatMap(({ list, path: listPath }) =>
        list.items.map((item, i) => ({ inlines: item.content, path: [...listPath, "items", i, "content"] })),
      ),
    table: (b, at) =>
      [...tableRows(b, at)].flatMap(({ row, path: rowPath }) => row.map((cell, c) => ({ inlines: cell.content, path: [...rowPath, c, "content"] }))),
    keepTogether: none,
    pageBreak: none,
    toc: none,
    signatures: none,
    image: none,
    issuerMark: none,
    identities: none,
    chart: none,
  });
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
  for (const { block, path } of walkBlocks(doc.body, ["body"])) yield* blockInlineSites(block, path);
}

/**
 * Calls `visit` on every string value inside `value` (object keys excluded), in order; byte
 * arrays are skipped. The path is built only when `pathOf` is called: a document holds thousands
 * of strings and nearly all of them are fine.
 */
export function forEachString(value: unknown, path: IssuePath, visit: (text: string, pathOf: () => IssuePath) => void): void {
  const stack: (string | number)[] = [...path];
  const pathOf = (): IssuePath => [...stack];
  const walk = (v: unknown): void => {
    if (typeof v === "string") {
      visit(v, pathOf);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        stack.push(i);
        walk(v[i]);
        stack.pop();
      }
    } else if (typeof v === "object" && v !== null && !ArrayBuffer.isView(v)) {
      for (const k of Object.keys(v)) {
        stack.push(k);
        walk((v as Record<string, unknown>)[k]);
        stack.pop();
      }
    }
  };
  walk(value);
}
