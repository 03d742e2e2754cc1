import { describe, expect, it } from "vitest";
import { dateRangeContains, DateRangeSchema } from "./date-range";
import { safeParseWith } from "./validate";

const CLS = { start: "2024-01-01", end: "2027-12-31" };

describe("DateRangeSchema", () => {
  it.each([CLS, { start: "2024-06-01", end: "2024-06-01" }])("accepts %j", (r) => {
    expect(DateRangeSchema.parse(r)).toEqual(r);
  });

  it.each([
    [{ start: "2024-06-01", end: "2024-01-01" }, ["period.order"], []],
    [{ start: "2024-02-30", end: "2024-12-31" }, ["date.format"], ["start"]],
    [{ start: "2024-01-01", end: "31/12/2027" }, ["date.format"], ["end"]],
  ])("refuses %j with %j", (r, codes, path) => {
    const result = safeParseWith(DateRangeSchema, r);
    expect(!result.success && result.issues.map((i) => i.code)).toEqual(codes);
    expect(!result.success && result.issues[0]?.path).toEqual(path);
  });
});

describe("dateRangeContains", () => {
  it.each([
    ["2023-12-31", false],
    ["2024-01-01", true],
    ["2026-02-28", true],
    ["2027-12-31", true],
    ["2028-01-01", false],
    ["2025-02-30", false],
    ["2025-1-1", false],
  ])("dateRangeContains(2024-01-01…2027-12-31, %j) is %s", (date, expected) => {
    expect(dateRangeContains(CLS, date)).toBe(expected);
  });
});
