import type { IssuePath } from "@pacte/issues";
import type { Block } from "./block";

/**
 * The block of one kind.
 *
 * @example
 * const t: BlockOfType<"table"> = { type: "table", columns: [{}], header: [], rows: [], totals: [] };
 */
export type BlockOfType<K extends Block["type"]> = Extract<Block, { type: K }>;

/**
 * One function per kind of block, each given the block (narrowed to its kind) and its path.
 * Every kind is required: when a kind of block is added to the model, every object of this type
 * stops compiling until it says what to do with it.
 *
 * @example
 * const words: BlockHandlers<number> = {
 *   heading: (h) => h.text.split(" ").length, paragraph: () => 0, list: () => 0, table: () => 0,
 *   keepTogether: () => 0, pageBreak: () => 0, toc: () => 0, signatures: () => 0, image: () => 0, issuerMark: () => 0, identities: () => 0, chart: () => 0,
 * };
 */
export type BlockHandlers<R> = {
  readonly [K in Block["type"]]: (block: BlockOfType<K>, path: IssuePath) => R;
};

/**
 * Marks a branch the compiler proves unreachable: a `switch` over a closed union that ends with
 * `default: return assertNever(x)` fails to compile when a member is not handled.
 *
 * @throws {Error} if reached at run time (a value outside its declared type).
 * @example
 * function size(b: Block): number { switch (b.type) { …every kind…; default: return assertNever(b); } }
 */
export function assertNever(value: never): never {
  const type = (value as { type?: unknown } | null)?.type;
  throw new Error(`Unexpected value${type === undefined ? "" : ` of type "${String(type)}"`}: every kind must be handled.`);
}

/**
 * Calls the handler of the block's kind: the one exhaustive dispatch over {@link Block} that
 * every walk of a document goes through (validation, plain text, preparation, both renderers).
 *
 * @example
 * mapBlock({ type: "pageBreak" }, ["body", 3], { ...handlers, pageBreak: (_b, path) => path.join(".") }) //=> "body.3"
 */
export function mapBlock<R>(block: Block, path: IssuePath, handlers: BlockHandlers<R>): R {
  switch (block.type) {
    case "heading":
      return handlers.heading(block, path);
    case "paragraph":
      return handlers.paragraph(block, path);
    case "list":
      return handlers.list(block, path);
    case "table":
      return handlers.table(block, path);
    case "keepTogether":
      return handlers.keepTogether(block, path);
    case "pageBreak":
      return handlers.pageBreak(block, path);
    case "toc":
      return handlers.toc(block, path);
    case "signatures":
      return handlers.signatures(block, path);
    case "image":
      return handlers.image(block, path);
    case "issuerMark":
      return handlers.issuerMark(block, path);
    case "identities":
      return handlers.identities(block, path);
    case "chart":
      return handlers.chart(block, path);
    default:
      return assertNever(block);
  }
}

/**
 * Maps every block of a list with {@link mapBlock}; the path of block `i` is `[...path, i]`.
 *
 * @example
 * mapBlocks(doc.body, ["body"], handlers).length === doc.body.length //=> true
 */
export function mapBlocks<R>(blocks: readonly Block[], path: IssuePath, handlers: BlockHandlers<R>): R[] {
  return blocks.map((block, i) => mapBlock(block, [...path, i], handlers));
}

/**
 * The blocks a block holds and the path of their list (`keepTogether` holds `blocks`; the other
 * kinds hold none).
 *
 * @example
 * childBlocks({ type: "keepTogether", blocks: [{ type: "pageBreak" }] }, ["body", 2]) //=> { blocks: [{ type: "pageBreak" }], path: ["body", 2, "blocks"] }
 * childBlocks({ type: "pageBreak" }, ["body", 0]) //=> undefined
 */
export function childBlocks(block: Block, path: IssuePath): { readonly blocks: readonly Block[]; readonly path: IssuePath } | undefined {
  const none = (): undefined => undefined;
  return mapBlock<{ readonly blocks: readonly Block[]; readonly path: IssuePath } | undefined>(block, path, {
    heading: none,
    paragraph: none,
    list: none,
    table: none,
    keepTogether: (b, at) => ({ blocks: b.blocks, path: [...at, "blocks"] }),
    pageBreak: none,
    toc: none,
    signatures: none,
    image: none,
    issuerMark: none,
    identities: none,
    chart: none,
  });
}

/**
 * Where a block sits: the block, its path, and the paths of the `keepTogether` groups around it
 * (outermost first).
 *
 * @example
 * const site: BlockSite = { block: { type: "pageBreak" }, path: ["body", 0], groups: [] };
 */
export interface BlockSite {
  readonly block: Block;
  readonly path: IssuePath;
  readonly groups: readonly IssuePath[];
}

/**
 * Every block of `blocks` in reading order, depth first: a group, then what it holds.
 *
 * @example
 * [...walkBlocks([{ type: "keepTogether", blocks: [{ type: "pageBreak" }] }], ["body"])].map((s) => s.path)
 * //=> [["body", 0], ["body", 0, "blocks", 0]]
 */
export function* walkBlocks(blocks: readonly Block[], path: IssuePath, groups: readonly IssuePath[] = []): Generator<BlockSite> {
  for (const [i, block] of blocks.entries()) {
    const at = [...path, i];
    yield { block, path: at, groups };
    const children = childBlocks(block, at);
    if (children !== undefined) yield* walkBlocks(children.blocks, children.path, [...groups, at]);
  }
}
