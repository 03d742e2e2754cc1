/**
 * Options of {@link formatTable}: `align` per column (`left` by default) and `maxWidth` per column
 * (longer cells are cut with « … »).
 *
 * @example
 * const options: TableOptions = { align: ["left", "right"], maxWidth: [40] };
 */
export interface TableOptions {
  readonly align?: readonly ("left" | "right")[] | undefined;
  readonly maxWidth?: readonly (number | undefined)[] | undefined;
}

const width = (s: string): number => [...s].length;

function cut(s: string, max: number | undefined): string {
  if (max === undefined || width(s) <= max) return s;
  return `${[...s].slice(0, Math.max(1, max - 1)).join("")}…`;
}

/**
 * A plain-text table: the header, a rule of « ─ », then the rows, columns separated by two
 * spaces and padded to the widest cell.
 *
 * @example
 * formatTable(["Code", "Nom"], [["23D", "Département de la Creuse"]])
 * //=> "Code  Nom\n────  ────────────────────────\n23D   Département de la Creuse"
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const cells = [headers, ...rows].map((r) => headers.map((_, c) => cut(r[c] ?? "", options.maxWidth?.[c])));
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => width(r[c] ?? ""))));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => {
        const pad = " ".repeat((widths[c] ?? 0) - width(cell));
        return options.align?.[c] === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((w) => "─".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
