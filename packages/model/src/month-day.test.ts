import { describe, expect, it } from "vitest";
import { isMonthDay, MonthDaySchema } from "./month-day";
import { safeParseWith } from "./validate";

describe("MonthDaySchema", () => {
  it.each(["01-01", "02-29", "03-31", "06-30", "12-31"])("accepts %s", (value) => {
    expect(MonthDaySchema.parse(value)).toBe(value);
    expect(isMonthDay(value)).toBe(true);
  });

  it.each(["02-30", "02-31", "04-31", "13-45", "13-01", "00-00", "01-00", "6-30", "06-30 ", "2024-06-30", ""])("refuses %j with date.month_day", (value) => {
    const r = safeParseWith(MonthDaySchema, value);
    expect(r.success ? [] : r.issues.map((i) => i.code)).toEqual(["date.month_day"]);
    expect(isMonthDay(value)).toBe(false);
  });

  it("says what was received and what is expected, in French and in English", () => {
    const fr = safeParseWith(MonthDaySchema, "02-30");
    expect(fr.success ? "" : fr.issues[0]?.message).toBe("Jour de l’année invalide : « 02-30 » ; un jour qui existe, au format MM-JJ, est attendu (par exemple 03-31 ou 06-30).");
    const en = safeParseWith(MonthDaySchema, "13-45", { lang: "en" });
    expect(en.success ? "" : en.issues[0]?.message).toMatch(/^Invalid day of the year: "13-45"/);
  });
});
