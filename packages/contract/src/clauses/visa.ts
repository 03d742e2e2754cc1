import {
  CollectiviteKindSchema,
  MetropoleStatuteSchema,
  ProvenanceSchema,
  SourceRefSchema,
  type Provenance,
} from "@pacte/model";
import { z } from "zod";

const Text = z.string().trim().min(1);

/**
 * Which contracts a visa applies to, by their collectivity: its code (`69M`, `75C`, `20R`) or
 * SIREN (a métropole without a code: `200054807`, Aix-Marseille-Provence), its kind (`departement`, `collectivite-unique`…), or — for a métropole — its statute. A visa with
 * no condition applies to every contract of the profile; with several, to a contract that meets
 * any of them.
 *
 * @example
 * VisaConditionSchema.parse({ collectivites: ["69M"] }).collectivites //=> ["69M"]
 */
export const VisaConditionSchema = z.object({
  collectivites: z.array(Text).optional(),
  collectiviteKinds: z.array(CollectiviteKindSchema).optional(),
  metropoleStatutes: z.array(MetropoleStatuteSchema).optional(),
});
/** See {@link VisaConditionSchema}. */
export type VisaCondition = z.infer<typeof VisaConditionSchema>;

/**
 * A visa of a profile: its template (« Vu … », without final punctuation; slots as in the
 * clauses), how sure the reference is (`provenance`: `confirmed` by a primary or institutional
 * source, `press`, `unconfirmed`, `inferred`) with its `sources`, and `appliesTo`, the contracts
 * it belongs to. A plain string is a visa of provenance `inferred` that applies everywhere (a
 * team's own, or a deliberation). What no source confirms is never given a number: it stays a
 * generic citation, or a parameter of the input.
 *
 * @example
 * VisaSchema.parse({ text: "Vu le code de l'action sociale et des familles", provenance: "confirmed", sources: [] }).provenance //=> "confirmed"
 */
export const VisaSchema = z.union([
  Text,
  z.object({
    text: Text,
    provenance: ProvenanceSchema,
    sources: z.array(SourceRefSchema).default([]),
    appliesTo: VisaConditionSchema.optional(),
  }),
]);
/** A visa as a profile writes it. See {@link VisaSchema}. */
export type Visa = z.input<typeof VisaSchema>;

/**
 * A visa with everything stated: its template, provenance, sources and the contracts it applies to.
 *
 * @example
 * const visa: ProfileVisa = visaOf("Vu la délibération"); // { text, provenance: "inferred", sources: [] }
 */
export interface ProfileVisa {
  readonly text: string;
  readonly provenance: Provenance;
  readonly sources: readonly string[];
  readonly appliesTo?: VisaCondition | undefined;
}

/**
 * A visa with its defaults made explicit: a plain string is `inferred`, without sources, for
 * every contract.
 *
 * @example
 * visaOf("Vu la délibération").provenance //=> "inferred"
 */
export function visaOf(visa: z.output<typeof VisaSchema>): ProfileVisa {
  return typeof visa === "string" ? { text: visa, provenance: "inferred", sources: [] } : visa;
}
