import { CONTRACT_LIMITS } from "@pacte/contract";
import { addCatalogIssue } from "@pacte/issues";
import { IsoDateSchema, MoneyInputSchema } from "@pacte/model";
import { z } from "zod";
import { boundedText, LongText, ShortText } from "./internal/text";
import { EXECUTION_ISSUES } from "./messages";

/**
 * An amount spent, in euros as people write them — `"12 500 €"`, `"12 500,00"`, `"12500.5"`,
 * `12500` — read exactly into integer cents by `@pacte/model`'s money parsing (never through a
 * float). Refused with an issue that quotes what was written: more than two decimals
 * (`money.too_many_decimals`), a negative (`money.negative`), an unreadable or ambiguous
 * amount (`money.format`, `money.ambiguous`: « 12,500 » may be 12 500 € or 12,50 €), and more
 * than `CONTRACT_LIMITS.amountCents` (`execution.amount_limit`).
 *
 * @example
 * SpentAmountSchema.parse("12 500,00 €") //=> 1250000
 * SpentAmountSchema.parse(12500) //=> 1250000
 * SpentAmountSchema.safeParse("12,345").success //=> false (money.ambiguous)
 */
export const SpentAmountSchema = MoneyInputSchema.superRefine((cents, ctx) => {
  if (cents > CONTRACT_LIMITS.amountCents) addCatalogIssue(ctx, EXECUTION_ISSUES, "execution.amount_limit", { received: cents, max: CONTRACT_LIMITS.amountCents });
});

/**
 * What an action spent in the year, by source: the State's money, the collectivity's, and each
 * other funder's by name (as the contract names it).
 *
 * @example
 * SpendingSchema.parse({ state: "38 500 €", collectivite: "40 000,00", others: [{ name: "CAF de la Creuse", amount: 9000 }] })
 * //=> { state: 3850000, collectivite: 4000000, others: [{ name: "CAF de la Creuse", amount: 900000 }] }
 */
export const SpendingSchema = z.strictObject({
  state: SpentAmountSchema,
  collectivite: SpentAmountSchema,
  others: z.array(z.strictObject({ name: ShortText, amount: SpentAmountSchema })).max(CONTRACT_LIMITS.listItems).optional(),
});
/**
 * What an action spent, in cents once parsed.
 *
 * @example
 * const spent: Spending = { state: 3850000, collectivite: 4000000 };
 */
export type Spending = z.output<typeof SpendingSchema>;

/**
 * Where an action stands at the end of the year: `completed` (carried out), `in-progress`
 * (goes on next year) or `abandoned` (with its `reason`).
 *
 * @example
 * ActionStatusSchema.parse("abandoned") //=> "abandoned"
 */
export const ActionStatusSchema = z.enum(["completed", "in-progress", "abandoned"]);
/**
 * `"completed"`, `"in-progress"` or `"abandoned"`.
 *
 * @example
 * const status: ActionStatus = "abandoned";
 */
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/**
 * The value an indicator reached in the year. `indicator` names one of the action's indicators in
 * the contract: its `id` when it has one, else its label.
 *
 * @example
 * IndicatorValueSchema.parse({ indicator: "Places réservées", value: 28 })
 */
export const IndicatorValueSchema = z.strictObject({
  indicator: ShortText,
  value: z.number().finite(),
  comment: LongText.optional(),
});
/**
 * The value an indicator reached.
 *
 * @example
 * const v: IndicatorValue = { indicator: "Places réservées", value: 28 };
 */
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/**
 * One action's execution in the year: its id in the contract, its status (an abandoned action
 * says why in `reason`), what it spent by source, the values its indicators reached, and a
 * comment.
 *
 * @example
 * ActionExecutionSchema.parse({ id: "A1.2", status: "completed", spent: { state: "25 000", collectivite: "25 000" }, indicators: [{ indicator: "Élèves bénéficiaires", value: 310 }] })
 */
export const ActionExecutionSchema = z.strictObject({
  id: boundedText(100),
  status: ActionStatusSchema,
  reason: LongText.optional(),
  spent: SpendingSchema,
  indicators: z.array(IndicatorValueSchema).max(CONTRACT_LIMITS.indicators).optional(),
  comment: LongText.optional(),
});
/**
 * One action's execution, as written (amounts in euros).
 *
 * @example
 * const a: ActionExecutionInput = { id: "A1.2", status: "completed", spent: { state: "25 000", collectivite: 25000 } };
 */
export type ActionExecutionInput = z.input<typeof ActionExecutionSchema>;
/**
 * One action's execution, amounts in cents.
 *
 * @example
 * ActionExecutionSchema.parse({ id: "A1.2", status: "completed", spent: { state: "25 000", collectivite: 25000 } }).spent.state //=> 2500000
 */
export type ActionExecution = z.output<typeof ActionExecutionSchema>;

/**
 * One year's execution of one contract, as the collectivity writes it (YAML, JSON or code): the
 * contract's reference, the year, the report's date, who wrote it, an optional overall comment,
 * and each action's execution. Amounts are euros as people write them (see
 * {@link SpentAmountSchema}); `validateExecution` checks it against the signed contract.
 *
 * @example
 * ExecutionInputSchema.parse({ contract: "CLS-23-2024-001", year: 2024, date: "2025-06-12", actions: [] }).year //=> 2024
 */
export const ExecutionInputSchema = z.strictObject({
  contract: boundedText(CONTRACT_LIMITS.reference),
  year: z.number().int().min(1900).max(2999),
  /** The date of the report: when it is delivered (checked against the contract's deadline). */
  date: IsoDateSchema,
  /** Who wrote it: a service, a person. */
  author: ShortText.optional(),
  /** An overall comment, printed in the summary. */
  summary: LongText.optional(),
  actions: z.array(ActionExecutionSchema).max(CONTRACT_LIMITS.actions),
});
/**
 * One year's execution of one contract, as written (amounts in euros).
 *
 * @example
 * const input: ExecutionInput = { contract: "CLS-23-2024-001", year: 2024, date: "2025-06-12", actions: [] };
 */
export type ExecutionInput = z.input<typeof ExecutionInputSchema>;
/**
 * One year's execution after schema parsing (amounts in cents), before its checks against the contract.
 *
 * @example
 * const parsed: ParsedExecutionInput = ExecutionInputSchema.parse(input);
 */
export type ParsedExecutionInput = z.output<typeof ExecutionInputSchema>;
