import { describe, expect, it } from "vitest";
import { laterOf, monthDayIn } from "./month-day";

describe("monthDayIn", () => {
  it.each([
    [2025, "03-31", "2025-03-31"],
    [2024, "02-29", "2024-02-29"],
    [2025, "02-29", "2025-02-28"],
    [2025, "04-31", "2025-04-30"],
  ])("%i %s → %s", (y, md, out) => {
    expect(monthDayIn(y, md)).toBe(out);
  });
  it("picks the later date", () => {
    expect(laterOf("2024-01-01", "2023-12-20")).toBe("2024-01-01");
    expect(laterOf("2024-01-01", "2024-06-14")).toBe("2024-06-14");
  });
});
