import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Table, TableCell } from "./block";
import { bold, link, text } from "./build-inline";
import { documentOf } from "./build-document";
import { cell, table } from "./build-table";
import { validateDocument } from "./validate-document";

describe("cell", () => {
  it.each<[string, TableCell, TableCell]>([
    ["text", cell("Repérage"), { content: [text("Repérage")] }],
    ["a number, the French way", cell(1234567.5), { content: [text("1\u202F234\u202F567,5")] }],
    ["a negative number", cell(-3), { content: [text("-3")] }],
    ["options", cell("Total", { bold: true, colSpan: 2, align: "right" }), { content: [text("Total")], align: "right", colSpan: 2, bold: true }],
    ["inline content", cell([bold("a"), "b"]), { content: [bold("a"), text("b")] }],
  ])("%s", (_label, built, expected) => {
    expect(built).toStrictEqual(expected);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("refuses %s", (n) => {
    expect(() => cell(n)).toThrow(RangeError);
  });
});

describe("table", () => {
  it("builds a table from plain values", () => {
    expect(
      table({
        caption: "Financement",
        header: ["Mesure", "Montant"],
        rows: [
          ["Repérage", 12000],
          [link("https://a.fr", "Accompagnement"), 3500.5],
        ],
        totals: [cell("Total", { bold: true }), 15500.5],
        id: "tab-financement",
      }),
    ).toStrictEqual({
      type: "table",
      columns: [{}, { align: "right" }],
      header: [[{ content: [text("Mesure")] }, { content: [text("Montant")] }]],
      rows: [
        [{ content: [text("Repérage")] }, { content: [text("12\u202F000")] }],
        [{ content: [link("https://a.fr", "Accompagnement")] }, { content: [text("3\u202F500,5")] }],
      ],
      totals: [[{ content: [text("Total")], bold: true }, { content: [text("15\u202F500,5")] }]],
      caption: "Financement",
      id: "tab-financement",
    });
  });

  it("takes several header and total rows", () => {
    const t = table({ header: [["A", "B"], [cell("C", { colSpan: 2 })]], rows: [], totals: [["x", "y"], ["z", "w"]] });
    expect([t.header.length, t.totals.length, t.columns.length]).toEqual([2, 2, 2]);
  });

  it.each<[string, Parameters<typeof table>[0], Table["columns"]]>([
    ["amounts as strings", { rows: [["a", "1 234,56 €"], ["b", "12,5 %"], ["c", ""]] }, [{}, { align: "right" }]],
    ["a column of text and figures", { rows: [["a", "12"], ["b", "non"]] }, [{}, {}]],
    ["columns counted from the widest row", { rows: [["a"], [cell("b", { colSpan: 3 })]] }, [{}, {}, {}]],
    ["a number of columns", { columns: 2, rows: [[1, 2]] }, [{ align: "right" }, { align: "right" }]],
    ["given columns keep their alignment", { columns: [{ width: { pt: 80 }, align: "center" }, { width: { fr: 1 } }], rows: [[1, 2]] }, [{ width: { pt: 80 }, align: "center" }, { width: { fr: 1 }, align: "right" }]],
    ["header cells do not count", { header: ["Montant"], rows: [[5]] }, [{ align: "right" }]],
  ])("columns: %s", (_label, input, expected) => {
    expect(table(input).columns).toStrictEqual(expected);
  });

  it("does not mutate the columns it is given", () => {
    const columns = [{}, {}] as const;
    table({ columns, rows: [[1, 2]] });
    expect(columns).toStrictEqual([{}, {}]);
  });

  it("infers the IR type", () => {
    expectTypeOf(table({ rows: [] })).toEqualTypeOf<Table>();
  });

  it("builds tables that validate for any grid of numbers and strings", () => {
    const cellInput = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ unit: "grapheme-ascii" }));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((n) => fc.array(fc.array(cellInput, { minLength: n, maxLength: n }), { maxLength: 5 })), (rows) => {
        const r = validateDocument(documentOf({ meta: { title: "T", createdAt: "2024-01-01" }, body: [table({ rows })] }));
        expect(r.success ? [] : r.issues).toEqual([]);
      }),
    );
  });
});
