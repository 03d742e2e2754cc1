import { describe, expect, it } from "vitest";
import type { TableRow } from "./block";
import { tableRowKeeps } from "./table-row-keeps";

const rows = (n: number): TableRow[] => Array.from({ length: n }, () => []);
/** Where a page break may fall: "|" between rows that may part, "+" between rows kept together. */
const joints = (keeps: readonly boolean[]) => keeps.slice(0, -1).map((k) => (k ? "+" : "|")).join("");

describe("tableRowKeeps", () => {
  it.each([
    [0, 1, 0, ""],
    [0, 2, 0, "+"],
    [0, 3, 0, "++"],
    [0, 4, 0, "+|+"],
    [0, 6, 0, "+|||+"],
    [1, 1, 0, "+"],
    [1, 2, 0, "++"],
    [1, 4, 0, "++|+"],
    [1, 4, 1, "++||+"],
    [2, 5, 2, "+++|||++"],
    [0, 0, 2, "+"],
  ])("header %i, rows %i, totals %i → %s", (h, b, t, expected) => {
    const keeps = tableRowKeeps({ header: rows(h), rows: rows(b), totals: rows(t) });
    expect(keeps).toHaveLength(h + b + t);
    expect(keeps.at(-1) ?? false).toBe(false);
    expect(joints(keeps)).toBe(expected);
  });

  it("keeps a group row with the next and a subtotal with the previous, ignoring roles past the rows", () => {
    const keeps = tableRowKeeps({ header: rows(1), rows: rows(10), totals: [], rowRoles: ["group", "row", "row", "subtotal", "row", "group", "row", "row", "row", "row", "group", "subtotal"] });
    expect(joints(keeps)).toBe("++|+||+||+");
  });

  it("leaves a lone row on neither side of any allowed break, for every length", () => {
    for (let b = 1; b <= 60; b++) {
      for (const h of [0, 1]) {
        for (const t of [0, 1]) {
          const keeps = tableRowKeeps({ header: rows(h), rows: rows(b), totals: rows(t) });
          keeps.forEach((k, i) => {
            if (k || i === keeps.length - 1) return;
            // a break after row i: at least two rows after the header on each side
            expect(i + 1 - h, `h${h} b${b} t${t} @${i}`).toBeGreaterThanOrEqual(2);
            expect(keeps.length - i - 1, `h${h} b${b} t${t} @${i}`).toBeGreaterThanOrEqual(2);
            // totals never start a page alone
            expect(i + 1 <= h + b - 1 || t === 0, `h${h} b${b} t${t} @${i}`).toBe(true);
          });
        }
      }
    }
  });
});
