import { AxisNumberSchema, IsoDateSchema, MonthDaySchema, SiretSchema } from "@pacte/model";
import { z } from "zod";
import { Amount, boundedBody, boundedList, boundedRecord, boundedText, byYear, LongText, ShortText } from "./internal/bounded";
import { CONTRACT_LIMITS } from "./limits";

// Every text, list and record of the input is bounded (CONTRACT_LIMITS, with `limit.*` issues)
// and no text may hold an invisible format character (`text.invisible_character`).
const Text = ShortText;
const OptionValue = z.union([z.boolean(), z.number(), boundedText(CONTRACT_LIMITS.shortText)]);
const Key = z.string().max(100);

/**
 * How a person is addressed: `f` gives « la préfète », « la présidente »; `m` « le préfet »,
 * « le président ».
 *
 * @example
 * GenderSchema.parse("f") //=> "f"
 */
export const GenderSchema = z.enum(["f", "m"]);
/** `"f"` or `"m"`. */
export type Gender = z.infer<typeof GenderSchema>;

/**
 * A person who signs: name and gender (for the title's agreement), and an optional title that
 * replaces the one derived from the reference data.
 *
 * @example
 * PersonSchema.parse({ name: "Anne Martin", gender: "f" })
 */
export const PersonSchema = z.strictObject({
  name: Text,
  gender: GenderSchema,
  title: Text.optional(),
});
/** A signatory. */
export type Person = z.infer<typeof PersonSchema>;

/**
 * The State's side: the département whose préfet signs, the signatory, and optionally the
 * préfet de région who co-signs — when the préfet de région is the département's préfet
 * (Paris, Lyon, Bordeaux…), give the same person: he signs once, in both qualities. `region` is
 * the region's name or INSEE code (the département's region by default). `service` names the
 * State service that follows the contract; without it, the reference data's (by confidence), and
 * « les services de l'État » where no source settles it.
 *
 * @example
 * StateSideSchema.parse({ departement: "23", prefet: { name: "Anne Martin", gender: "f" } })
 */
export const StateSideSchema = z.strictObject({
  departement: Text,
  prefet: PersonSchema,
  prefetDeRegion: PersonSchema.extend({ region: Text.optional() }).optional(),
  /** Service that follows the contract, as it is named (« direction départementale de l'emploi, du travail et des solidarités du Rhône »). */
  service: Text.optional(),
});
/** The State's side. */
export type StateSide = z.infer<typeof StateSideSchema>;

/**
 * The deliberation that empowers the collectivity's executive to sign.
 *
 * @example
 * DeliberationSchema.parse({ number: "CP-2024-02-17", date: "2024-02-20" })
 */
export const DeliberationSchema = z.strictObject({
  number: Text,
  date: IsoDateSchema,
  /** The body that voted it: "commission permanente", "conseil départemental"… */
  body: Text.optional(),
});
/** A deliberation. */
export type Deliberation = z.infer<typeof DeliberationSchema>;

/**
 * The collectivity's side: `ref` is a reference code (`23D`, `6AE`, `69M`), a SIREN, or — for
 * a métropole — its SIREN or name; it is resolved through `@pacte/model` on the signature date.
 *
 * @example
 * CollectiviteSideSchema.parse({ ref: "23D", executive: { name: "Valérie Simonet", gender: "f" }, siret: "22230962700016", deliberation: { number: "2024-17", date: "2024-02-20" } })
 */
export const CollectiviteSideSchema = z.strictObject({
  ref: Text,
  executive: PersonSchema,
  siret: SiretSchema.optional(),
  deliberation: DeliberationSchema,
  /** Overrides the name from the reference data (rarely needed). */
  name: Text.optional(),
  address: Text.optional(),
});
/** The collectivity's side. */
export type CollectiviteSide = z.infer<typeof CollectiviteSideSchema>;

/**
 * Another partner's money in an action's yearly funding (CAF, ARS, a commune…).
 *
 * @example
 * OtherFundingSchema.parse({ name: "CAF de la Creuse", amount: 500000 })
 */
export const OtherFundingSchema = z.strictObject({ name: Text, amount: Amount });
/** Another partner's money. */
export type OtherFunding = z.infer<typeof OtherFundingSchema>;

/**
 * One year's funding of an action, in integer cents: the State's, the collectivity's, and other
 * partners' (named).
 *
 * @example
 * YearFundingSchema.parse({ state: 5000000, collectivite: 5000000 })
 */
export const YearFundingSchema = z.strictObject({
  state: Amount,
  collectivite: Amount,
  others: boundedList(OtherFundingSchema).optional(),
});
/** One year's funding of an action. */
export type YearFunding = z.infer<typeof YearFundingSchema>;

/**
 * An indicator of an action: label, unit, baseline and yearly targets (keyed by year).
 *
 * @example
 * IndicatorSchema.parse({ label: "Jeunes accompagnés", unit: "personnes", baseline: 40, targets: { "2024": 60 } })
 */
export const IndicatorSchema = z.strictObject({
  id: Text.optional(),
  label: Text,
  unit: Text,
  baseline: z.number().finite().optional(),
  baselineYear: z.number().int().optional(),
  targets: byYear(z.number().finite()).optional(),
  source: Text.optional(),
});
/** An indicator. */
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * How an action is reinforced: a larger active caseload, new publics, or new zones.
 *
 * @example
 * ReinforcementKindSchema.parse("publics") //=> "publics"
 */
