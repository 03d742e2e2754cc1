import { z } from "zod";
import { deepFreeze } from "../internal/deep-freeze";

/**
 * The stable id of a transverse question of the Pacte.
 *
 * @example
 * TransverseQuestionIdSchema.parse("lutte-stigmatisation") //=> "lutte-stigmatisation"
 */
export const TransverseQuestionIdSchema = z
  .enum([
    "adaptation-territoires",
    "contractualisation-etat-collectivites",
    "simplification-relations-associations",
    "lutte-stigmatisation",
  ])
  .meta({ title: "TransverseQuestionId", description: "Identifiant d’une question transverse du Pacte des solidarités." });
/**
 * One of the four transverse question ids. See {@link TransverseQuestionIdSchema}.
 *
 * @example
 * const id: TransverseQuestionId = "adaptation-territoires";
 */
export type TransverseQuestionId = z.infer<typeof TransverseQuestionIdSchema>;

/**
 * A question that cuts across the four axes, as the concertation's seed listed them:
 * its `id` and a French `label` (the project's rendering of the seed's subject).
 *
 * @example
 * TransverseQuestionSchema.parse({ id: "lutte-stigmatisation", label: "Lutte contre la stigmatisation" }).id
 * //=> "lutte-stigmatisation"
 */
export const TransverseQuestionSchema = z
  .object({ id: TransverseQuestionIdSchema, label: z.string().min(1) })
  .meta({ title: "TransverseQuestion", description: "Question transverse du Pacte des solidarités." });
/**
 * A transverse question. See {@link TransverseQuestionSchema}.
 *
 * @example
 * const q: TransverseQuestion = TRANSVERSE_QUESTIONS[0]!; // q.id //=> "adaptation-territoires"
 */
export type TransverseQuestion = z.infer<typeof TransverseQuestionSchema>;

/**
 * The four transverse questions of the concertation's seed, in the seed's order.
 *
 * @example
 * TRANSVERSE_QUESTIONS.map((q) => q.id)
 * //=> ["adaptation-territoires", "contractualisation-etat-collectivites", "simplification-relations-associations", "lutte-stigmatisation"]
 */
export const TRANSVERSE_QUESTIONS: readonly TransverseQuestion[] = deepFreeze([
  { id: "adaptation-territoires", label: "Adaptation aux territoires (ruralité, outre-mer)" },
  { id: "contractualisation-etat-collectivites", label: "Contractualisation entre l'État et les collectivités" },
  { id: "simplification-relations-associations", label: "Simplification des relations avec les associations" },
  { id: "lutte-stigmatisation", label: "Lutte contre la stigmatisation" },
]);

/**
 * Finds a transverse question by id; `undefined` if there is none.
 *
 * @example
 * getTransverseQuestion("lutte-stigmatisation")?.label //=> "Lutte contre la stigmatisation"
 * getTransverseQuestion("nope") //=> undefined
 */
export function getTransverseQuestion(id: string): TransverseQuestion | undefined {
  return TRANSVERSE_QUESTIONS.find((q) => q.id === id);
}
