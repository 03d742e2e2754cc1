import { z } from "zod";
import { deepFreeze } from "../internal/deep-freeze";

/**
 * The stable id of a category of stakeholders of the Pacte.
 *
 * @example
 * StakeholderCategoryIdSchema.parse("services-etat") //=> "services-etat"
 */
export const StakeholderCategoryIdSchema = z
  .enum([
    "associations-collectivites",
    "associations-lutte-pauvrete",
    "organismes-securite-sociale",
    "operateurs-etat",
    "services-etat",
  ])
  .meta({ title: "StakeholderCategoryId", description: "Identifiant d’une catégorie de parties prenantes du Pacte." });
/**
 * One of the five stakeholder category ids. See {@link StakeholderCategoryIdSchema}.
 *
 * @example
 * const id: StakeholderCategoryId = "operateurs-etat";
 */
export type StakeholderCategoryId = z.infer<typeof StakeholderCategoryIdSchema>;

/**
 * A category of stakeholders of the concertation: its `id` and French `label`.
 *
 * @example
 * StakeholderCategorySchema.parse({ id: "services-etat", label: "Services de l'État" }).label //=> "Services de l'État"
 */
export const StakeholderCategorySchema = z
  .object({ id: StakeholderCategoryIdSchema, label: z.string().min(1) })
  .meta({ title: "StakeholderCategory", description: "Catégorie de parties prenantes du Pacte des solidarités." });
/**
 * A stakeholder category. See {@link StakeholderCategorySchema}.
 *
 * @example
 * const c: StakeholderCategory = STAKEHOLDER_CATEGORIES[0]!; // c.label //=> "Associations de collectivités"
 */
export type StakeholderCategory = z.infer<typeof StakeholderCategorySchema>;

/**
 * The five stakeholder categories of the concertation's seed, in the seed's order.
 *
 * @example
 * STAKEHOLDER_CATEGORIES.length //=> 5
 * STAKEHOLDER_CATEGORIES[2]?.label //=> "Organismes de sécurité sociale"
 */
export const STAKEHOLDER_CATEGORIES: readonly StakeholderCategory[] = deepFreeze([
  { id: "associations-collectivites", label: "Associations de collectivités" },
  { id: "associations-lutte-pauvrete", label: "Associations de lutte contre la pauvreté" },
  { id: "organismes-securite-sociale", label: "Organismes de sécurité sociale" },
  { id: "operateurs-etat", label: "Opérateurs de l'État" },
  { id: "services-etat", label: "Services de l'État" },
]);

/**
 * Finds a stakeholder category by id; `undefined` if there is none.
 *
 * @example
 * getStakeholderCategory("operateurs-etat")?.label //=> "Opérateurs de l'État"
 * getStakeholderCategory("lobbies") //=> undefined
 */
export function getStakeholderCategory(id: string): StakeholderCategory | undefined {
  return STAKEHOLDER_CATEGORIES.find((c) => c.id === id);
}
