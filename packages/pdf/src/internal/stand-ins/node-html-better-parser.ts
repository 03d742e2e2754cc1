/**
 * Stands in for `node-html-better-parser` in the built package (see `scripts/stand-ins.ts`).
 * `@cantoo/pdf-lib` parses markup with it only to draw SVG and to fill XFA forms, which this
 * package never does; it and the `html-entities` it brings are not shipped.
 *
 * @example
 * NodeType.ELEMENT_NODE //=> 1
 */
export const NodeType = { ELEMENT_NODE: 1, TEXT_NODE: 3, COMMENT_NODE: 8 } as const;

/**
 * Throws: @pacte/pdf draws no SVG and fills no XFA form.
 *
 * @throws {Error} always.
 * @example
 * parse("<svg/>") // throws
 */
export function parse(_markup: string): never {
  throw new Error("@pacte/pdf ne lit pas de balisage SVG ni XFA (node-html-better-parser n’est pas inclus).");
}
