import { fail, ok, PacteError, safeParseWith, type Issue, type Lang, type Result } from "@pacte/issues";
import { MODEL_ISSUES } from "@pacte/model";
import { CONTRACT_ISSUES } from "./messages";
import { articleOverrideIssues } from "./compose/article-overrides";
import type { Contract } from "./contract";
import { ContractInputSchema, type ParsedContractInput } from "./input";
import { contractPeriod, yearsBetween } from "./internal/period";
import type { Profile } from "./profile";
import { resolveParties, resolveProfile } from "./resolve";
import { CONTRACT_RULES } from "./rules/all";
import type { RuleContext } from "./rules/rule";

/**
 * Options of {@link validateContract}: a team's own `profiles` (looked at before the shipped
 * ones) and the `lang` of the messages (French by default).
 *
 * @example
 * const options: ValidateContractOptions = { profiles: [myProfile], lang: "en" };
 */
export interface ValidateContractOptions {
  readonly profiles?: readonly Profile[] | undefined;
  readonly lang?: Lang | undefined;
}

function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

/** Whether the user's own texts (articles, visas, préambule) hold a `{…}` for the composer to check. */
function hasPlaceholders(input: ParsedContractInput): boolean {
  const texts = [
    ...Object.values(input.articles ?? {}),
    ...(input.visas ?? []),
    ...(input.preambule?.diagnostic ?? []),
    ...(input.preambule?.priorities ?? []),
  ];
  return texts.some((t) => t.includes("{"));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function assemble(input: ParsedContractInput, profile: Profile, ctx: RuleContext, parties: Required<Pick<Contract, "state" | "collectivite">>): Contract {
  return {
    input,
    profile,
    reference: input.reference,
    title: input.title ?? profile.names.title,
    options: { ...(input.options ?? {}) },
    years: [...ctx.years],
    period: { start: ctx.period.start, end: ctx.period.end },
    signature: { place: input.signature.place, date: input.signature.date },
    state: parties.state,
    collectivite: parties.collectivite,
    actions: input.actions,
    visas: unique([...profile.visas, ...(input.visas ?? [])]),
    preambule: { diagnostic: input.preambule?.diagnostic ?? [], priorities: input.preambule?.priorities ?? [] },
    ...(input.stateAnnualCeiling !== undefined ? { stateAnnualCeiling: input.stateAnnualCeiling } : {}),
    governance: {
      committee: input.governance?.committee ?? profile.governance.committee,
      members: input.governance?.members ?? [],
      meetingsPerYear: input.governance?.meetingsPerYear ?? profile.governance.meetingsPerYear,
      meetingDates: input.governance?.meetingDates ?? [],
    },
    payment: { instalments: input.payment?.instalments ?? profile.payment.instalments },
    reporting: {
      reportDue: input.reporting?.reportDue ?? profile.reporting.reportDue,
      finalReportMonths: input.reporting?.finalReportMonths ?? profile.reporting.finalReportMonths,
    },
    clawback: { unspent: profile.clawback.unspent },
    articles: { ...(input.articles ?? {}) },
  };
}

/**
 * Checks a contract's input in stages and returns the checked {@link Contract} with its
 * warnings, or every issue found: (1) the schema — structural problems as `schema.*` and
 * `@pacte/model` codes (`money.*`, `siret.*`, `date.format`) at their paths, and nothing further
 * when it fails; (2) the profile (`contract.unknown_profile`); (3) the parties, resolved through
 * `@pacte/model` on the signature date; (4) the shipped rules (axes, parity or at-least,
 * ceiling, years, dates, articles…); (5) on the assembled contract, unknown `{slot}`s in the
 * user's own texts (`contract.article_unknown_slot`, from the composer) and the profile's own
 * rules.
 * Warnings never make the input invalid. Pure and never throws on user data.
 *
 * @example
 * validateContract(creuseInput()).success //=> true
 * validateContract({ ...creuseInput(), profile: "cls-2024" }).issues?.[0]?.code //=> "contract.unknown_profile"
 */
export function validateContract(input: unknown, options: ValidateContractOptions = {}): Result<Contract> {
  const lang = options.lang ?? "fr";
  const parsed = safeParseWith(ContractInputSchema, input, { lang, catalogs: [MODEL_ISSUES, CONTRACT_ISSUES] });
  if (!parsed.success) return parsed;
  const data = parsed.data;

  const { profile, issue } = resolveProfile(data.profile, { profiles: options.profiles, lang });
  if (profile === undefined) return fail(issue !== undefined ? [issue] : []);

  const period = contractPeriod(data, profile);
  const ctx: RuleContext = { input: data, profile, period, years: yearsBetween(period.start, period.end), lang };
  const parties = resolveParties(data, profile, { lang });
  const issues: Issue[] = [...parties.issues];
  for (const rule of CONTRACT_RULES) issues.push(...rule.check(ctx));
  if (hasErrors(issues) || parties.state === undefined || parties.collectivite === undefined) return fail(issues);

  const contract = assemble(data, profile, ctx, { state: parties.state, collectivite: parties.collectivite });
  if (hasPlaceholders(data)) issues.push(...articleOverrideIssues(contract, { lang }));
  for (const rule of profile.rules) issues.push(...rule(contract, { lang }));
  if (hasErrors(issues)) return fail(issues);
  return ok(contract, issues);
}

/**
 * Like {@link validateContract}, but returns the contract or throws.
 *
 * @throws {PacteError} carrying every error (warnings are dropped).
 * @example
 * parseContract(creuseInput()).collectivite.name //=> "Département de la Creuse"
 */
export function parseContract(input: unknown, options: ValidateContractOptions = {}): Contract {
  const r = validateContract(input, options);
  if (!r.success) throw new PacteError(r.issues, { lang: options.lang ?? "fr", warnings: r.warnings });
  return r.data;
}