export const ReinforcementKindSchema = z.enum(["caseload", "publics", "zones"]);
/** How an action is reinforced. */
export type ReinforcementKind = z.infer<typeof ReinforcementKindSchema>;

/**
 * A contracted action (*fiche action*): what it does, for whom, where, by whom, whether it is new
 * or reinforced (and how), its indicators, and its funding per year and per party. `axis` is the
 * Pacte des solidarités axis, required by the CLS profiles and refused by the CALPAE (older than
 * the Pacte), whose actions say their `part` (`socle` or `initiative`) and, for the socle, the
 * commitment they serve (`socle`: `sorties-ase`, `orientation-rsa`…). `personalData: true` says
 * the action handles beneficiaries' personal data (the contract then carries its data
 * protection article).
 *
 * @example
 * ActionSchema.parse({ id: "A1", axis: 1, title: "Accueil du jeune enfant", nature: "new", funding: { "2024": { state: 100, collectivite: 100 } } })
 */
export const ActionSchema = z.strictObject({
  id: z.string().max(100).regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, {
    message: "Identifiant d’action invalide : lettres, chiffres, « . », « _ » ou « - » attendus (par exemple A1.2).",
  }),
  axis: AxisNumberSchema.optional(),
  title: Text,
  description: LongText.optional(),
  objectives: boundedList(LongText).optional(),
  publics: boundedList(Text).optional(),
  carrier: Text.optional(),
  partners: boundedList(Text).optional(),
  territory: Text.optional(),
  nature: z.enum(["new", "reinforced"]),
  reinforcement: z.strictObject({ kind: ReinforcementKindSchema, detail: LongText.optional() }).optional(),
  referentiel: Text.optional(),
  part: z.enum(["socle", "initiative"]).optional(),
  socle: Text.optional(),
  personalData: z.boolean().optional(),
  indicators: boundedList(IndicatorSchema, CONTRACT_LIMITS.indicators, "limit.indicators").optional(),
  funding: byYear(YearFundingSchema),
});
/** A contracted action. */
export type Action = z.infer<typeof ActionSchema>;

/**
 * One instalment of the yearly payment: a share in percent and when it is due.
 * `start-of-year` (on signature for the first year), `after-report` (once the previous year's
 * report is approved), or a fixed month-day `MM-DD`.
 *
 * @example
 * InstalmentSchema.parse({ percent: 80, when: "start-of-year" })
 */
export const InstalmentSchema = z.strictObject({
  percent: z.number().positive().max(100),
  when: z.union([z.enum(["start-of-year", "on-signature", "after-report"]), MonthDaySchema]),
  label: Text.optional(),
});
/** An instalment of the yearly payment. */
export type Instalment = z.infer<typeof InstalmentSchema>;

/**
 * The input of a contract — what a team writes in JSON or YAML, or builds in code.
 *
 * @example
 * const input: ContractInput = { reference: "CLS-23-2024", profile: "cls-departement-2024", … };
 */
export const ContractInputSchema = z
  .strictObject({
    reference: boundedText(CONTRACT_LIMITS.reference),
    profile: Text,
    /** Profile options, e.g. `{ singleConvention: true }` lets a département contract hold axis 2. */
    options: boundedRecord(Key, OptionValue).optional(),
    title: Text.optional(),
    state: StateSideSchema,
    collectivite: CollectiviteSideSchema,
    /** Civil years covered; the profile's period by default. */
    period: z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }).optional(),
    /** Where and when it is signed; `mode` (`paper` or `electronic`) overrides the profile's. */
    signature: z.strictObject({ place: Text, date: IsoDateSchema, mode: z.enum(["paper", "electronic"]).optional() }),
    visas: boundedList(LongText).optional(),
    preambule: z
      .strictObject({
        diagnostic: boundedList(LongText).optional(),
        priorities: boundedList(LongText).optional(),
      })
      .optional(),
    /** Constant annual ceiling of the State's money, in cents. */
    stateAnnualCeiling: Amount.optional(),
    actions: boundedList(ActionSchema, CONTRACT_LIMITS.actions, "limit.actions"),
    governance: z
      .strictObject({
        committee: Text.optional(),
        members: boundedList(Text).optional(),
        meetingsPerYear: z.number().int().min(0).max(52).optional(),
        /** Days of the year (MM-DD) of the committee's meetings, when known. */
        meetingDates: boundedList(MonthDaySchema, 52).optional(),
      })
      .optional(),
    payment: z.strictObject({ instalments: boundedList(InstalmentSchema, 12).min(1) }).optional(),
    reporting: z
      .strictObject({
        /** Day of the year (MM-DD) of the next year by which the yearly report is due. */
        reportDue: MonthDaySchema.optional(),
        finalReportMonths: z.number().int().min(0).max(24).optional(),
      })
      .optional(),
    /** Replacement texts for articles, by article id (see the profile's clause library). */
    articles: boundedRecord(Key, boundedBody(CONTRACT_LIMITS.articleText)).optional(),
  });
/** The input of a contract, as written (before resolution and checks). */
export type ContractInput = z.input<typeof ContractInputSchema>;
/** The input of a contract after schema parsing (branded cents, trimmed strings). */
export type ParsedContractInput = z.output<typeof ContractInputSchema>;
