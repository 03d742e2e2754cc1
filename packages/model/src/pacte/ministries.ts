import { z } from "zod";
import { ProvenanceSchema } from "./provenance";

/**
 * The part a ministry plays in the Pacte: it `leads` (the minister for solidarity) or is
 * `concerned` (associated with the concertation).
 *
 * @example
 * MinistryRoleSchema.parse("lead") //=> "lead"
 */
export const MinistryRoleSchema = z
  .enum(["lead", "concerned"])
  .meta({ title: "MinistryRole", description: "Rôle d’un ministère dans le Pacte : pilote (lead) ou concerné (concerned)." });
/**
 * `"lead"` or `"concerned"`. See {@link MinistryRoleSchema}.
 *
 * @example
 * const role: MinistryRole = "concerned";
 */
export type MinistryRole = z.infer<typeof MinistryRoleSchema>;

/**
 * A ministry involved in the Pacte, named by its **portfolio** (`Santé`, `Travail`…) rather
 * than by an official ministry name, since those change with each government. `provenance`
 * says whether the sources name this portfolio (`confirmed`) or the project inferred it.
 *
 * @example
 * MinistrySchema.parse({ id: "sante", portfolio: "Santé", role: "concerned", provenance: "confirmed" }).portfolio
 * //=> "Santé"
 */
export const MinistrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    portfolio: z.string().min(1),
    role: MinistryRoleSchema,
    provenance: ProvenanceSchema,
  })
  .meta({ title: "Ministry", description: "Ministère associé au Pacte des solidarités, désigné par son portefeuille." });
/**
 * A ministry of the Pacte. See {@link MinistrySchema}.
 *
 * @example
 * const m: Ministry = MINISTRIES[0]!; // m.role //=> "lead"
 */
export type Ministry = z.infer<typeof MinistrySchema>;

/**
 * The ministries the sources name: the minister for solidarity leads, with the ministries
 * concerned. The sources' list ends with "…": it is **not exhaustive**, and no further
 * ministry is added here by guess.
 *
 * @example
 * MINISTRIES.filter((m) => m.role === "lead").map((m) => m.id) //=> ["solidarites"]
 * MINISTRIES.length //=> 7
 */
export const MINISTRIES: readonly Ministry[] = [
  { id: "solidarites", portfolio: "Solidarités", role: "lead", provenance: "confirmed" },
  { id: "education", portfolio: "Éducation", role: "concerned", provenance: "confirmed" },
  { id: "enseignement-superieur", portfolio: "Enseignement supérieur", role: "concerned", provenance: "confirmed" },
  { id: "travail", portfolio: "Travail", role: "concerned", provenance: "confirmed" },
  { id: "sante", portfolio: "Santé", role: "concerned", provenance: "confirmed" },
  { id: "transition-ecologique", portfolio: "Transition écologique", role: "concerned", provenance: "confirmed" },
  { id: "transition-energetique", portfolio: "Transition énergétique", role: "concerned", provenance: "confirmed" },
];

/**
 * Finds a ministry by id; `undefined` if there is none.
 *
 * @example
 * getMinistry("travail")?.portfolio //=> "Travail"
 * getMinistry("defense") //=> undefined
 */
export function getMinistry(id: string): Ministry | undefined {
  return MINISTRIES.find((m) => m.id === id);
}
