import { AxisNumberSchema, IsoDateSchema, MonthDaySchema, ProvenanceSchema, SourceRefSchema } from "@pacte/model";
import { z } from "zod";
import { ClauseLibrarySchema } from "./clauses/clause-library";
import { ContractNamesSchema } from "./clauses/contract-names";
import { ProfilePhrasesSchema } from "./clauses/phrases";
import { VisaSchema } from "./clauses/visa";
import { InitTemplateSchema } from "./init/init-template";
import { InstalmentSchema } from "./input";

const Text = z.string().trim().min(1);

/**
 * The annexes a profile's contract carries.
 *
 * @example
 * AnnexKindSchema.parse("tableau-financier") //=> "tableau-financier"
 */
export const AnnexKindSchema = z.enum(["fiches-actions", "tableau-financier", "indicateurs"]);
/** An annex kind. */
export type AnnexKind = z.infer<typeof AnnexKindSchema>;

/**
 * An option a profile understands in `input.options` (e.g. `singleConvention`). Unknown
 * options give a warning.
 *
 * @example
 * ProfileOptionSchema.parse({ id: "singleConvention", type: "boolean", label: "Convention unique" }).id //=> "singleConvention"
 */
export const ProfileOptionSchema = z.object({
  id: Text,
  type: z.enum(["boolean", "number", "string"]),
  label: Text,
});
/** A profile option. */
export type ProfileOption = z.infer<typeof ProfileOptionSchema>;

/**
 * A national indicator of a CALPAE socle commitment: its label and unit as the contract prints
 * them, and how sure the wording is (`provenance`, `sources`).
 *
 * @example
 * NationalIndicatorSchema.parse({ label: "Part des nouveaux entrants orientés en moins d'un mois", unit: "%", provenance: "press", sources: [] }).unit //=> "%"
 */
export const NationalIndicatorSchema = z.object({
  label: Text,
  unit: Text,
  provenance: ProvenanceSchema,
  sources: z.array(SourceRefSchema).default([]),
});
/** See {@link NationalIndicatorSchema}. */
export type NationalIndicator = z.infer<typeof NationalIndicatorSchema>;

/**
 * One commitment of a socle common to every signatory (the CALPAE's): a stable `id` an action
 * names in `socle`, its `label`, its objective as the contract states it, the first year it
 * applies (`fromYear`: the training of social workers joined the socle in 2020), and its
 * national indicators.
 *
 * @example
 * SocleCommitmentSchema.parse({ id: "sorties-ase", label: "Prévention des sorties sèches de l'aide sociale à l'enfance", objective: "…", indicators: [] }).id //=> "sorties-ase"
 */
export const SocleCommitmentSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: "Identifiant d'engagement en kebab-case attendu." }),
  label: Text,
  objective: Text,
  fromYear: z.number().int().optional(),
  indicators: z.array(NationalIndicatorSchema).default([]),
});
/** See {@link SocleCommitmentSchema}. */
export type SocleCommitment = z.infer<typeof SocleCommitmentSchema>;

/**
 * What a kind of contract requires and says, as data: everything a profile holds but its own
 * rule functions (see `ProfileSchema`), and what a checked contract carries of its profile. A
 * profile carries its texts — `names` (the title and the forms a sentence needs), `preambule`,
 * `visas`, `clauses` (the articles) — its `referencePrefix` and its `init` template, so a new
 * family of contracts is one folder of data, with no closed list to extend. Fields the public
 * sources do not settle — `payment`, `reporting`, `clawback`, `governance` — have documented
 * defaults that every profile may change:
 *
 * - `keywords`: the document's keywords (its metadata), before the contract's own.
 * - `counterparty`: `"departemental"` (a collectivity with departmental powers, resolved with
 *   `resolveCollectivite`) or `"metropole"` (one of the 22, resolved with `getMetropole`).
 * - `axes`: `allowed` axes of the Pacte des solidarités, `required` axes with at least
 *   `minActionsPerRequiredAxis` actions each, and `optionalWithOption` (an axis allowed only
 *   when an input option is `true`). An empty `allowed` list is a profile without Pacte axes
 *   (the CALPAE, older than the Pacte): its actions have no `axis`.
 * - `period`: the default period; `maxEnd`, the latest end an extension may reach;
 *   `retroactiveStart`, whether a signature after the start is normal — then the contract says
 *   that actions begun since the start are eligible (`phrases.retroactivity`).
 * - `financing.rule`: `"parity"` (State = collectivity), `"at-least"` (collectivity ≥ State) or
 *   `"none"`; `perAction`: per action and year (`true`) or for the whole contract per year;
 *   `laterYearsByAmendment`: the contract funds its first year(s) and says that later years are
 *   set by avenant (CALPAE; default `false`); `executionShortfall`: what the contract says
 *   happens when the collectivity spends less than the rule requires —
 *   `"proportional-reduction"` of the State's share (default [U]) or `"none"`.
 * - `parts`: when set, each action must say its `part` (`socle` / `initiative`, CALPAE), with the
 *   `labels` the contract prints and the `socle` commitments a socle action names.
 * - `termination`: notice periods in months, written in words — after a formal notice for a
 *   breach (default 2) and for a *motif d'intérêt général* (default 3 [U]).
 * - `signature`: `mode` `"paper"` (« Fait à …, le …, en deux exemplaires originaux ») or
 *   `"electronic"` (default `"paper"`; the input's `signature.mode` wins), and the number of
 *   `originals` (default 2).
 * - `phrases`: the sentences added when a contract needs them (see `ProfilePhrasesSchema`).
 * - `payment.instalments`: default 80 % at the start of the year, 20 % after the report [U].
 * - `reporting.reportDue`: `MM-DD` of the next year (default `06-30` [U]; CALPAE `03-31`);
 *   `finalReportMonths`: months after the end for the final report (default 6 [U]).
 * - `clawback.unspent`: `"recovered"` by default [U].
 * - `governance`: committee name and meetings a year (default « comité de pilotage », 1 [U]).
 * - `february29`: what a day of the year `02-29` (a deadline, an instalment, a meeting) means in
 *   a year that has none — `"february-28"` or `"march-1"`; `"refused"` by default, so `02-29`
 *   gives the issue `contract.february_29` wherever it is written.
 *
 * @example
 * ProfileDataSchema.parse(CLS_DEPARTEMENT_2024).axes.allowed //=> [1, 3, 4]
 */
