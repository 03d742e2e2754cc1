import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateToIsoDate, isIsoDate, IsoDateSchema, isoDateToDate } from "./iso-date";
import { safeParseWith } from "./validate";

describe("IsoDateSchema", () => {
  it.each(["2024-01-01", "2024-02-29", "2000-02-29", "2027-12-31", "1900-03-01", "9999-12-31", "1000-01-01"])("accepts %s", (d) => {
    expect(IsoDateSchema.parse(d)).toBe(d);
    expect(isIsoDate(d)).toBe(true);
  });

  it.each([
    "2023-02-29",
    "1900-02-29",
    "2024-02-30",
    "2024-04-31",
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "2024-1-1",
    "24-01-01",
    "2024/01/01",
    "01/01/2024",
    "2024-01-01T00:00:00Z",
    " 2024-01-01",
    "0999-01-01",
    "0024-01-01",
    "",
  ])("refuses %j with date.format", (d) => {
    const r = safeParseWith(IsoDateSchema, d);
    expect(!r.success && r.issues.map((i) => i.code)).toEqual(["date.format"]);
    expect(isIsoDate(d)).toBe(false);
  });

  it("explains the expected form", () => {
    const r = safeParseWith(IsoDateSchema, "2023-02-29");
    expect(!r.success && r.issues[0]?.message).toBe(
      "Date invalide : « 2023-02-29 » ; une date réelle au format AAAA-MM-JJ est attendue (par exemple 2024-01-01).",
    );
  });

  it("agrees with the calendar on every day of 1900–2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
        const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
        expect(isIsoDate(iso)).toBe(d <= days);
      }),
    );
  });
});

describe("isoDateToDate and dateToIsoDate", () => {
  it("builds local midnight from the components", () => {
    const d = isoDateToDate("2024-03-31");
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2024, 2, 31, 0, 0]);
  });

  it("throws date.format on a date that does not exist", () => {
    expect(() => isoDateToDate("2023-02-29")).toThrow(/date\.format/);
  });

  it("round-trips", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 11, 31), noInvalidDate: true }), (date) => {
        const iso = dateToIsoDate(date);
        expect(isIsoDate(iso)).toBe(true);
        expect(dateToIsoDate(isoDateToDate(iso))).toBe(iso);
      }),
    );
  });
});
