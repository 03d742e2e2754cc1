import { unsupportedCharacterIssues } from "@pacte/document";
import { fail, formatPath, ok, PacteError, type Issue, type IssuePath, type Lang, type Result } from "@pacte/issues";
import { articleOverrideIssues } from "./compose/article-overrides";
import type { Contract } from "./contract";
import { ContractInputSchema, type ParsedContractInput } from "./input";
import { contractInputInCents } from "./input-in-cents";
import { INPUT_ISSUES, inEurosIssue } from "./input-issues";
import { parseInputParts } from "./internal/input-parts";
import { placeholderIssues } from "./internal/placeholders";
import { applicableVisaTexts } from "./clauses/applicable-visas";
import { contractPeriod, yearsBetween } from "./internal/period";
import { sanitizeInput } from "./internal/sanitize-input";
import { dropUnknownKeys } from "./internal/unknown-keys";
import { CONTRACT_LIMITS } from "./limits";
import type { Profile } from "./profile";
import { resolveAvailableParties, resolveProfile } from "./resolve";
import { CONTRACT_RULES } from "./rules/all";
import type { RuleContext } from "./rules/rule";

const PART_COUNT = Object.keys(ContractInputSchema.shape).length;

/**
 * What an input is checked for: `"draft"` (the default) accepts a template's waiting texts
 * (« Prénom Nom », « à compléter ») — a *projet* still circulates with them; `"final"`, the
 * version to sign, refuses each of them with a `contract.placeholder` error at its path.
 *
 * @example
 * const purpose: ValidationPurpose = "final";
 */
export type ValidationPurpose = "draft" | "final";

/**
 * Options of {@link validateContract}: a team's own `profiles` (looked at before the shipped
 * ones), the `lang` of the messages (French by default), the `purpose` of the check
 * ({@link ValidationPurpose}, `"draft"` by default), and — for an input read from a text —
 * `numberText`, the digits each number was written with (`checkContractText` passes it), so that
 * a format-2 amount written as a number is read from them exactly.
 *
 * @example
 * const options: ValidateContractOptions = { profiles: [myProfile], lang: "en", purpose: "final" };
 */
