import type { Action } from "@pacte/contract";
import { z } from "zod";
import type { CheckedActionExecution } from "../execution";
import { indicatorKeys } from "../internal/indicator-keys";
import type { ExecutionParameters } from "../parameters";

/**
 * One indicator of an action against its target for the year: its label and unit, its baseline,
 * the year's target, the value the report gives, and the rate of completion (a number for
 * display, see {@link indicatorRate}; absent when there is no value, no target, or no rate can be
 * computed).
 *
 * @example
 * settlement.byAction[0]?.indicators[0] //=> { index: 0, key: "Places réservées", label: "Places réservées", unit: "places", baseline: 20, target: 30, value: 28, rate: 0.9333333333333333 }
 */
export const IndicatorResultSchema = z.object({
  index: z.number().int().min(0),
  /** The name a report gives it: its id, else its label. */
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  baseline: z.number().optional(),
  target: z.number().optional(),
  value: z.number().optional(),
  rate: z.number().optional(),
  comment: z.string().optional(),
});
/**
 * One indicator against its target.
 *
 * @example
 * const r: IndicatorResult = { index: 0, key: "Places réservées", label: "Places réservées", unit: "places", baseline: 20, target: 30, value: 28, rate: 28 / 30 };
 */
export type IndicatorResult = z.infer<typeof IndicatorResultSchema>;

/**
 * The rate of completion of an indicator, by the `indicatorRate` parameter:
 * - `"ratio"`: value ÷ target;
 * - `"progress"`: (value − baseline) ÷ (target − baseline) when the baseline is known and differs
 *   from the target, else value ÷ target;
 * - `"auto"` (default): value ÷ target, except for an indicator meant to fall (its target below its
 *   baseline: « jeunes sans solution à 18 ans », 12 → 8), where it is the way covered from the
 *   baseline, (baseline − value) ÷ (baseline − target).
 *
 * `undefined` when it cannot be computed (a target of 0 for a ratio). A number for display only.
 *
 * @example
 * indicatorRate({ target: 30, value: 28 }, "auto") //=> 0.9333333333333333
 * indicatorRate({ baseline: 12, target: 8, value: 9 }, "auto") //=> 0.75
 * indicatorRate({ baseline: 20, target: 30, value: 28 }, "progress") //=> 0.8
 */
export function indicatorRate(
  figures: { readonly baseline?: number | undefined; readonly target: number; readonly value: number },
  rule: ExecutionParameters["indicatorRate"],
): number | undefined {
  const { baseline, target, value } = figures;
  const plain = target === 0 ? undefined : value / target;
  const covered = baseline === undefined || baseline === target ? undefined : (value - baseline) / (target - baseline);
  switch (rule) {
    case "ratio":
      return plain;
    case "progress":
      return covered ?? plain;
    case "auto":
      return baseline !== undefined && target < baseline ? covered : plain;
  }
}

/**
 * Every indicator of `action` against its target in `year`, with the values of the report, in
 * the contract's order (an indicator the report leaves out has no `value` and no `rate`).
 *
 * @example
 * indicatorResults(contract.actions[0], execution.actions[0], 2024, DEFAULT_EXECUTION_PARAMETERS)[0]
 * //=> { index: 0, key: "Places réservées", label: "Places réservées", unit: "places", baseline: 20, target: 30, value: 28, rate: 0.9333333333333333 }
 */
export function indicatorResults(action: Action, reported: CheckedActionExecution | undefined, year: number, parameters: ExecutionParameters): IndicatorResult[] {
  const keys = indicatorKeys(action);
  return (action.indicators ?? []).map((indicator, index) => {
    const given = reported?.indicators.find((v) => v.index === index);
    const target = indicator.targets?.[String(year)];
    const rate = given === undefined || target === undefined ? undefined : indicatorRate({ baseline: indicator.baseline, target, value: given.value }, parameters.indicatorRate);
    return {
      index,
      key: keys[index] ?? indicator.label,
      label: indicator.label,
      unit: indicator.unit,
      ...(indicator.baseline === undefined ? {} : { baseline: indicator.baseline }),
      ...(target === undefined ? {} : { target }),
      ...(given === undefined ? {} : { value: given.value }),
      ...(rate === undefined ? {} : { rate }),
      ...(given?.comment === undefined ? {} : { comment: given.comment }),
    };
  });
}
