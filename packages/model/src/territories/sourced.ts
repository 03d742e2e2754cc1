import { z } from "zod";
import { ProvenanceSchema, type Provenance } from "../pacte/provenance";

/**
 * Where a fact of the reference data comes from: an `https://` or `http://` address (a page of
 * Légifrance, a préfecture, a press article) or a public repository file written
 * `github:owner/name/path`.
 *
 * @example
 * SourceRefSchema.parse("github:betagouv/signalement-api/app/models/investigation/DepartmentDivision.scala") //=> "github:betagouv/signalement-api/app/models/investigation/DepartmentDivision.scala"
 * SourceRefSchema.safeParse("a friend told me").success //=> false
 */
export const SourceRefSchema = z
  .string()
  .regex(/^(?:https?:\/\/\S+|github:[\w.-]+\/[\w.-]+(?:\/\S*)?)$/u)
  .meta({ title: "SourceRef", description: "Source d’une donnée : adresse web ou fichier d’un dépôt public (github:…)." });
/** A source of a fact. See {@link SourceRefSchema}. */
export type SourceRef = z.infer<typeof SourceRefSchema>;

/**
 * Whether a fact is settled enough to be written into a contract without asking the user:
 * `confirmed` (a primary or institutional source) or `press`. Facts that are `unconfirmed` or
 * `inferred` by this project should come from the input, or be shown to the user for checking.
 *
 * @example
 * isSettled("confirmed") //=> true
 * isSettled("press") //=> true
 * isSettled("unconfirmed") //=> false
 * isSettled("inferred") //=> false
 */
export function isSettled(provenance: Provenance): boolean {
  return provenance === "confirmed" || provenance === "press";
}

/**
 * The provenance and the sources of a fact of the reference data, as every record of the
 * institutions' data carries them (`sources` may be empty only when nothing confirms the fact).
 *
 * @example
 * SourcedSchema.parse({ provenance: "unconfirmed", sources: [] }).provenance //=> "unconfirmed"
 */
export const SourcedSchema = z.object({
  provenance: ProvenanceSchema,
  sources: z.array(SourceRefSchema),
});
/** A fact's provenance and sources. See {@link SourcedSchema}. */
export type Sourced = z.infer<typeof SourcedSchema>;
