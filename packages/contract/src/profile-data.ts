import { AxisNumberSchema, IsoDateSchema, MonthDaySchema } from "@pacte/model";
import { z } from "zod";
import { ClauseLibrarySchema } from "./clauses/clause-library";
import { ContractNamesSchema } from "./clauses/contract-names";
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
 * What a kind of contract requires and says, as data: everything a profile holds but its own
 * rule functions (see `ProfileSchema`), and what a checked contract carries of its profile. A
 * profile carries its texts — `names` (the title and the forms a sentence needs), `preambule`,
 * `visas`, `clauses` (the articles) — its `referencePrefix` and its `init` template, so a new
 * family of contracts is one folder of data, with no closed list to extend. Fields the public
 * sources do not settle — `payment`, `reporting`, `clawback`, `governance` — have documented
 * defaults that every profile may change:
 *
 * - `counterparty`: `"departemental"` (a collectivity with departmental powers, resolved with
 *   `resolveCollectivite`) or `"metropole"` (one of the 22, resolved with `getMetropole`).
 * - `axes`: `allowed` axes, `required` axes with at least `minActionsPerRequiredAxis` actions
 *   each, and `optionalWithOption` (an axis allowed only when an input option is `true`).
 * - `period`: the default period; `maxEnd`, the latest end an extension may reach;
 *   `retroactiveStart`, whether a signature after the start is normal.
 * - `financing.rule`: `"parity"` (State = collectivity), `"at-least"` (collectivity ≥ State) or
 *   `"none"`; `perAction`: per action and year (`true`) or for the whole contract per year.
 * - `parts`: when set, each action must say its `part` (`socle` / `initiative`, CALPAE).
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
  counterparty: z.enum(["departemental", "metropole"]),
  axes: z.object({
    allowed: z.array(AxisNumberSchema).min(1),
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
  }),
  parts: z.object({ required: z.boolean() }).optional(),
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
  /** The préambule's template (slots, block slots and references as in the clauses). */
  preambule: z.string().trim().min(1),
  /** The visas' templates, in order, without their final punctuation. */
  visas: z.array(Text).default([]),
  /** The articles, in the order they are numbered. */
  clauses: ClauseLibrarySchema.min(1),
  annexes: z.array(AnnexKindSchema).default(["fiches-actions", "tableau-financier", "indicateurs"]),
  /** What a new contract of the profile starts from (`pacte init`). */
  init: InitTemplateSchema,
});
/** A profile's data, defaults applied: everything but its own rules. */
export type ProfileData = z.output<typeof ProfileDataSchema>;
