import { PacteError } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { defineProfile, ProfileSchema } from "./profile";
import { ARTICLE_IDS } from "./clauses/clause-library";
import { CLS_DEPARTEMENT_2024 } from "./profiles/cls-2024/cls-departement-2024";

const minimal = {
  id: "mon-contrat",
  label: "Mon contrat",
  names: CLS_DEPARTEMENT_2024.names,
  referencePrefix: "MC",
  preambule: "Préambule.",
  clauses: [{ id: "objet", title: "Objet", text: "Le présent contrat a un objet." }],
  init: CLS_DEPARTEMENT_2024.init,
  counterparty: "departemental" as const,
  axes: { allowed: [1, 3] as (1 | 3)[] },
  period: { start: "2025-01-01", end: "2026-12-31" },
  financing: { rule: "parity" as const, perAction: true },
};

describe("defineProfile", () => {
  it("parses the profile without zod's compiled fast path: a profile is parsed once", () => {
    const seen: unknown[] = [];
    const original = ProfileSchema.safeParse.bind(ProfileSchema);
    const spy = (input: unknown, ctx?: unknown) => {
      seen.push((ctx as { jitless?: boolean } | undefined)?.jitless);
      return original(input, ctx as never);
    };
    (ProfileSchema as { safeParse: unknown }).safeParse = spy;
    try {
      defineProfile(minimal);
    } finally {
      (ProfileSchema as { safeParse: unknown }).safeParse = original;
    }
    expect(seen).toEqual([true]);
  });

  it("fills the documented defaults", () => {
    const p = defineProfile(minimal);
    expect(p.payment.instalments).toEqual([{ percent: 80, when: "start-of-year" }, { percent: 20, when: "after-report" }]);
    expect(p.reporting).toEqual({ reportDue: "06-30", finalReportMonths: 6 });
    expect(p.clawback).toEqual({ unspent: "recovered" });
    expect(p.governance).toEqual({ committee: "comité de pilotage", meetingsPerYear: 1 });
    expect(p.axes).toEqual({ allowed: [1, 3], required: [], minActionsPerRequiredAxis: 1, optionalWithOption: [] });
    expect(p.period.retroactiveStart).toBe(false);
    expect(p.rules).toEqual([]);
  });

  it("derives a profile from a shipped one without changing it", () => {
    const before = structuredClone({ ...CLS_DEPARTEMENT_2024, rules: [] });
    const mine = defineProfile({ ...CLS_DEPARTEMENT_2024, id: "cls-23-local", reporting: { reportDue: "04-30" } });
    expect(mine.reporting).toEqual({ reportDue: "04-30", finalReportMonths: 6 });
    expect({ ...CLS_DEPARTEMENT_2024, rules: [] }).toEqual(before);
  });

  it.each([
    ["bad id", { ...minimal, id: "Mon Contrat" }, "schema.invalid_format"],
    ["a report day that does not exist (13-01)", { ...minimal, reporting: { reportDue: "13-01" } }, "date.month_day"],
    ["a report day that does not exist (02-30)", { ...minimal, reporting: { reportDue: "02-30" } }, "date.month_day"],
    ["an instalment on 04-31", { ...minimal, payment: { instalments: [{ percent: 100, when: "04-31" }] } }, "date.month_day"],
    ["a report due on 29 February, without saying what it means in other years", { ...minimal, reporting: { reportDue: "02-29" } }, "contract.february_29"],
    ["a period that starts on 30 February", { ...minimal, period: { start: "2025-02-30", end: "2026-12-31" } }, "date.format"],
    ["reversed period", { ...minimal, period: { start: "2027-01-01", end: "2025-12-31" } }, "period.order"],
    ["instalments not 100 %", { ...minimal, payment: { instalments: [{ percent: 50, when: "start-of-year" as const }] } }, "contract.payment_percent_sum"],
    ["rule not a function", { ...minimal, rules: ["x"] as never }, "schema.custom"],
  ])("refuses a profile with %s", (_, input, code) => {
    expect(() => defineProfile(input)).toThrow(PacteError);
    try {
      defineProfile(input);
    } catch (e) {
      expect((e as PacteError).issues[0]?.code).toBe(code);
    }
  });

  it("accepts a profile without Pacte axes (older than the Pacte, like the CALPAE), and freezes what it returns", () => {
    const p = defineProfile({ ...minimal, axes: { allowed: [] } });
    expect(p.axes.allowed).toEqual([]);
    expect(Object.isFrozen(p) && Object.isFrozen(p.axes.allowed) && Object.isFrozen(p.clauses)).toBe(true);
  });

  it("accepts 29 February when it says what it means in other years", () => {
    expect(defineProfile({ ...minimal, february29: "march-1", reporting: { reportDue: "02-29" } }).reporting.reportDue).toBe("02-29");
  });

  it("lists the fourteen article ids", () => {
    expect(ARTICLE_IDS).toHaveLength(14);
    expect(ProfileSchema.shape.clauses).toBeDefined();
  });
});
