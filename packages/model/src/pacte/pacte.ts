import { compareAsc } from "date-fns/compareAsc";
import { deepFreeze } from "../internal/deep-freeze";
import { z } from "zod";
import { addModelIssue } from "../validate";
import { BudgetLineSchema, PACTE_BUDGET_LINE } from "./budget";
import { parseCalendarDate } from "./internal/iso-date";

const YearSchema = z.int().min(1900).max(2200);

/**
 * The Pacte des solidarités as a policy: its name, its predecessor strategy, the dates of its
 * concertation, presentation and entry into force, its period of years, the approximate number
 * of its measures and its budget line. Dates are ISO `YYYY-MM-DD` strings; the schema checks
 * that they and the years come in order (issue `period.order`).
 *
 * @example
 * PacteSchema.parse(PACTE).period //=> { firstYear: 2024, lastYear: 2027 }
 * PacteSchema.safeParse({ ...PACTE, presentedOn: "2022-01-01" }).success //=> false
 */
export const PacteSchema = z
  .object({
    name: z.string().min(1),
    predecessor: z.object({
      name: z.string().min(1),
      firstYear: YearSchema,
      plannedLastYear: YearSchema,
      lastYear: YearSchema,
    }),
    concertationOpenedOn: z.iso.date(),
    presentedOn: z.iso.date(),
    inForceFrom: z.iso.date(),
    period: z.object({ firstYear: YearSchema, lastYear: YearSchema }),
    approximateMeasureCount: z.int().positive(),
    budgetLine: BudgetLineSchema,
  })
  .superRefine((p, ctx) => {
    const steps = [
      ["concertationOpenedOn", p.concertationOpenedOn],
      ["presentedOn", p.presentedOn],
      ["inForceFrom", p.inForceFrom],
    ] as const;
    for (let i = 1; i < steps.length; i++) {
      const [, before] = steps[i - 1]!;
      const [key, after] = steps[i]!;
      const a = parseCalendarDate(before);
      const b = parseCalendarDate(after);
      if (a && b && compareAsc(a, b) > 0) addModelIssue(ctx, "period.order", { start: before, end: after }, [key]);
    }
    if (p.period.firstYear > p.period.lastYear) {
      addModelIssue(ctx, "period.order", { start: p.period.firstYear, end: p.period.lastYear }, ["period", "lastYear"]);
    }
    const pre = p.predecessor;
    if (pre.firstYear > pre.plannedLastYear || pre.plannedLastYear > pre.lastYear) {
      addModelIssue(ctx, "period.order", { start: pre.firstYear, end: pre.lastYear }, ["predecessor", "lastYear"]);
    }
  })
  .meta({ title: "Pacte", description: "Le Pacte des solidarités : dates, période, mesures et ligne budgétaire." });
/**
 * The Pacte as a policy. See {@link PacteSchema}.
 *
 * @example
 * const p: Pacte = PACTE; // p.inForceFrom //=> "2024-01-01"
 */
export type Pacte = z.infer<typeof PacteSchema>;

/**
 * The Pacte des solidarités: concertation opened 2022-11-28, presented 2023-09-18, in force
 * from 2024-01-01 for 2024–2027, about 25 measures, funded by programme 304, action 23. It
 * follows the national anti-poverty strategy of 2018–2022, extended to 2023.
 *
 * @example
 * PACTE.name //=> "Pacte des solidarités"
 * PACTE.presentedOn //=> "2023-09-18"
 */
export const PACTE: Pacte = deepFreeze({
  name: "Pacte des solidarités",
  predecessor: {
    name: "Stratégie nationale de prévention et de lutte contre la pauvreté",
    firstYear: 2018,
    plannedLastYear: 2022,
    lastYear: 2023,
  },
  concertationOpenedOn: "2022-11-28",
  presentedOn: "2023-09-18",
  inForceFrom: "2024-01-01",
  period: { firstYear: 2024, lastYear: 2027 },
  approximateMeasureCount: 25,
  budgetLine: PACTE_BUDGET_LINE,
});
