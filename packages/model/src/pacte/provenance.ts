import { z } from "zod";

/**
 * How sure a fact of the Pacte's vocabulary is, after the tags of the project's domain brief:
 * `confirmed` by a primary or institutional source, reported by the `press` only,
 * `unconfirmed`, or `inferred` by this project (a reading, a grouping or a French rendering
 * that no source states in those words). Treat anything but `confirmed` as configurable.
 *
 * @example
 * ProvenanceSchema.parse("inferred") //=> "inferred"
 * ProvenanceSchema.safeParse("rumour").success //=> false
 */
export const ProvenanceSchema = z.enum(["confirmed", "press", "unconfirmed", "inferred"]).meta({
  title: "Provenance",
  description:
    "Degré de certitude d’une donnée : confirmed (source primaire ou institutionnelle), press (presse seule), unconfirmed, inferred (déduite par le projet).",
});
/**
 * `"confirmed"`, `"press"`, `"unconfirmed"` or `"inferred"`. See {@link ProvenanceSchema}.
 *
 * @example
 * const p: Provenance = "confirmed";
 */
export type Provenance = z.infer<typeof ProvenanceSchema>;
