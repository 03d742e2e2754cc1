import { describe, expect, it } from "vitest";
import { safeParseWith } from "../validate";
import { PACTE, PacteSchema } from "./pacte";

describe("PACTE", () => {
  it("validates against PacteSchema", () => {
    expect(PacteSchema.parse(PACTE)).toEqual(PACTE);
  });

  it("carries the Pacte's dates, period, measures and budget line", () => {
    expect(PACTE).toMatchObject({
      name: "Pacte des solidarités",
      concertationOpenedOn: "2022-11-28",
      presentedOn: "2023-09-18",
      inForceFrom: "2024-01-01",
      period: { firstYear: 2024, lastYear: 2027 },
      approximateMeasureCount: 25,
      budgetLine: { programme: { number: 304 }, action: { number: 23 } },
    });
    expect(PACTE.predecessor).toMatchObject({ firstYear: 2018, plannedLastYear: 2022, lastYear: 2023 });
  });
});

describe("PacteSchema", () => {
  it("reports dates out of order as period.order, at the later date", () => {
    const r = safeParseWith(PacteSchema, { ...PACTE, presentedOn: "2022-01-01" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: "period.order",
      path: ["presentedOn"],
      params: { start: "2022-11-28", end: "2022-01-01" },
    });
    expect(r.issues[0]?.message).toBe("Période invalide : le début (2022-11-28) est après la fin (2022-01-01).");
  });

  it("words the same domain issue in English on request", () => {
    const r = safeParseWith(PacteSchema, { ...PACTE, period: { firstYear: 2027, lastYear: 2024 } }, { lang: "en" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]).toMatchObject({ code: "period.order", path: ["period", "lastYear"] });
    expect(r.issues[0]?.message).toBe("Invalid period: the start (2027) is after the end (2024).");
  });

  it("reports a predecessor whose years are out of order", () => {
    const r = PacteSchema.safeParse({ ...PACTE, predecessor: { ...PACTE.predecessor, plannedLastYear: 2024 } });
    expect(r.error?.issues.map((i) => i.path)).toEqual([["predecessor", "lastYear"]]);
  });

  it.each([
    ["inForceFrom", "2024-02-30"],
    ["inForceFrom", "01/01/2024"],
    ["approximateMeasureCount", 0],
    ["approximateMeasureCount", 25.5],
  ])("rejects %s = %j with zod's own issue, in English on request", (key, value) => {
    const fr = safeParseWith(PacteSchema, { ...PACTE, [key]: value });
    const en = safeParseWith(PacteSchema, { ...PACTE, [key]: value }, { lang: "en" });
    expect(fr.success || en.success).toBe(false);
    if (fr.success || en.success) return;
    expect(fr.issues[0]?.path).toEqual([key]);
    expect(fr.issues[0]?.code).toMatch(/^schema\./);
    expect(en.issues[0]?.code).toBe(fr.issues[0]?.code);
    expect(en.issues[0]?.message).not.toBe(fr.issues[0]?.message);
    expect(en.issues[0]?.message).toMatch(/^(Invalid|Too small|Too big)/);
  });
});