export const ProfileDataSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: "Identifiant de profil en kebab-case attendu." }),
  label: Text,
  /** The contract's title (on the title page) and the forms a sentence needs. */
  names: ContractNamesSchema,
  /** What opens the reference numbers of its contracts (`CLS` in `CLS-23D-2024-001`). */
  referencePrefix: z.string().regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/, { message: "Préfixe en majuscules attendu (par exemple CLS)." }),
  keywords: z.array(Text).default([]),
  counterparty: z.enum(["departemental", "metropole"]),
  axes: z.object({
    allowed: z.array(AxisNumberSchema),
    required: z.array(AxisNumberSchema).default([]),
    minActionsPerRequiredAxis: z.number().int().min(0).default(1),
    optionalWithOption: z.array(z.object({ axis: AxisNumberSchema, option: Text })).default([]),
  }),
  period: z.object({
    start: IsoDateSchema,
    end: IsoDateSchema,
    maxEnd: IsoDateSchema.optional(),
    retroactiveStart: z.boolean().default(false),
  }),
  financing: z.object({
    rule: z.enum(["parity", "at-least", "none"]),
    perAction: z.boolean(),
    laterYearsByAmendment: z.boolean().default(false),
    executionShortfall: z.enum(["proportional-reduction", "none"]).default("proportional-reduction"),
  }),
  parts: z
    .object({
      required: z.boolean(),
      labels: z
        .object({ socle: Text.default("Socle d'engagements communs"), initiative: Text.default("Initiatives locales") })
        .prefault({}),
      socle: z.array(SocleCommitmentSchema).default([]),
    })
    .optional(),
  options: z.array(ProfileOptionSchema).default([]),
  payment: z
    .object({ instalments: z.array(InstalmentSchema).min(1) })
    .default({ instalments: [{ percent: 80, when: "start-of-year" }, { percent: 20, when: "after-report" }] }),
  reporting: z
    .object({ reportDue: MonthDaySchema.default("06-30"), finalReportMonths: z.number().int().min(0).max(24).default(6) })
    .default({ reportDue: "06-30", finalReportMonths: 6 }),
  clawback: z
    .object({ unspent: z.enum(["recovered", "carried-over", "none"]).default("recovered") })
    .default({ unspent: "recovered" }),
  governance: z
    .object({ committee: Text.default("comité de pilotage"), meetingsPerYear: z.number().int().min(0).max(52).default(1) })
    .default({ committee: "comité de pilotage", meetingsPerYear: 1 }),
  february29: z.enum(["refused", "february-28", "march-1"]).default("refused"),
  termination: z
    .object({
      breachNoticeMonths: z.number().int().min(0).max(24).default(2),
      generalInterestNoticeMonths: z.number().int().min(0).max(24).default(3),
    })
    .prefault({}),
  signature: z
    .object({ mode: z.enum(["paper", "electronic"]).default("paper"), originals: z.number().int().min(1).max(10).default(2) })
    .prefault({}),
  phrases: ProfilePhrasesSchema.prefault({}),
  /** The préambule's template (slots, block slots and references as in the clauses). */
  preambule: z.string().trim().min(1),
  /** The visas, in order, without their final punctuation: templates with their provenance and the contracts they apply to. */
  visas: z.array(VisaSchema).default([]),
  /** The articles, in the order they are numbered. */
  clauses: ClauseLibrarySchema.min(1),
  annexes: z.array(AnnexKindSchema).default(["fiches-actions", "tableau-financier", "indicateurs"]),
  /** What a new contract of the profile starts from (`pacte init`). */
  init: InitTemplateSchema,
});
/** A profile's data, defaults applied: everything but its own rules. */
export type ProfileData = z.output<typeof ProfileDataSchema>;
