import { PacteError } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { laterOf, monthDayIn } from "./month-day";

const profile = (february29: "refused" | "february-28" | "march-1") => ({ id: "p", february29 });

describe("monthDayIn", () => {
  it.each([
    [2025, "03-31", "refused", "2025-03-31"],
    [2024, "02-29", "refused", "2024-02-29"],
    [2025, "02-29", "february-28", "2025-02-28"],
    [2025, "02-29", "march-1", "2025-03-01"],
    [2028, "02-29", "march-1", "2028-02-29"],
  ] as const)("%i %s (%s) → %s", (y, md, rule, out) => {
    expect(monthDayIn(y, md, profile(rule))).toBe(out);
  });

  it.each([
    [2025, "02-29", "contract.february_29"],
    [2025, "02-30", "date.month_day"],
    [2025, "13-45", "date.month_day"],
    [2025, "00-00", "date.month_day"],
  ])("never writes another day than the one given: %i %s throws %s", (y, md, code) => {
    expect(() => monthDayIn(y, md, profile("refused"))).toThrow(PacteError);
    try {
      monthDayIn(y, md, profile("refused"));
    } catch (e) {
      expect((e as PacteError).issues[0]?.code).toBe(code);
    }
  });

  it("picks the later date", () => {
    expect(laterOf("2024-01-01", "2023-12-20")).toBe("2024-01-01");
    expect(laterOf("2024-01-01", "2024-06-14")).toBe("2024-06-14");
  });
});
