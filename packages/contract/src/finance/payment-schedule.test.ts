import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contractBuilder } from "../builder";
import { defineProfile } from "../profile";
import { CLS_DEPARTEMENT_2024 } from "../profiles/cls-2024/cls-departement-2024";
import { parseContract } from "../validate-contract";
import { bordeauxContract, calpaeContract, creuseContract, creuseInput, eur } from "../test-support/fixtures";
import { paymentSchedule, reportDueDate } from "./payment-schedule";

describe("paymentSchedule", () => {
  it("splits each year 80 / 20 with due dates", () => {
    const s = paymentSchedule(creuseContract());
    expect(s.years[1]?.payments.map((p) => [p.id, p.due, p.amount])).toEqual([
      ["2025-1", "2025-01-01", eur(376000)],
      ["2025-2", "2026-06-30", eur(94000)],
    ]);
    expect(s.total).toBe(eur(1888000));
    expect(s.payments.map((p) => p.due)).toEqual([...s.payments.map((p) => p.due)].sort());
  });

  it("never dates a payment before the signature", () => {
    const s = paymentSchedule(bordeauxContract());
    expect(s.payments[0]?.due).toBe("2024-06-14");
  });

  it("uses the profile's report deadline", () => {
    expect(reportDueDate(calpaeContract(), 2019)).toBe("2020-03-31");
    expect(paymentSchedule(calpaeContract()).years[0]?.payments[1]?.due).toBe("2020-03-31");
  });

  it("pays on 29 February as the profile says in a year without one", () => {
    const input = { ...creuseInput(), signature: { place: "Guéret", date: "2023-12-20" }, collectivite: { ...creuseInput().collectivite, deliberation: { number: "CP-2023-12-07", date: "2023-12-11", body: "commission permanente" } }, payment: { instalments: [{ percent: 50, when: "02-29" }, { percent: 50, when: "09-30" }] } };
    const due = (february29: "february-28" | "march-1") => {
      const c = parseContract(input, { profiles: [defineProfile({ ...CLS_DEPARTEMENT_2024, february29 })] });
      return paymentSchedule(c).years.map((y) => y.payments[0]?.due);
    };
    expect(due("february-28")).toEqual(["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28"]);
    expect(due("march-1")).toEqual(["2024-02-29", "2025-03-01", "2026-03-01", "2027-03-01"]);
  });

  it("instalments always add up to the year's total, to the cent", () => {
    const base = creuseInput();
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9999 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 99_999_999 }),
        (raw, odd) => {
          // Percentages to two decimals that add up to exactly 100.
          const sum = raw.reduce((a, b) => a + b, 0);
          const hundredths = raw.map((r) => Math.floor((r * 10000) / sum));
          hundredths[0]! += 10000 - hundredths.reduce((a, b) => a + b, 0);
          if (hundredths.some((h) => h <= 0)) return;
          const input = structuredClone(base);
          input.actions[0]!.funding["2024"]!.state = odd;
          input.actions[0]!.funding["2024"]!.collectivite = odd;
          delete input.stateAnnualCeiling;
          const c = contractBuilder(input).payment(hundredths.map((h) => ({ percent: h / 100, when: "start-of-year" as const }))).build();
          for (const y of paymentSchedule(c).years) {
            expect(y.payments.reduce((t, p) => t + p.amount, 0)).toBe(y.total);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
