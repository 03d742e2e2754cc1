import fc from "fast-check";
import { centsToDecimalString, type Cents } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { sheetAmount } from "./sheet-amount";

const at = { sheet: "Actions", row: 7, column: 11 };

describe("sheetAmount", () => {
  it.each([
    ["50 000 €", 5000000],
    ["50 000,00", 5000000],
    ["50\u202f000,00\u00a0€", 5000000],
    ["1 234,56", 123456],
    ["1234,5", 123450],
    ["1234.56", 123456],
    ["  40000 ", 4000000],
    [50000, 5000000],
    [1234.56, 123456],
    [0.1, 10],
    [0, 0],
  ])("reads %j as %i cents", (value, cents) => {
    expect(sheetAmount(value, "État 2024", at)).toEqual({ success: true, data: cents, warnings: [] });
  });

  it.each([[""], ["   "], [null], [undefined]])("reads the empty cell %j as nothing", (value) => {
    expect(sheetAmount(value, "État 2024", at)).toEqual({ success: true, data: undefined, warnings: [] });
  });

  it.each([
    ["12 O00", "money.format", "12 O00"],
    ["1,234", "money.ambiguous", "1,234"],
    ["-5", "money.negative", "-5"],
    [1234.567, "money.too_many_decimals", "1234.567"],
    [0.1 + 0.2, "money.too_many_decimals", "0.30000000000000004"],
    [1e21, "money.unsafe", "1e+21"],
    [-3, "money.negative", "-3"],
    [true, "money.format", "true"],
    ["=SUM(K2:K3)", "money.format", "=SUM(K2:K3)"],
  ])("refuses %j (%s) at its cell, quoting what was written", (value, reason, received) => {
    const r = sheetAmount(value, "État 2024", at, { path: ["actions", 0, "funding", "2024", "state"] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "sheet.amount", path: ["actions", 0, "funding", "2024", "state"], params: { label: "État 2024", received, reason, sheet: "Actions", cell: "K7" }, location: { line: 7, column: 11 } });
    expect(r.issues[0]?.message).toContain(`« ${received} »`);
  });

  it("reads back exactly the number of euros a workbook holds for any amount in cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (cents) => {
        const r = sheetAmount(Number(centsToDecimalString(cents as Cents)), "État", at);
        return r.success && r.data === cents;
      }),
    );
  });

  it("reads back exactly any amount written the French way", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (cents) => {
        const [int = "0", frac = "00"] = centsToDecimalString(cents as Cents).split(".");
        const written = `${int.replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${frac} €`;
        const r = sheetAmount(written, "État", at);
        return r.success && r.data === cents;
      }),
    );
  });
});
