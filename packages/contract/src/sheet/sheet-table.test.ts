import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellAddress, cellText, columnLetter, SheetTableSchema } from "./sheet-table";

describe("columnLetter", () => {
  it.each([
    [1, "A"],
    [3, "C"],
    [26, "Z"],
    [27, "AA"],
    [28, "AB"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
  ])("%i → %s", (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
  });

  it("gives every column its own letters, in order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16384 }), (n) => {
        const a = columnLetter(n);
        const b = columnLetter(n + 1);
        return a !== b && (a.length < b.length || (a.length === b.length && a < b));
      }),
    );
  });

  it.each([0, -1, 1.5])("refuses %s", (n) => {
    expect(() => columnLetter(n)).toThrow(RangeError);
  });
});

describe("cellAddress", () => {
  it.each([
    [{ sheet: "Actions", row: 7, column: 3 }, "Actions!C7"],
    [{ row: 2, column: 1 }, "A2"],
    [{ sheet: "Annexe financière", row: 1, column: 28 }, "'Annexe financière'!AB1"],
    [{ sheet: "Mode d’emploi", row: 1, column: 1 }, "'Mode d’emploi'!A1"],
    [{ sheet: "l'an", row: 1, column: 1 }, "'l''an'!A1"],
    [{ sheet: "Échéancier", row: 4, column: 7 }, "Échéancier!G4"],
  ])("%j → %s", (at, address) => {
    expect(cellAddress(at)).toBe(address);
  });
});

describe("cellText", () => {
  it.each([
    ["  Guéret ", "Guéret"],
    [3, "3"],
    [1.5, "1.5"],
    [true, "VRAI"],
    [false, "FAUX"],
    ["", undefined],
    ["   ", undefined],
    [null, undefined],
    [undefined, undefined],
  ])("%j → %j", (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe("SheetTableSchema", () => {
  it("accepts a CSV's rows (no sheet name) and refuses row 0", () => {
    expect(SheetTableSchema.safeParse({ rows: [{ row: 1, cells: ["a", 1, true, null] }] }).success).toBe(true);
    expect(SheetTableSchema.safeParse({ rows: [{ row: 0, cells: [] }] }).success).toBe(false);
  });
});
