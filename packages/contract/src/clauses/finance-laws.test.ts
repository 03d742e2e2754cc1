import { describe, expect, it } from "vitest";
import { FINANCE_LAWS, FinanceLawSchema, financeLawCitation } from "./finance-laws";

describe("financeLawCitation", () => {
  it("cites the finance law of the first year funded once it is promulgated", () => {
    const c = financeLawCitation(2024, "2024-06-24");
    expect(c.designation).toBe("la loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024");
    expect(c.pendingYear).toBeUndefined();
  });

  it("never cites a law promulgated after the signature: before 29 December 2023, the 2023 law and 2024 pending", () => {
    const c = financeLawCitation(2024, "2023-12-20");
    expect(c.year).toBe(2023);
    expect(c.designation).toBe("la loi n° 2022-1726 du 30 décembre 2022 de finances pour 2023");
    expect(c.pendingYear).toBe(2024);
    expect(c.law?.date ?? "").toBe("2022-12-30");
    // The signature day of the law itself is enough.
    expect(financeLawCitation(2024, "2023-12-29").pendingYear).toBeUndefined();
  });

  it("cites a year the table does not list without a number, once it is past", () => {
    expect(financeLawCitation(2026, "2027-03-01")).toEqual({ year: 2026, designation: "la loi de finances pour 2026" });
  });

  it("ships only well-formed, deep-frozen laws, one per year, promulgated around the start of their year", () => {
    expect(Object.isFrozen(FINANCE_LAWS) && FINANCE_LAWS.every((l) => Object.isFrozen(l) && Object.isFrozen(l.sources))).toBe(true);
    for (const law of FINANCE_LAWS) {
      expect(FinanceLawSchema.safeParse(law).success).toBe(true);
      // Promulgated at the end of the year before, or early in its year (the law for 2025: 14 February 2025).
      expect([law.year - 1, law.year]).toContain(Number(law.date.slice(0, 4)));
    }
    expect(new Set(FINANCE_LAWS.map((l) => l.year)).size).toBe(FINANCE_LAWS.length);
  });
});
