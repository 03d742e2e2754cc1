import type { Table } from "./block";

/**
 * Which rows of a table stay on the same page as the row after them, in the order they are
 * drawn (header rows, body rows, total rows): `keeps[i]` is true when no page break may fall
 * between row `i` and row `i + 1`. Both renderers follow it (the PDF's pagination; the DOCX's
 * `w:keepNext` on the row's paragraphs, which Word and LibreOffice honour), so that:
 *
 * - the header rows stay together and with the first body row;
 * - no row is left alone on either side of a page break: the first two rows after the header
 *   stay together, and so do the last two (a table of three rows or fewer moves whole);
 * - total rows stay together and with the last body row;
 * - a `"group"` row stays with the row after it, a `"subtotal"` row with the row before it
 *   (`rowRoles`).
 *
 * A row taller than a page still continues on the next one; a chain of kept rows taller than a
 * page is broken where it must.
 *
 * @example
 * tableRowKeeps({ header: [h], rows: [a, b, c, d], totals: [t] })
 * //=> [true, true, false, false, true, false]  (header+a+b | c+d+t)
 */
export function tableRowKeeps(table: Pick<Table, "header" | "rows" | "totals" | "rowRoles">): boolean[] {
  const h = table.header.length;
  const b = table.rows.length;
  const t = table.totals.length;
  const n = h + b + t;
  const keeps = new Array<boolean>(n).fill(false);
  const keep = (i: number): void => {
    if (i >= 0 && i < n - 1) keeps[i] = true;
  };
  for (let i = 0; i < h; i++) keep(i);
  if (b + t >= 2) {
    keep(h);
    keep(n - 2);
  }
  if (b > 0 && t > 0) keep(h + b - 1);
  for (let i = 0; i < t - 1; i++) keep(h + b + i);
  table.rowRoles?.slice(0, b).forEach((role, r) => {
    if (role === "group") keep(h + r);
    else if (role === "subtotal") keep(h + r - 1);
  });
  return keeps;
}
