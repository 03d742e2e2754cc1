import { AxisNumberSchema, IsoDateSchema, PacteError, safeParseWith, type Issue, type Lang } from "@pacte/model";
import { z } from "zod";
import type { Contract } from "./contract";
import { InstalmentSchema } from "./input";

const Text = z.string().trim().min(1);
const MONTH_DAY = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
  message: "Jour de l’année au format MM-JJ attendu (par exemple 03-31).",
});

/**
 * The stable ids of a contract's articles, in the order of the plausible layout of a CLS: the
 * keys of `input.articles` overrides and of a profile's clause library.
 *
 * @example
 * ARTICLE_IDS[0] //=> "objet"
 * ARTICLE_IDS.length //=> 12
 */
export const ARTICLE_IDS = [
  "objet",
  "engagements-collectivite",
  "engagements-etat",
  "actions",
  "financement",
  "versements",
  "suivi",
  "gouvernance",
  "duree",
  "modification",
  "resiliation",
  "litiges",
] as const;

/**
 * One of {@link ARTICLE_IDS}.
 *
 * @example
 * ArticleIdSchema.parse("financement") //=> "financement"
 */
export const ArticleIdSchema = z.enum(ARTICLE_IDS);
/** A stable article id. */
export type ArticleId = z.infer<typeof ArticleIdSchema>;

/**
 * One article template of a clause library: its id, its heading, and its text with `{slot}`
 * placeholders (paragraphs separated by blank lines). Custom profiles may add ids of their own.
 *
 * @example
 * ClauseTemplateSchema.parse({ id: "objet", title: "Objet", text: "Le présent contrat…" }).id //=> "objet"
 */
export const ClauseTemplateSchema = z.object({
  id: Text,
  title: Text,
  text: z.string(),
});
/** An article template. */
export type ClauseTemplate = z.infer<typeof ClauseTemplateSchema>;

/**
 * A profile's article templates, in the order the articles are numbered.
 *
 * @example
 * ClauseLibrarySchema.parse([]) //=> []
 */
export const ClauseLibrarySchema = z.array(ClauseTemplateSchema);
/** A clause library. */
export type ClauseLibrary = z.infer<typeof ClauseLibrarySchema>;

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
 * A rule of a profile's own, run after the shipped rules on the checked contract: it returns
 * issues (errors or warnings), never throws on user data.
 *
 * @example
 * const rule: ProfileRule = (contract) => contract.actions.length > 20 ? [myIssue] : [];
 */
export type ProfileRule = (contract: Contract, options: { readonly lang: Lang }) => readonly Issue[];

/**
 * Checks that a value is a {@link ProfileRule} (a function).
 *
 * @example
 * ProfileRuleSchema.safeParse(() => []).success //=> true
 */
export const ProfileRuleSchema = z.custom<ProfileRule>((v) => typeof v === "function", {
  message: "Une règle de profil est une fonction (contract, { lang }) => Issue[].",
});

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
 * What a kind of contract requires, as data (plus optional rule functions). Fields the public
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
 *
 * @example
 * ProfileSchema.parse(CLS_DEPARTEMENT_2024).axes.allowed //=> [1, 3, 4]
 */
export const ProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: "Identifiant de profil en kebab-case attendu." }),
  label: Text,
  /** Contract title printed on the title page, e.g. « Contrat local des solidarités ». */
  title: Text,
  /** Which clause family the texts belong to. */
  generation: z.enum(["cls-2024", "calpae-2019"]),
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
    .object({ reportDue: MONTH_DAY.default("06-30"), finalReportMonths: z.number().int().min(0).max(24).default(6) })
    .default({ reportDue: "06-30", finalReportMonths: 6 }),
  clawback: z
    .object({ unspent: z.enum(["recovered", "carried-over", "none"]).default("recovered") })
    .default({ unspent: "recovered" }),
  governance: z
    .object({ committee: Text.default("comité de pilotage"), meetingsPerYear: z.number().int().min(0).max(52).default(1) })
    .default({ committee: "comité de pilotage", meetingsPerYear: 1 }),
  visas: z.array(Text).default([]),
  clauses: ClauseLibrarySchema.default([]),
  annexes: z.array(AnnexKindSchema).default(["fiches-actions", "tableau-financier", "indicateurs"]),
  rules: z.array(ProfileRuleSchema).default([]),
});
/** A profile, defaults applied. */
export type Profile = z.output<typeof ProfileSchema>;
/** What {@link defineProfile} accepts: a profile whose defaulted fields may be left out. */
export type ProfileInput = z.input<typeof ProfileSchema>;

/**
 * Checks a profile written by a team and fills in the documented defaults; a team passes the
 * result to `validateContract(input, { profiles: [profile] })` — no fork needed. Start from a
 * shipped profile with a spread to change one parameter.
 *
 * @throws {PacteError} when the profile itself is malformed (a programming error).
 * @example
 * const mine = defineProfile({ ...CLS_DEPARTEMENT_2024, id: "cls-23-local", reporting: { reportDue: "04-30" } });
 * mine.reporting //=> { reportDue: "04-30", finalReportMonths: 6 }
 */
export function defineProfile(input: ProfileInput): Profile {
  const r = safeParseWith(ProfileSchema, input);
  if (!r.success) throw new PacteError(r.issues);
  const p = r.data;
  const extra: Issue[] = [];
  if (p.period.start > p.period.end) {
    extra.push({
      code: "period.order",
      path: ["period"],
      message: `Profil « ${p.id} » : le début de la période (${p.period.start}) est après la fin (${p.period.end}).`,
      severity: "error",
      params: { start: p.period.start, end: p.period.end },
    });
  }
  const sum = p.payment.instalments.reduce((s, i) => s + i.percent, 0);
  if (Math.abs(sum - 100) > 1e-9) {
    extra.push({
      code: "contract.payment_percent_sum",
      path: ["payment", "instalments"],
      message: `Profil « ${p.id} » : les versements doivent totaliser 100 %, ${sum} % reçu.`,
      severity: "error",
      params: { received: sum },
    });
  }
  if (extra.length > 0) throw new PacteError(extra);
  return p;
}
