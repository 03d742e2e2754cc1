import { addDays, format } from "date-fns";
import { fr } from "date-fns/locale";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatDateRange, formatDateShort, formatMonthYear } from "./format-date";
import { FormatError } from "./format-error";

const iso = (d: Date): string => format(d, "yyyy-MM-dd");
const isoDate = fc
  .date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true })
  .map((d) => `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`);

describe("formatDate", () => {
  it.each([
    ["2024-01-01", "1er janvier 2024"],
    ["2024-01-02", "2 janvier 2024"],
    ["2027-12-31", "31 décembre 2027"],
    ["2024-02-29", "29 février 2024"],
    ["2023-08-15", "15 août 2023"],
    ["2022-11-28T23:30:00Z", "28 novembre 2022"],
    ["2022-11-28T23:30:00+14:00", "28 novembre 2022"],
    ["0987-06-01", "1er juin 987"],
  ])("formatDate(%j) → %j", (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  it.each([
    ["2022-11-28", "lundi 28 novembre 2022"],
    ["2024-01-01", "lundi 1er janvier 2024"],
    ["2023-09-18", "lundi 18 septembre 2023"],
    ["2022-12-09", "vendredi 9 décembre 2022"],
    ["2024-03-31", "dimanche 31 mars 2024"],
    ["2000-02-29", "mardi 29 février 2000"],
  ])("formatDate(%j, { weekday: true }) → %j", (input, expected) => {
    expect(formatDate(input, { weekday: true })).toBe(expected);
  });

  it.each([
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-04-31",
    "2024-01-32",
    "2024-01-00",
    "0000-01-01",
    "2024-1-1",
    "24-01-01",
    "2024-01",
    "01/01/2024",
    "2024-01-01T25:00:00Z",
    "",
    "hier",
  ])("refuses %j with format.invalid-date", (input) => {
    expect(() => formatDate(input)).toThrowError(
      expect.objectContaining({ name: "FormatError", code: "format.invalid-date" }) as FormatError,
    );
  });

  it("matches date-fns's French locale on every day of 2020–2031", () => {
    for (let d = new Date(2020, 0, 1, 12); d.getFullYear() < 2032; d = addDays(d, 1)) {
      const expected = format(d, "EEEE d MMMM yyyy", { locale: fr }).replace(/^(\S+) 1 /, "$1 1er ");
      expect(formatDate(iso(d), { weekday: true })).toBe(expected);
    }
  });

  it("matches Intl's French names (cross-check only)", () => {
    const intl = new Intl.DateTimeFormat("fr-FR", {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    fc.assert(
      fc.property(isoDate, (date) => {
        const [y, m, d] = date.split("-").map(Number) as [number, number, number];
        const utc = new Date(Date.UTC(2000, 0, 1));
        utc.setUTCFullYear(y, m - 1, d);
        expect(formatDate(date, { weekday: true })).toBe(intl.format(utc).replace(/ 1 /, " 1er "));
      }),
      { numRuns: 1000 },
    );
  });

  describe("does not drift with the time zone", () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });
    it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Sao_Paulo", "Europe/Paris", "Asia/Tehran"])("%s", (tz) => {
      process.env.TZ = tz;
      expect(formatDate("2024-01-01", { weekday: true })).toBe("lundi 1er janvier 2024");
      expect(formatDate("2018-11-04", { weekday: true })).toBe("dimanche 4 novembre 2018"); // DST at midnight in São Paulo
      expect(formatDate("2024-03-31", { weekday: true })).toBe("dimanche 31 mars 2024");
      expect(formatDateShort("2024-12-31")).toBe("31/12/2024");
    });
  });
});

describe("formatDateShort", () => {
  it.each([
    ["2024-01-01", "01/01/2024"],
    ["2027-12-31", "31/12/2027"],
    ["0987-06-05", "05/06/0987"],
  ])("formatDateShort(%j) → %j", (input, expected) => {
    expect(formatDateShort(input)).toBe(expected);
  });

  it("refuses an impossible date", () => {
    expect(() => formatDateShort("2023-02-29")).toThrow(FormatError);
  });
});

describe("formatMonthYear", () => {
  it.each([
    ["2024-01-15", "janvier 2024"],
    ["2024-08", "août 2024"],
    ["2023-12-31T10:00:00Z", "décembre 2023"],
  ])("formatMonthYear(%j) → %j", (input, expected) => {
    expect(formatMonthYear(input)).toBe(expected);
  });

  it.each(["2024-13", "2024", "2024-02-30"])("refuses %j", (input) => {
    expect(() => formatMonthYear(input)).toThrow(FormatError);
  });
});

describe("formatDateRange", () => {
  it.each([
    ["2024-01-01", "2027-12-31", {}, "du 1er janvier 2024 au 31 décembre 2027"],
    ["2024-03-01", "2024-03-15", {}, "du 1er au 15 mars 2024"],
    ["2024-03-01", "2024-04-15", {}, "du 1er mars au 15 avril 2024"],
    ["2023-12-15", "2024-01-01", {}, "du 15 décembre 2023 au 1er janvier 2024"],
    ["2024-03-01", "2024-03-01", {}, "le 1er mars 2024"],
    ["2024-03-01", "2024-03-15", { compact: false }, "du 1er mars 2024 au 15 mars 2024"],
    ["2024-03-01", "2024-04-15", { compact: false }, "du 1er mars 2024 au 15 avril 2024"],
    ["2024-03-01", "2024-03-15", { weekday: true }, "du vendredi 1er au vendredi 15 mars 2024"],
    ["2024-03-01", "2024-03-01", { weekday: true }, "le vendredi 1er mars 2024"],
    ["2022-11-28", "2023-01-31", { weekday: true }, "du lundi 28 novembre 2022 au mardi 31 janvier 2023"],
  ])("formatDateRange(%j, %j, %j) → %j", (start, end, options, expected) => {
    expect(formatDateRange(start, end, options)).toBe(expected);
  });

  it("refuses an end before the start", () => {
    expect(() => formatDateRange("2027-12-31", "2024-01-01")).toThrowError(
      expect.objectContaining({ name: "FormatError", code: "format.invalid-range" }) as FormatError,
    );
  });

  it("always names both days and the end's month and year in full", () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const text = formatDateRange(start, end);
        if (start === end) expect(text).toBe(`le ${formatDate(start)}`);
        else {
          expect(text.startsWith("du ")).toBe(true);
          expect(text.endsWith(` au ${formatDate(end)}`)).toBe(true);
          expect(formatDate(start).startsWith(text.slice(3, text.indexOf(" au ")))).toBe(true);
        }
      }),
    );
  });
});
