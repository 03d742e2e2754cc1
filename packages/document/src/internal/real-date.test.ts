import { describe, expect, it } from "vitest";
import { isRealDate } from "./real-date";

describe("isRealDate", () => {
  it.each<[string, boolean]>([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2024-04-31", false],
    ["2024-12-31T23:59:00Z", true],
    ["2024-00-10", false],
    ["2024-13-01", false],
    ["2024-01-00", false],
    ["12/03/2024", false],
  ])("%s → %s", (iso, expected) => {
    expect(isRealDate(iso)).toBe(expected);
  });
});
