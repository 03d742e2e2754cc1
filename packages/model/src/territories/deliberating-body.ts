import { z } from "zod";
import { CollectiviteCodeSchema } from "../insee";
import { StoredSirenSchema } from "../internal/territory-identifiers";
import { AsOfDateSchema } from "./as-of";
import { TnccSchema } from "./departement";
import { GenderSchema } from "./gender";
import { SourcedSchema } from "./sourced";

/**
 * What a deliberating body is to its collectivity: its `assembly` (conseil départemental,
 * Conseil de Paris, Assemblée de Corse, conseil de la métropole…), its `permanent-commission`,
 * the `executive-council` of Corse and Martinique, or the `bureau` of a métropole that is an
 * EPCI.
 *
 * @example
 * DeliberatingBodyRoleSchema.parse("permanent-commission") //=> "permanent-commission"
 */
export const DeliberatingBodyRoleSchema = z.enum(["assembly", "permanent-commission", "executive-council", "bureau"]).meta({
  title: "DeliberatingBodyRole",
  description: "Rôle d’un organe délibérant : assemblée, commission permanente, conseil exécutif ou bureau.",
});
/** See {@link DeliberatingBodyRoleSchema}. */
export type DeliberatingBodyRole = z.infer<typeof DeliberatingBodyRoleSchema>;

/**
 * A deliberating body of a collectivity (held by its code, `23D`, `75C`) or of a métropole (held
 * by its SIREN), with its capitals as usage and the law write them: `name` in full (« conseil
 * départemental de la Creuse », « Conseil de Paris », « Assemblée de Corse », « assemblée de
 * Martinique »), `shortName` as a sentence says it once the collectivity is named (« commission
 * permanente »), the `tncc` that gives its article and the `gender` for agreement (« réunie »).
 *
 * @example
 * DeliberatingBodySchema.parse(deliberatingBody("75C", "assembly")).name //=> "Conseil de Paris"
 */
export const DeliberatingBodySchema = z
  .object({
    holder: z.union([CollectiviteCodeSchema, StoredSirenSchema]),
    role: DeliberatingBodyRoleSchema,
    name: z.string().min(1),
    shortName: z.string().min(1),
    tncc: TnccSchema,
    gender: GenderSchema,
    validFrom: AsOfDateSchema.optional(),
    validTo: AsOfDateSchema.optional(),
    note: z.string().min(1).optional(),
  })
  .extend(SourcedSchema.shape)
  .meta({ title: "DeliberatingBody", description: "Organe délibérant d’une collectivité ou d’une métropole, avec ses majuscules d’usage." });
/** A deliberating body. See {@link DeliberatingBodySchema}. */
export type DeliberatingBody = z.infer<typeof DeliberatingBodySchema>;
