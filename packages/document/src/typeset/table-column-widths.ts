import type { ColumnWidth } from "../block";

/**
 * What a column asks for, and the narrowest and widest its content wants (padding included).
 *
 * @example
 * const c: ColumnDemand = { width: "auto", min: 40, max: 180 };
 */
export interface ColumnDemand {
  readonly width: ColumnWidth;
  readonly min: number;
  readonly max: number;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Shares `total` points between columns: fixed widths first (`{ pt }`), then `"auto"` columns
 * between their content's narrowest (longest word) and widest (one line) widths, then `{ fr }`
 * columns share what remains in proportion (never below their content's narrowest). Without
 * `fr` columns the auto columns grow to fill the width. When even the narrowest widths do not
 * fit, every column is scaled down (long words are then cut between characters). No column
 * ends narrower than `floor` (when the columns can all have it). Both renderers share it: the
 * PDF measures its cells with its fonts, the DOCX with the shared metrics of Pacte Sans.
 *
 * @example
 * tableColumnWidths([{ width: { pt: 100 }, min: 20, max: 60 }, { width: { fr: 1 }, min: 30, max: 500 }], 400) //=> [100, 300]
 * tableColumnWidths([{ width: "auto", min: 20, max: 50 }, { width: "auto", min: 20, max: 150 }], 400) //=> [100, 300]
 */
export function tableColumnWidths(columns: readonly ColumnDemand[], total: number, floor = 0): number[] {
  return withFloor(shareWidths(columns, total), total, floor);
}

/**
 * Raises every column to at least `floor` points (one glyph and the padding), taking the
 * difference from the wider columns in proportion to what they have above the floor.
 */
function withFloor(widths: number[], total: number, floor: number): number[] {
  if (floor <= 0 || widths.length === 0) return widths;
  if (floor * widths.length >= total) return widths.map(() => total / widths.length);
  const deficit = widths.reduce((d, w) => d + Math.max(0, floor - w), 0);
  if (deficit === 0) return widths;
  const spare = widths.reduce((s, w) => s + Math.max(0, w - floor), 0);
  return widths.map((w) => (w <= floor ? floor : w - ((w - floor) * deficit) / spare));
}

function shareWidths(columns: readonly ColumnDemand[], total: number): number[] {
  const n = columns.length;
  const widths = new Array<number>(n).fill(0);
  const fixed: number[] = [];
  const auto: number[] = [];
  const fr: number[] = [];
  columns.forEach((c, i) => {
    if (c.width === "auto") auto.push(i);
    else if ("pt" in c.width) fixed.push(i);
    else fr.push(i);
  });
  for (const i of fixed) {
    const c = columns[i];
    widths[i] = c && c.width !== "auto" && "pt" in c.width ? c.width.pt : 0;
  }
  const col = (i: number): ColumnDemand => columns[i] ?? { width: "auto", min: 0, max: 0 };
  const rest = Math.max(0, total - sum(fixed.map((i) => widths[i] ?? 0)));
  const frMin = sum(fr.map((i) => col(i).min));
  const autoMin = sum(auto.map((i) => col(i).min));
  const autoMax = sum(auto.map((i) => Math.max(col(i).max, col(i).min)));

  // Auto columns.
  if (fr.length > 0) {
    const room = Math.max(0, rest - frMin);
    if (autoMax <= room) for (const i of auto) widths[i] = Math.max(col(i).max, col(i).min);
    else if (autoMin <= room) {
      const share = autoMax - autoMin > 1e-6 ? (room - autoMin) / (autoMax - autoMin) : 0;
      for (const i of auto) widths[i] = col(i).min + (Math.max(col(i).max, col(i).min) - col(i).min) * share;
    } else for (const i of auto) widths[i] = col(i).min;
  } else if (auto.length > 0) {
    if (autoMax <= rest) {
      const grow = autoMax > 1e-6 ? rest / autoMax : 0;
      for (const i of auto) widths[i] = autoMax > 1e-6 ? Math.max(col(i).max, col(i).min) * grow : rest / auto.length;
    } else if (autoMin <= rest) {
      const share = autoMax - autoMin > 1e-6 ? (rest - autoMin) / (autoMax - autoMin) : 0;
      for (const i of auto) widths[i] = col(i).min + (Math.max(col(i).max, col(i).min) - col(i).min) * share;
    } else for (const i of auto) widths[i] = col(i).min;
  }

  // Fractional columns share what is left, each at least its minimum.
  if (fr.length > 0) {
    let room = Math.max(0, rest - sum(auto.map((i) => widths[i] ?? 0)));
    let open = [...fr];
    for (let pass = 0; pass < n && open.length > 0; pass++) {
      const weight = sum(open.map((i) => {
        const w = col(i).width;
        return w !== "auto" && "fr" in w ? w.fr : 1;
      }));
      const under = open.filter((i) => {
        const w = col(i).width;
        const f = w !== "auto" && "fr" in w ? w.fr : 1;
        return (room * f) / weight < col(i).min;
      });
      if (under.length === 0) {
        for (const i of open) {
          const w = col(i).width;
          const f = w !== "auto" && "fr" in w ? w.fr : 1;
          widths[i] = (room * f) / weight;
        }
        open = [];
      } else {
        for (const i of under) {
          widths[i] = col(i).min;
          room = Math.max(0, room - col(i).min);
        }
        open = open.filter((i) => !under.includes(i));
      }
    }
  }

  const used = sum(widths);
  if (used > total && used > 1e-6) return widths.map((w) => (w * total) / used);
  return widths;
}
