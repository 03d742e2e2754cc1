import { CentsSchema, IsoDateSchema } from "@pacte/model";
import { z } from "zod";
import { ActionStatusSchema } from "./execution-input";

const Text = z.string().min(1);

/**
 * An indicator's value once matched with the contract: `index` is its position in the action's
 * `indicators` in the contract, `indicator` what the report called it.
 *
 * @example
 * execution.actions[0]?.indicators[0] //=> { indicator: "Places réservées", index: 0, value: 28 }
 */
export const CheckedIndicatorValueSchema = z.object({
  indicator: Text,
  index: z.number().int().min(0),
  value: z.number(),
  comment: Text.optional(),
});
/**
 * An indicator's value matched with the contract.
 *
 * @example
 * const v: CheckedIndicatorValue = { indicator: "Places réservées", index: 0, value: 28 };
 */
export type CheckedIndicatorValue = z.infer<typeof CheckedIndicatorValueSchema>;

/**
 * One action's checked execution: amounts in integer cents, indicators matched with the
 * contract's (in the order of the report).
 *
 * @example
 * execution.actions[0]?.spent.state //=> 3850000
 */
export const CheckedActionExecutionSchema = z.object({
  id: Text,
  status: ActionStatusSchema,
  reason: Text.optional(),
  spent: z.object({
    state: CentsSchema,
    collectivite: CentsSchema,
    others: z.array(z.object({ name: Text, amount: CentsSchema })).optional(),
  }),
  indicators: z.array(CheckedIndicatorValueSchema),
  comment: Text.optional(),
});
/**
 * One action's checked execution.
 *
 * @example
 * const a: CheckedActionExecution | undefined = execution.actions.find((a) => a.id === "A1.5"); // a?.status === "abandoned"
 */
export type CheckedActionExecution = z.infer<typeof CheckedActionExecutionSchema>;

/**
 * A year's execution checked against its signed contract: what `validateExecution` returns.
 * Amounts are integer cents; actions in the order of the report, each known to the contract.
 * The computations (`settleExecution`, `executionReportToDocument`, `consolidate`) are functions
 * of an `Execution` and its `Contract`.
 *
 * @example
 * const r = validateExecution(input, contract);
 * if (r.success) r.data.year //=> 2024
 */
export const ExecutionSchema = z.object({
  contract: Text,
  year: z.number().int(),
  date: IsoDateSchema,
  author: Text.optional(),
  summary: Text.optional(),
  actions: z.array(CheckedActionExecutionSchema),
});
/**
 * A year's checked execution. See {@link ExecutionSchema}.
 *
 * @example
 * const r = validateExecution(input, contract);
 * const execution: Execution | undefined = r.success ? r.data : undefined;
 */
export type Execution = z.infer<typeof ExecutionSchema>;
