import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  dateRangeOfPeriod,
  formatPeriod,
  parsePeriod,
  PeriodInputSchema,
  periodContainsDate,
  periodContainsYear,
  PeriodSchema,
  safeParsePeriod,
  yearsOf,
  YearSchema,
} from "./period";
import { safeParseWith } from "./validate";
import { PacteError } from "@pacte/issues";

const CLS = { start: 2024, end: 2027 };

describe("YearSchema", () => {
  it.each([1900, 2024, 2200])("accepts %d", (y) => {
    expect(YearSchema.parse(y)).toBe(y);
  });

  it.each([1899, 2201, 24, 2024.5, -2024])("refuses %d with period.year", (y) => {
    const r = safeParseWith(YearSchema, y);
    expect(!r.success && r.issues.map((i) => i.code)).toEqual(["period.year"]);
  });
});

describe("PeriodSchema", () => {
  it.each([CLS, { start: 2024, end: 2024 }, { start: 2019, end: 2023 }])("accepts %j", (p) => {
    expect(PeriodSchema.parse(p)).toEqual(p);
  });

  it.each([
    [{ start: 2027, end: 2024 }, ["period.order"], []],
    [{ start: 1800, end: 2024 }, ["period.year"], ["start"]],
    [{ start: 2024, end: 2300 }, ["period.year"], ["end"]],
  ])("refuses %j with %j", (p, codes, path) => {
    const r = safeParseWith(PeriodSchema, p);
    expect(!r.success && r.issues.map((i) => i.code)).toEqual(codes);
    expect(!r.success && r.issues[0]?.path).toEqual(path);
  });

  it("words the order issue with both years", () => {
    const r = safeParseWith(PeriodSchema, { start: 2027, end: 2024 }, { lang: "en" });
    expect(!r.success && r.issues[0]?.message).toBe("Invalid period: the start (2027) is after the end (2024).");
  });
});

describe("PeriodInputSchema, parsePeriod and safeParsePeriod", () => {
  it.each([
    ["2024–2027", CLS],
    ["2024-2027", CLS],
    ["2024 - 2027", CLS],
    ["2024—2027", CLS],
    ["2024 à 2027", CLS],
    ["2024 a 2027", CLS],
    ["2024 au 2027", CLS],
    ["de 2024 à 2027", CLS],
    ["De 2024 À 2027", CLS],
    [" 2024–2027 ", CLS],
    ["2024", { start: 2024, end: 2024 }],
    [2024, { start: 2024, end: 2024 }],
    [CLS, CLS],
  ])("reads %j", (input, expected) => {
    expect(parsePeriod(input)).toEqual(expected);
  });

  it.each([
    ["2024/2027", "period.format"],
    ["2024–27", "period.format"],
    ["24-27", "period.format"],
    ["2024 à", "period.format"],
    ["2024 2027", "period.format"],
    ["", "period.format"],
    ["2027–2024", "period.order"],
    ["1800-2024", "period.year"],
    [2024.5, "period.year"],
    ["1850", "period.year"],
  ])("refuses %j with %s", (input, code) => {
    const r = safeParsePeriod(input);
    expect(!r.success && r.issues.map((i) => i.code)).toEqual([code]);
  });

  it("throws PacteError from parsePeriod", () => {
    expect(() => parsePeriod("2024/2027")).toThrow(PacteError);
  });

  it("describes both accepted shapes in JSON Schema", () => {
    const json = z.toJSONSchema(PeriodInputSchema, { io: "input" }) as { anyOf: unknown[] };
    const { $schema: _, ...period } = z.toJSONSchema(PeriodSchema) as Record<string, unknown>;
    expect(json.anyOf).toContainEqual(period);
    expect(json.anyOf).toContainEqual(expect.objectContaining({ type: "string" }));
  });
});

describe("period helpers", () => {
  it("lists the years", () => {
    expect(yearsOf(CLS)).toEqual([2024, 2025, 2026, 2027]);
    expect(yearsOf({ start: 2024, end: 2024 })).toEqual([2024]);
  });

  it.each([
    [2023, false],
    [2024, true],
    [2026, true],
    [2027, true],
    [2028, false],
  ])("periodContainsYear(2024–2027, %d) is %s", (year, expected) => {
    expect(periodContainsYear(CLS, year)).toBe(expected);
  });

  it.each([
    ["2023-12-31", false],
    ["2024-01-01", true],
    ["2027-12-31", true],
    ["2028-01-01", false],
    ["2025-02-30", false],
    ["2025", false],
  ])("periodContainsDate(2024–2027, %j) is %s", (date, expected) => {
    expect(periodContainsDate(CLS, date)).toBe(expected);
  });

  it("gives its dates and its French writing", () => {
    expect(dateRangeOfPeriod(CLS)).toEqual({ start: "2024-01-01", end: "2027-12-31" });
    expect(formatPeriod(CLS)).toBe("2024\u20132027");
    expect(formatPeriod({ start: 2024, end: 2024 })).toBe("2024");
    expect(parsePeriod(formatPeriod(CLS))).toEqual(CLS);
  });
});
