// Tables of every length around page ends, and the check that no page starts or ends with a
// lone table row and that no total row is parted from its rows — on the words of each page,
// whoever laid them out (our PDF engine's layout report, or LibreOffice's conversion of the
// DOCX read back with pdftotext -bbox).
import { cell, documentOf, h2, p, table, type Block, type Document } from "@pacte/document";

/** The text of the first cell of body row `r` of table `t`, and of its total row. */
export const rowLabel = (t: number, r: number): string => `T${t}R${r}`;
export const totalLabel = (t: number): string => `T${t}Total`;
const ROW = /^T(\d+)R(\d+)$/;
const TOTAL = /^T(\d+)Total$/;

const filler = (lines: number): string =>
  Array.from({ length: lines }, (_, i) => `Ligne ${i + 1} du texte qui précède le tableau, assez longue pour remplir toute une ligne de la page au format A4.`).join(" ");

/**
 * Tables of 1 to `max` body rows (each with a header row and a total row), one after another,
 * each preceded by a heading and a paragraph of `1 + (n + shift) % 5` lines, so that the tables
 * meet page ends at every position: at their start, in their middle, at their end.
 *
 * @example
 * tablesAroundPageEnds(60, 0).body.length //=> 180
 */
export function tablesAroundPageEnds(max: number, shift: number): Document {
  const body: Block[] = [];
  for (let n = 1; n <= max; n++) {
    body.push(h2(`Tableau de ${n} lignes`, { id: `t-${shift}-${n}` }));
    body.push(p({ align: "justify" }, filler(1 + ((n + shift) % 5))));
    body.push(
      table({
        columns: [{ width: { fr: 2 } }, { width: { fr: 1 }, align: "right" }],
        header: [["Ligne", "Montant"]],
        rows: Array.from({ length: n }, (_, r) => [rowLabel(n, r + 1), "1 000,00 €"]),
        totals: [[cell(totalLabel(n), { bold: true }), cell(`${n} 000,00 €`, { bold: true })]],
      }),
    );
  }
  return documentOf({ meta: { title: `Tableaux de 1 à ${max} lignes`, createdAt: "2024-03-12" }, body });
}

/** A table's rows on each page it crosses: page index → row numbers (the total as `Infinity`). */
export type RowsByPage = ReadonlyMap<number, ReadonlyMap<number, readonly number[]>>;

/**
 * Where each table's rows landed, from the words of each page (in any order).
 *
 * @example
 * rowsByPage([["T3R1", "T3R2"], ["T3R3", "T3Total"]]).get(3) //=> Map { 0 => [1, 2], 1 => [3, Infinity] }
 */
export function rowsByPage(pages: readonly (readonly string[])[]): Map<number, Map<number, number[]>> {
  const out = new Map<number, Map<number, number[]>>();
  pages.forEach((words, page) => {
    for (const w of words) {
      const row = ROW.exec(w);
      const total = TOTAL.exec(w);
      const t = Number(row?.[1] ?? total?.[1] ?? NaN);
      if (Number.isNaN(t)) continue;
      const byPage = out.get(t) ?? new Map<number, number[]>();
      out.set(t, byPage);
      const list = byPage.get(page) ?? [];
      byPage.set(page, list);
      list.push(row ? Number(row[2]) : Infinity);
    }
  });
  return out;
}

/**
 * What is wrong with how tables cross pages: a page that holds a single row of a table the
 * table goes on from or to (a lone row at the foot or the head of a page), or a total row on
 * another page than the table's last body row. Empty when all is well.
 *
 * @example
 * keepProblems(rowsByPage([["T3R1"], ["T3R2", "T3R3", "T3Total"]])) //=> ["table 3: page 1 holds one row (1)"]
 */
export function keepProblems(tables: RowsByPage): string[] {
  const problems: string[] = [];
  for (const [t, byPage] of tables) {
    const pages = [...byPage.keys()].sort((a, b) => a - b);
    if (pages.length > 1) {
      for (const page of pages) {
        const rows = byPage.get(page) ?? [];
        if (rows.length < 2) problems.push(`table ${t}: page ${page + 1} holds one row (${rows.map(String).join(", ")})`);
      }
    }
    const pageOf = (row: number) => pages.find((pg) => (byPage.get(pg) ?? []).includes(row));
    const totalPage = pageOf(Infinity);
    const lastPage = pageOf(t);
    if (totalPage === undefined || lastPage === undefined) problems.push(`table ${t}: rows missing`);
    else if (totalPage !== lastPage) problems.push(`table ${t}: its total is on page ${totalPage + 1}, its last row on page ${lastPage + 1}`);
  }
  return problems;
}