export interface ValidateContractOptions {
  readonly profiles?: readonly Profile[] | undefined;
  readonly lang?: Lang | undefined;
  readonly purpose?: ValidationPurpose | undefined;
  readonly numberText?: ((path: IssuePath) => string | undefined) | undefined;
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
    signature: { place: input.signature.place, date: input.signature.date, mode: input.signature.mode ?? profile.signature.mode },
    state: parties.state,
    collectivite: parties.collectivite,
    actions: input.actions,
    visas: unique([...applicableVisaTexts({ profile, collectivite: parties.collectivite }), ...(input.visas ?? [])]),
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

/** What was received instead of an object: `empty`, `array`, or the type's name. */
const kindOf = (value: unknown): string => {
  if (value === undefined || value === null || value === "") return "empty";
  return Array.isArray(value) ? "array" : typeof value;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks a contract's input and returns the checked {@link Contract} with its warnings, or every
 * problem found — all at once wherever the input allows it, so that a file is fixed in one round:
 *
 * 1. the input as written: a plain object (`input.not_object`), copied into fresh objects without
 *    `__proto__`, `constructor` or `prototype` keys (`input.forbidden_key`) nor nesting deeper
 *    than 64 levels (`input.too_deep`); its amounts read into cents by `contractInputInCents`
 *    when it says `format: 2` (amounts in euros: `money.*` issues at the amounts' paths; an
 *    unknown format stops the check with `input.format`); unknown keys are named with the keys
 *    allowed there and a suggestion (`input.unknown_key`), then set aside;
 * 2. each top-level part on its own (`state`, `collectivite`, `signature`, `actions`, `period`…):
 *    structural problems as `schema.*` (a missing key is said plainly) and `@pacte/model` codes
 *    (`money.*`, `siret.*`, `date.*`), the limits of `CONTRACT_LIMITS` (`limit.*`), invisible
 *    characters (`text.invisible_character`) and characters no renderer draws (an emoji, an
 *    Arabic name: `document.unsupported_character`), at their paths;
 * 3. the profile (`contract.unknown_profile`), then the parties, resolved through `@pacte/model`
 *    on the signature date, as far as their parts are valid;
 * 4. every shipped rule whose parts are valid (axes, parity or at-least, ceiling, years, dates,
 *    sums of amounts…): a broken SIRET, a broken parity and an unknown key come out together;
 * 5. once everything above holds, on the assembled contract: unknown `{slot}`s in the user's own
 *    texts (`contract.article_unknown_slot`) and the profile's own rules.
 *
 * Warnings never make the input invalid. Pure: the input is never changed, and nothing is thrown
 * on user data.
 *
 * @example
 * validateContract(creuseInput()).success //=> true
 * validateContract(contractInputInEuros(creuseInput())).data?.input //=> deep-equal to parseContract(creuseInput()).input
 * validateContract({ ...creuseInput(), profile: "cls-2024" }).issues?.[0]?.code //=> "contract.unknown_profile"
 * validateContract(initContractInput(CLS_DEPARTEMENT_2024, creuse), { purpose: "final" }).issues?.map((i) => i.code) //=> ["contract.placeholder", …]
 */
export function validateContract(input: unknown, options: ValidateContractOptions = {}): Result<Contract> {
  const lang = options.lang ?? "fr";
  if (!isPlainObject(input)) return fail([INPUT_ISSUES.issue("input.not_object", [], { received: kindOf(input) }, { lang })]);
  const clean = sanitizeInput(input, { lang });
  const inCents = contractInputInCents(clean.value, { lang, numberText: options.numberText });
  if (inCents.format === undefined) return fail([...clean.issues, ...inCents.issues]);
  const checked = checkInCents(inCents.value as Record<string, unknown>, clean.issues, inCents.issues, options, lang);
  return inCents.format === 2 ? inEuros(checked, lang) : checked;
}

/** `limit.amount` and `limit.amount_total` of an input whose amounts were written in euros say nothing of cents. */
function inEuros(result: Result<Contract>, lang: Lang): Result<Contract> {
  const say = (issues: readonly Issue[]): Issue[] => issues.map((i) => inEurosIssue(i, lang));
  return result.success ? ok(result.data, say(result.warnings)) : { success: false, issues: say(result.issues), warnings: say(result.warnings) };
}

/**
 * The check of a sanitized input in cents, with the issues of its copy (`sanitized`) and of its
 * amounts (`amounts`, whose paths the schema does not report again).
 */
function checkInCents(value: Record<string, unknown>, sanitized: readonly Issue[], amounts: readonly Issue[], options: ValidateContractOptions, lang: Lang): Result<Contract> {
  const issues: Issue[] = [...sanitized, ...amounts];
  if (options.purpose === "final") issues.push(...placeholderIssues(value, { lang }));
  issues.push(...unsupportedCharacterIssues(value, [], { lang }));
  issues.push(...dropUnknownKeys(ContractInputSchema, value, lang));
  const parts = parseInputParts(value, lang);
  const reported = new Set(amounts.map((i) => formatPath(i.path)));
  issues.push(...parts.issues.filter((i) => !reported.has(formatPath(i.path))));
  const data = parts.data;
  const valid = new Set(parts.valid);

  if (data.profile === undefined) return fail(issues);
  const { profile, issue } = resolveProfile(data.profile, { profiles: options.profiles, lang });
  if (profile === undefined) return fail([...issues, ...(issue !== undefined ? [issue] : [])]);

  const period = contractPeriod(data, profile);
  const years = yearsBetween(period.start, period.end);
  if (years.length > CONTRACT_LIMITS.years) {
    issues.push(INPUT_ISSUES.issue("limit.years", ["period"], { count: years.length, max: CONTRACT_LIMITS.years, kind: "period" }, { lang }));
    valid.delete("period");
  }
  const parties = resolveAvailableParties(
    {
      ...(valid.has("state") && data.state !== undefined ? { state: data.state } : {}),
      ...(valid.has("collectivite") && data.collectivite !== undefined ? { collectivite: data.collectivite } : {}),
      ...(valid.has("signature") && data.signature !== undefined ? { signature: data.signature } : {}),
    },
    profile,
    lang,
  );
  issues.push(...parties.issues);
  // A rule reads only the parts it needs (its type says so), and runs only when they are valid.
  const ctx: RuleContext = { input: data as ParsedContractInput, profile, period, years, lang };
  for (const rule of CONTRACT_RULES) if (rule.needs.every((part) => valid.has(part))) issues.push(...rule.check(ctx));
  if (hasErrors(issues) || valid.size < PART_COUNT || parties.state === undefined || parties.collectivite === undefined) return fail(issues);

  const full = data as ParsedContractInput;
  const contract = assemble(full, profile, ctx, { state: parties.state, collectivite: parties.collectivite });
  if (hasPlaceholders(full)) issues.push(...articleOverrideIssues(contract, { lang }));
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
