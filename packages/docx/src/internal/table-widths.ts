import type { Inline, Table, Theme } from "@pacte/document";

const MIN_FR = 24;

const plain = (content: readonly Inline[]): string =>
  content.map((i) => (i.type === "text" ? i.text : i.type === "link" || (i.type === "ref" && i.children) ? (i.children ?? []).map((c) => c.text).join("") : i.type === "ref" ? i.target : "")).join("");

/**
 * Column widths in points: fixed `{ pt }` widths as given, `"auto"` columns as wide as their
 * longest cell text (estimated), `{ fr }` columns (and columns without a width) sharing what
 * remains of the text width. Only fixed widths may leave the table narrower than the text; when
 * the columns need more than the text width, all are scaled down to fit.
 *
 * @example
 * columnWidths({ type: "table", columns: [{ width: { pt: 80 } }, {}], header: [], rows: [], totals: [] }, defaultTheme, 480) //=> [80, 400]
 */
export function columnWidths(table: Table, theme: Theme, textWidth: number): number[] {
  const pad = 2 * theme.spacing.cellPaddingX;
  const em = theme.sizes.table;
  const natural = (index: number) => {
    let longest = 0;
    let word = 0;
    for (const row of [...table.header, ...table.rows, ...table.totals]) {
      let col = 0;
      for (const cell of row) {
        if (col === index && (cell.colSpan ?? 1) === 1) {
          const text = plain(cell.content);
          longest = Math.max(longest, ...text.split("\n").map((l) => l.length));
          word = Math.max(word, ...text.split(/\s+/).map((w) => w.length));
        }
        col += cell.colSpan ?? 1;
      }
    }
    const bold = table.header.length > 0 || table.totals.length > 0 ? 1.1 : 1;
    return Math.min(textWidth, Math.max(longest * 0.5 * em * bold + pad, word * 0.55 * em + pad, 18 + pad));
  };
  const kinds = table.columns.map((c, i) => {
    const w = c.width;
    if (w === undefined) return { fr: 1 } as const;
    if (w === "auto") return { auto: natural(i) } as const;
    return w;
  });
  const fixed = kinds.reduce((s, k) => s + ("pt" in k ? k.pt : 0), 0);
  const auto = kinds.reduce((s, k) => s + ("auto" in k ? k.auto : 0), 0);
  const frs = kinds.reduce((s, k) => s + ("fr" in k ? k.fr : 0), 0);
  const rest = textWidth - fixed - auto;
  let widths: number[];
  if (frs > 0) {
    widths = kinds.map((k) => ("pt" in k ? k.pt : "auto" in k ? k.auto : Math.max(MIN_FR, (Math.max(0, rest) * k.fr) / frs)));
  } else if (auto > 0 && rest > 0) {
    // No shares: auto columns stretch, in proportion to their need, to fill the text width.
    widths = kinds.map((k) => ("pt" in k ? k.pt : "auto" in k ? k.auto + (rest * k.auto) / auto : 0));
  } else {
    widths = kinds.map((k) => ("pt" in k ? k.pt : "auto" in k ? k.auto : 0));
  }
  const total = widths.reduce((a, b) => a + b, 0);
  return total > textWidth ? widths.map((w) => (w * textWidth) / total) : widths;
}
