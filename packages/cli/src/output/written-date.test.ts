import { describe, expect, it } from "vitest";
import { writtenDate } from "./written-date";

describe("writtenDate", () => {
  it.each([
    ["2025-03-14", "14 mars 2025", "14 March 2025"],
    ["2024-01-01", "1er janvier 2024", "1 January 2024"],
  ])("%s → %s / %s", (iso, fr, en) => {
    expect(writtenDate(iso, "fr")).toBe(fr);
    expect(writtenDate(iso, "en")).toBe(en);
  });
});
