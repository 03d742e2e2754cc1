import { CentsSchema } from "@pacte/model";
import { z } from "zod";

/**
 * The rules of an execution report that the public sources do not settle, as parameters with
 * documented defaults [U] — never hard-wired. A team sets them to match its instruction.
 *
 * - `parityAtExecution`: how a parity break at execution is reported — `"error"` (default: the
 *   report is invalid until explained and corrected) or `"warning"` (the settlement then applies
 *   `stateShareCap`).
 * - `stateShareCap`: how parity limits what the State owes an action (profiles with a `parity`
 *   or `at-least` financing rule): `"matched"` (default: the State's money counts only up to what
 *   the collectivity spent, `min(committed, State spent, collectivity spent)`) or
 *   `"half-of-joint"` (the State owes half of the State's and the collectivity's spending
 *   together, rounded down to the cent, `min(committed, ⌊(State spent + collectivity spent) ÷ 2⌋)`).
 * - `abandonedUnspent`: what happens to money already paid for an abandoned action and not
 *   spent — `"recovered"` (default, even where the profile carries unspent money over) or
 *   `"as-profile"` (like any other unspent money).
 * - `unspent`: replaces the contract's `clawback.unspent` (`"recovered"`, `"carried-over"`,
 *   `"none"`) when given.
 * - `paidBeforeReport`: what the State actually paid for the year before the report, in cents,
 *   when it differs from the payment schedule (by default: the instalments of the year that do
 *   not wait for the report, from `paymentSchedule`).
 * - `indicatorRate`: how an indicator's rate of completion is computed — `"auto"` (default:
 *   value ÷ target, except for an indicator meant to fall — target below its baseline — where it
 *   is the way covered from the baseline, (baseline − value) ÷ (baseline − target)), `"ratio"`
 *   (always value ÷ target) or `"progress"` ((value − baseline) ÷ (target − baseline) whenever
 *   the baseline is known and differs from the target).
 *
 * @example
 * ExecutionParametersSchema.parse({}) //=> { parityAtExecution: "error", stateShareCap: "matched", abandonedUnspent: "recovered", indicatorRate: "auto" }
 */
export const ExecutionParametersSchema = z.strictObject({
  parityAtExecution: z.enum(["error", "warning"]).default("error"),
  stateShareCap: z.enum(["matched", "half-of-joint"]).default("matched"),
  abandonedUnspent: z.enum(["recovered", "as-profile"]).default("recovered"),
  unspent: z.enum(["recovered", "carried-over", "none"]).optional(),
  paidBeforeReport: CentsSchema.optional(),
  indicatorRate: z.enum(["auto", "ratio", "progress"]).default("auto"),
});
/**
 * The parameters as given (every one optional).
 *
 * @example
 * const given: ExecutionParametersInput = { unspent: "carried-over" };
 */
export type ExecutionParametersInput = z.input<typeof ExecutionParametersSchema>;
/**
 * The parameters with their defaults applied.
 *
 * @example
 * const p: ExecutionParameters = ExecutionParametersSchema.parse({ unspent: "carried-over" }); // p.stateShareCap === "matched"
 */
export type ExecutionParameters = z.output<typeof ExecutionParametersSchema>;

/**
 * The parameters with their defaults, for a caller that wants to print them.
 *
 * @example
 * DEFAULT_EXECUTION_PARAMETERS.stateShareCap //=> "matched"
 */
export const DEFAULT_EXECUTION_PARAMETERS: ExecutionParameters = Object.freeze(ExecutionParametersSchema.parse({}));
