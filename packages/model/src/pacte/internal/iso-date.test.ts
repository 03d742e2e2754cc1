import fc from "fast-check";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "./iso-date";

describe("parseCalendarDate", () => {
  it("reads a YYYY-MM-DD day as that local calendar day", () => {
    const d = parseCalendarDate("2022-11-28");
    expect([d?.getFullYear(), d?.getMonth(), d?.getDate(), d?.getHours()]).toEqual([2022, 10, 28, 0]);
  });

  it("reads a leap day only in a leap year", () => {
    expect(parseCalendarDate("2024-02-29")).toBeDefined();
    expect(parseCalendarDate("2023-02-29")).toBeUndefined();
  });

  it.each(["", "2022-11-28T00:00", "20221128", "2022-W48", "2022-13-01", "2022-00-10", "28/11/2022", undefined, 20221128])(
    "refuses %j",
    (value) => {
      expect(parseCalendarDate(value)).toBeUndefined();
    },
  );

  it("gives back the same day it was given", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }), (date) => {
        const text = format(date, "yyyy-MM-dd");
        const parsed = parseCalendarDate(text);
        expect(parsed && format(parsed, "yyyy-MM-dd")).toBe(text);
      }),
    );
  });
});
