import { z } from "zod";
import { DepartementCodeSchema } from "../insee";
import { AsOfDateSchema } from "./as-of";
import { SourcedSchema } from "./sourced";

/**
 * The acronym of a département's State service in charge of solidarity: since 1 April 2021 a
 * `DDETS` or a `DDETSPP` in metropolitan départements and a `DEETS` overseas; before, the
 * solidarity side was a `DDCS` or a `DDCSPP`.
 *
 * @example
 * StateServiceAcronymSchema.parse("DDETSPP") //=> "DDETSPP"
 */
export const StateServiceAcronymSchema = z.enum(["DDETS", "DDETSPP", "DEETS", "DDCS", "DDCSPP"]).meta({
  title: "StateServiceAcronym",
  description: "Sigle du service de l’État chargé des solidarités dans un département.",
});
/** See {@link StateServiceAcronymSchema}. */
export type StateServiceAcronym = z.infer<typeof StateServiceAcronymSchema>;

/**
 * What the reference data knows of a département's State service over a span of dates: its
 * acronym when sources give one (absent when they do not settle it: Paris and the inner ring,
 * Guyane, conflicting sources), with `provenance`, `sources` and a French `note` saying why.
 *
 * @example
 * StateServiceRecordSchema.parse({ departement: "23", acronym: "DDETSPP", validFrom: "2021-04-01", provenance: "confirmed", sources: [] }).acronym
 * //=> "DDETSPP"
 */
export const StateServiceRecordSchema = z
  .object({
    departement: DepartementCodeSchema,
    acronym: StateServiceAcronymSchema.optional(),
    validFrom: AsOfDateSchema.optional(),
    validTo: AsOfDateSchema.optional(),
    note: z.string().min(1).optional(),
  })
  .extend(SourcedSchema.shape)
  .meta({ title: "StateServiceRecord", description: "Service de l’État chargé des solidarités dans un département, sur une période, avec sa source." });
/** See {@link StateServiceRecordSchema}. */
export type StateServiceRecord = z.infer<typeof StateServiceRecordSchema>;
