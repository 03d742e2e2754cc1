import {
  CentsSchema,
  CollectiviteSchema,
  DepartementSchema,
  IsoDateSchema,
  MetropoleSchema,
  ProvenanceSchema,
} from "@pacte/model";
import { z } from "zod";
import {
  ActionSchema,
  ContractInputSchema,
  DeliberationSchema,
  GenderSchema,
  InstalmentSchema,
  PersonSchema,
} from "./input";
import { ProfileDataSchema } from "./profile-data";

const Text = z.string().min(1);

/**
 * The State's side once resolved: the département record (from `@pacte/model`), the préfet,
 * the préfet's title with its article as it opens a signature block (« La préfète de la
 * Creuse ») and as it reads mid-sentence (`prefetQuality`, « préfète de la Creuse »). Where the
 * préfet of the département is also the préfet de région (`isPrefetDeRegion`: Paris, Lyon,
 * Bordeaux…) the quality says both, from the reference data (« préfet de la région
 * d'Île-de-France, préfet de Paris »), and he signs once; `prefetDeRegion` is another person
 * who co-signs. `service` is the State service that follows the contract, as the input names it
 * or as the reference data settles it (`serviceAcronym`, `serviceSource`: `input` or
 * `reference-data`); absent where neither does.
 *
 * @example
 * contract.state.prefetTitle //=> "La préfète de la Creuse"
 */
export const ContractStateSchema = z.object({
  departement: DepartementSchema,
  prefet: PersonSchema,
  prefetTitle: Text,
  prefetQuality: Text,
  isPrefetDeRegion: z.boolean(),
  prefetDeRegion: z
    .object({
      name: Text,
      gender: GenderSchema,
      region: Text.optional(),
      title: Text,
      quality: Text,
    })
    .optional(),
  service: Text.optional(),
  serviceAcronym: Text.optional(),
  serviceSource: z.enum(["input", "reference-data"]).optional(),
});
/** The State's side of a checked contract. */
export type ContractState = z.infer<typeof ContractStateSchema>;

/**
 * The deliberating body that voted the deliberation, as the reference data names it (capitals
 * kept: « du Conseil de Paris », « de l'Assemblée de Corse », « de la commission permanente du
 * conseil départemental de la Creuse ») with its provenance; absent when the input's `body`
 * matches none of the collectivity's bodies (its words are then used as written).
 *
 * @example
 * contract.collectivite.deliberationBody?.withDe //=> "de la commission permanente du conseil départemental de la Creuse"
 */
export const DeliberationBodyFormsSchema = z.object({
  name: Text,
  withArticle: Text,
  withDe: Text,
  provenance: ProvenanceSchema,
});
/** See {@link DeliberationBodyFormsSchema}. */
export type DeliberationBodyForms = z.infer<typeof DeliberationBodyFormsSchema>;

/**
 * The collectivity's side once resolved on the signature date: a collectivity with
 * departmental powers (`kind: "collectivite"`, `record` from `getCollectivite`) or a métropole
 * (`kind: "metropole"`, `record` from `getMetropole`); its name, SIREN, SIRET, executive, the
 * executive's title (« La présidente du conseil départemental de la Creuse ») and quality
 * mid-sentence, the deliberation and its body (`deliberationBody`).
 *
 * @example
 * contract.collectivite.executiveTitle //=> "La présidente du conseil départemental de la Creuse"
 */
export const ContractCollectiviteSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("collectivite"),
    code: Text,
    name: Text,
    siren: Text.optional(),
    siret: Text.optional(),
    address: Text.optional(),
    executive: PersonSchema,
    executiveTitle: Text,
    executiveQuality: Text,
    deliberation: DeliberationSchema,
    deliberationBody: DeliberationBodyFormsSchema.optional(),
    record: CollectiviteSchema,
  }),
  z.object({
    kind: z.literal("metropole"),
    code: Text.optional(),
    name: Text,
    siren: Text.optional(),
    siret: Text.optional(),
    address: Text.optional(),
    executive: PersonSchema,
    executiveTitle: Text,
    executiveQuality: Text,
    deliberation: DeliberationSchema,
    deliberationBody: DeliberationBodyFormsSchema.optional(),
    record: MetropoleSchema,
  }),
]);
/** The collectivity's side of a checked contract. */
export type ContractCollectivite = z.infer<typeof ContractCollectiviteSchema>;

/**
 * A checked contract: the parsed input, its profile, and everything resolved from reference data
 * and profile defaults (years, period, both parties, visas, payment, reporting, governance,
 * clawback). Computations (`contractTotals`, `financialTable`, `paymentSchedule`,
 * `contractObligations`) are functions of a `Contract`, not fields.
 * Get one from `validateContract()`, `parseContract()` or `contractBuilder().build()`.
 *
 * @example
 * const contract = parseContract(creuseInput);
 * contract.years //=> [2024, 2025, 2026, 2027]
 */
export const ContractSchema = z.object({
  input: ContractInputSchema,
  /** The profile's data (its own rule functions are not part of a checked contract). */
  profile: ProfileDataSchema,
  reference: Text,
  /** Title printed on the title page: the input's, else the profile's. */
  title: Text,
  options: z.record(z.string(), z.union([z.boolean(), z.number(), z.string()])),
  /** Civil years covered, in order. */
  years: z.array(z.number().int()),
  period: z.object({ start: IsoDateSchema, end: IsoDateSchema }),
  /** Where and when it is signed, and how: the input's `mode`, else the profile's. */
  signature: z.object({ place: Text, date: IsoDateSchema, mode: z.enum(["paper", "electronic"]) }),
  state: ContractStateSchema,
  collectivite: ContractCollectiviteSchema,
  /** In input order. */
  actions: z.array(ActionSchema),
  /** The profile's visas that apply to this contract (templates), then the input's. */
  visas: z.array(Text),
  preambule: z.object({ diagnostic: z.array(Text), priorities: z.array(Text) }),
  stateAnnualCeiling: CentsSchema.optional(),
  governance: z.object({
    committee: Text,
    members: z.array(Text),
    meetingsPerYear: z.number().int().min(0),
    meetingDates: z.array(z.string()),
  }),
  payment: z.object({ instalments: z.array(InstalmentSchema) }),
  reporting: z.object({ reportDue: z.string(), finalReportMonths: z.number().int().min(0) }),
  clawback: z.object({ unspent: z.enum(["recovered", "carried-over", "none"]) }),
  /** Replacement article texts by article id, as given. */
  articles: z.record(z.string(), z.string()),
});
/** A checked contract. See {@link ContractSchema}. */
export type Contract = z.infer<typeof ContractSchema>;
