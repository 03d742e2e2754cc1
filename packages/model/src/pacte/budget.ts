import { z } from "zod";
import { deepFreeze } from "../internal/deep-freeze";
import { ActorIdSchema } from "./actors";

/**
 * A numbered, named item of the State budget (a programme or an action within it).
 *
 * @example
 * BudgetItemSchema.parse({ number: 23, name: "Pacte des solidarités" }).number //=> 23
 */
export const BudgetItemSchema = z
  .object({ number: z.int().positive(), name: z.string().min(1) })
  .meta({ title: "BudgetItem", description: "Programme ou action budgétaire de l’État : numéro et intitulé." });
/**
 * A programme or an action of the State budget. See {@link BudgetItemSchema}.
 *
 * @example
 * const item: BudgetItem = { number: 304, name: "Inclusion sociale et protection des personnes" };
 */
export type BudgetItem = z.infer<typeof BudgetItemSchema>;

/**
 * Where money comes from in the State budget: a `programme`, an `action` within it, and the
 * actor who owns the programme.
 *
 * @example
 * BudgetLineSchema.parse(PACTE_BUDGET_LINE).programme.number //=> 304
 */
export const BudgetLineSchema = z
  .object({ programme: BudgetItemSchema, action: BudgetItemSchema, owner: ActorIdSchema })
  .meta({ title: "BudgetLine", description: "Ligne budgétaire de l’État : programme, action et responsable du programme." });
/**
 * A budget line. See {@link BudgetLineSchema}.
 *
 * @example
 * const line: BudgetLine = PACTE_BUDGET_LINE; // line.action.number //=> 23
 */
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

/**
 * The budget line that funds the Pacte: programme 304 "Inclusion sociale et protection des
 * personnes" (owned by the DGCS), action 23 "Pacte des solidarités".
 *
 * @example
 * PACTE_BUDGET_LINE.action //=> { number: 23, name: "Pacte des solidarités" }
 */
export const PACTE_BUDGET_LINE: BudgetLine = deepFreeze({
  programme: { number: 304, name: "Inclusion sociale et protection des personnes" },
  action: { number: 23, name: "Pacte des solidarités" },
  owner: "dgcs",
});

/**
 * Writes a budget line the way a French text cites it (plain spaces; typography is applied
 * when the document is rendered).
 *
 * @example
 * formatBudgetLine(PACTE_BUDGET_LINE)
 * //=> "programme 304 « Inclusion sociale et protection des personnes », action 23 « Pacte des solidarités »"
 */
export function formatBudgetLine(line: BudgetLine): string {
  return `programme ${line.programme.number} « ${line.programme.name} », action ${line.action.number} « ${line.action.name} »`;
}
