import { describe, expect, it } from "vitest";
import { formatIsoDate } from "./format-date";

describe("formatIsoDate", () => {
  it.each([
    ["2024-03-12", "fr", "12 mars 2024"],
    ["2024-03-01", "fr", "1er mars 2024"],
    ["2024-03-12", "en", "12 March 2024"],
    ["2024-12-01", "en", "1 December 2024"],
  ] as const)("%s (%s) → %s", (iso, lang, expected) => {
    expect(formatIsoDate(iso, lang)).toBe(expected);
  });
});
