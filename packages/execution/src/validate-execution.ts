import { unsupportedCharacterIssues } from "@pacte/document";
import { CONTRACT_LIMITS, INPUT_ISSUES, type Action, type Contract } from "@pacte/contract";
import { closestMatch, fail, formatPath, PacteError, resultOf, safeParseWith, type Issue, type IssuePath, type Lang, type Result } from "@pacte/issues";
import { isoDateToDate, MODEL_ISSUES } from "@pacte/model";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { z } from "zod";
import { ActionExecutionSchema, ExecutionInputSchema, type ActionExecution } from "./execution-input";
import type { CheckedActionExecution, CheckedIndicatorValue, Execution } from "./execution";
import { committedFunding, fundedIn, yearTerms, type YearTerms } from "./internal/contract-terms";
import { indicatorKeys, matchIndicator } from "./internal/indicator-keys";
import { EXECUTION_ISSUES } from "./messages";
import { ExecutionParametersSchema, type ExecutionParameters, type ExecutionParametersInput } from "./parameters";

/**
 * Options of {@link validateExecution} and of the functions that compute from a report: the
 * language of the messages (French by default) and the {@link ExecutionParametersSchema}
 * parameters (defaults documented there).
 *
 * @example
 * const options: ExecutionOptions = { lang: "en", parameters: { parityAtExecution: "warning" } };
 */
export interface ExecutionOptions {
  readonly lang?: Lang | undefined;
  readonly parameters?: ExecutionParametersInput | undefined;
}

const CATALOGS = [MODEL_ISSUES, INPUT_ISSUES, EXECUTION_ISSUES];

/** The report's own fields, its actions left for one by one. */
const HeaderSchema = ExecutionInputSchema.extend({ actions: z.array(z.unknown()).max(CONTRACT_LIMITS.actions) });

/** Issues of a part, moved under `prefix`. */
function under(prefix: IssuePath, issues: readonly Issue[]): Issue[] {
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}

/**
 * The parameters with their defaults applied, checked with the package's issue catalogs.
 *
 * @throws {PacteError} for a parameter that is not one of the documented values (its issues under `parameters.…`).
 * @example
 * resolveParameters({ unspent: "carried-over" }).abandonedUnspent //=> "recovered"
 * resolveParameters({ stateShareCap: "half" }) // throws PacteError (schema.invalid_value at parameters.stateShareCap)
 */
export function resolveParameters(parameters: ExecutionParametersInput | undefined, lang: Lang = "fr"): ExecutionParameters {
  const r = safeParseWith(ExecutionParametersSchema, parameters ?? {}, { lang, catalogs: CATALOGS });
  if (!r.success) throw new PacteError(under(["parameters"], r.issues), { lang });
  return r.data;
}

interface Checker {
  readonly lang: Lang;
  readonly issues: Issue[];
  readonly add: (code: Parameters<typeof EXECUTION_ISSUES.issue>[0], path: IssuePath, params: Record<string, unknown>, severity?: "error" | "warning") => void;
}

function checker(lang: Lang): Checker {
  const issues: Issue[] = [];
  return {
    lang,
    issues,
    add: (code, path, params, severity) => issues.push(EXECUTION_ISSUES.issue(code, path, params, severity === undefined ? { lang } : { lang, severity })),
  };
}

/** The report's date against the year it relates and the contract's deadline. */
function checkDate(c: Checker, date: string, terms: YearTerms): void {
  if (date <= `${terms.year}-12-31`) {
    c.add("execution.date_before_year_end", ["date"], { received: date, year: terms.year });
    return;
  }
  if (date > terms.reportDue) {
    const days = differenceInCalendarDays(isoDateToDate(date), isoDateToDate(terms.reportDue));
    c.add("execution.late", ["date"], { received: date, due: terms.reportDue, days });
  }
}

/** Indicators of one action: known to the contract, each once, and a value for every target of the year. */
function checkIndicators(c: Checker, at: IssuePath, action: Action, reported: ActionExecution, year: number | undefined): CheckedIndicatorValue[] {
  const keys = indicatorKeys(action);
  const seen = new Map<number, number>();
  const out: CheckedIndicatorValue[] = [];
  (reported.indicators ?? []).forEach((v, k) => {
    const path = [...at, "indicators", k, "indicator"];
    const index = matchIndicator(action, v.indicator);
    if (index === undefined) {
      const suggestion = closestMatch(v.indicator, keys);
      c.add("execution.unknown_indicator", path, { action: action.id, received: v.indicator, known: keys, ...(suggestion === undefined ? {} : { suggestion }) });
      return;
    }
    const first = seen.get(index);
    if (first !== undefined) {
      c.add("execution.duplicate_indicator", path, { action: action.id, received: v.indicator, firstPath: formatPath([...at, "indicators", first], c.lang) });
      return;
    }
    seen.set(index, k);
    out.push({ indicator: v.indicator, index, value: v.value, ...(v.comment === undefined ? {} : { comment: v.comment }) });
  });
  if (year !== undefined && reported.status !== "abandoned") {
    (action.indicators ?? []).forEach((indicator, index) => {
      const target = indicator.targets?.[String(year)];
      if (target !== undefined && !seen.has(index)) {
        c.add("execution.missing_indicator", [...at, "indicators"], { action: action.id, indicator: keys[index], target, year });
      }
    });
  }
  return out;
}

/** Spending against what the contract commits for the year: the State's money (error), the others (warnings), and parity per action. */
function checkSpending(c: Checker, at: IssuePath, action: Action, reported: ActionExecution, terms: YearTerms, parameters: ExecutionParameters): void {
  const committed = committedFunding(action, terms.year);
  const year = terms.year;
  const spent = reported.spent;
  const stateCommitted = committed?.state ?? 0;
  if (spent.state > stateCommitted) {
    c.add("execution.overspend", [...at, "spent", "state"], { action: action.id, year, party: "state", spent: spent.state, committed: stateCommitted, excess: spent.state - stateCommitted });
  }
  const collectiviteCommitted = committed?.collectivite ?? 0;
  if (spent.collectivite > collectiviteCommitted) {
    c.add("execution.overspend_partner", [...at, "spent", "collectivite"], {
      action: action.id,
      year,
      party: "collectivite",
      spent: spent.collectivite,
      committed: collectiviteCommitted,
      excess: spent.collectivite - collectiviteCommitted,
    });
  }
  const names = (committed?.others ?? []).map((o) => o.name);
  (spent.others ?? []).forEach((o, k) => {
    const path = [...at, "spent", "others", k];
    const known = committed?.others?.find((x) => x.name === o.name);
    if (known === undefined) {
      const suggestion = closestMatch(o.name, names);
      c.add("execution.unknown_funder", [...path, "name"], { action: action.id, year, received: o.name, known: names, ...(suggestion === undefined ? {} : { suggestion }) });
      return;
    }
    if (o.amount > known.amount) {
      c.add("execution.overspend_partner", [...path, "amount"], { action: action.id, year, party: "other", funder: o.name, spent: o.amount, committed: known.amount, excess: o.amount - known.amount });
    }
  });
  if (terms.financing.rule !== "none" && terms.financing.perAction && spent.state > spent.collectivite) {
    c.add(
      "execution.parity",
      [...at, "spent"],
      { action: action.id, year, rule: terms.financing.rule, state: spent.state, collectivite: spent.collectivite, gap: spent.state - spent.collectivite },
      parameters.parityAtExecution,
    );
  }
}

/**
 * Checks one year's execution report against its signed contract and returns the checked
 * {@link Execution}, or every problem at once — each with a stable code (`EXECUTION_ISSUES`,
 * `money.*`, `schema.*`…), a path such as `actions[3].spent.state` and a French message (English
 * with `lang: "en"`) saying what the contract expects and what the report gives:
 *
 * - the input's shape, part by part (the report's fields, then each action on its own), so that
 *   a malformed amount does not hide an unknown action: amounts are euros as written, read
 *   exactly (`money.too_many_decimals`, `money.negative`, `money.format`, `money.ambiguous`
 *   quote what was written);
 * - the contract (`execution.contract_mismatch`) and the year (`execution.year_outside`);
 * - the date: before the year's end (`execution.date_before_year_end`), after the contract's
 *   report deadline (`execution.late`, a warning);
 * - the actions: unknown (with the nearest id), in double, missing (every action the contract
 *   funds that year), abandoned without a reason;
 * - the indicators: not the action's in the contract (`execution.unknown_indicator`), in
 *   double, without a value where the year has a target (a warning);
 * - the money: the State's money spent above its commitment (`execution.overspend`), the
 *   collectivity's or another funder's above theirs (`execution.overspend_partner`, a warning),
 *   a funder the contract does not name (`execution.unknown_funder`, a warning), and parity at
 *   execution when the profile requires it — the State's money spent beyond the collectivity's
 *   (`execution.parity`, an error unless `parameters.parityAtExecution` is `"warning"`).
 *
 * Never throws on a report; throws a `PacteError` only for `parameters` that are not valid.
 *
 * @example
 * const r = validateExecution(creuse2024, contract);
 * r.success //=> true
 * r.success && r.data.actions.length //=> 12
 * const bad = validateExecution({ ...creuse2024, year: 2031 }, contract);
 * bad.success || bad.issues[0]?.code //=> "execution.year_outside"
 */
export function validateExecution(input: unknown, contract: Contract, options: ExecutionOptions = {}): Result<Execution> {
  const lang = options.lang ?? "fr";
  const parameters = resolveParameters(options.parameters, lang);
  const c = checker(lang);
  const parse = <S extends z.ZodType>(schema: S, value: unknown) => safeParseWith(schema, value, { lang, catalogs: CATALOGS });

  const header = parse(HeaderSchema, input);
  if (!header.success) c.issues.push(...header.issues, ...header.warnings);
  const raw = typeof input === "object" && input !== null && Array.isArray((input as { actions?: unknown }).actions) ? ((input as { actions: unknown[] }).actions) : [];
  const parsed = raw.slice(0, CONTRACT_LIMITS.actions).map((a, k) => {
    const r = parse(ActionExecutionSchema, a);
    if (!r.success) c.issues.push(...under(["actions", k], [...r.issues, ...r.warnings]));
    else c.issues.push(...unsupportedCharacterIssues(r.data, ["actions", k], { lang }));
    return r.success ? r.data : undefined;
  });
  // The texts the report document will show: a character no renderer draws is said here, at its path.
  if (header.success) c.issues.push(...unsupportedCharacterIssues({ ...header.data, actions: [] }, [], { lang }));

  const data = header.success ? header.data : undefined;
  if (data !== undefined && data.contract !== contract.reference) {
    c.add("execution.contract_mismatch", ["contract"], { received: data.contract, expected: contract.reference });
  }
  let terms: YearTerms | undefined;
  if (data !== undefined) {
    const t = yearTerms(contract, data.year);
    if (!t.inContract) c.add("execution.year_outside", ["year"], { received: data.year, years: contract.years });
    else {
      terms = t;
      checkDate(c, data.date, t);
    }
  }

  // A report follows the Pacte's axes: a contract whose actions have none (a CALPAE) has no report.
  const withoutAxis = contract.actions.find((a) => a.axis === undefined);
  if (withoutAxis !== undefined) c.add("execution.no_axis", ["contract"], { action: withoutAxis.id, contract: contract.reference, profile: contract.profile.id });
  const byId = new Map(contract.actions.map((a) => [a.id, a]));
  const firstIndex = new Map<string, number>();
  const actions: CheckedActionExecution[] = [];
  parsed.forEach((reported, k) => {
    if (reported === undefined) return;
    const at: IssuePath = ["actions", k];
    const action = byId.get(reported.id);
    if (action === undefined) {
      const suggestion = closestMatch(reported.id, byId.keys());
      c.add("execution.unknown_action", [...at, "id"], { received: reported.id, ...(suggestion === undefined ? {} : { suggestion }) });
      return;
    }
    const first = firstIndex.get(reported.id);
    if (first !== undefined) {
      c.add("execution.duplicate_action", [...at, "id"], { received: reported.id, firstPath: formatPath(["actions", first], lang) });
      return;
    }
    firstIndex.set(reported.id, k);
    if (reported.status === "abandoned" && reported.reason === undefined) c.add("execution.reason_required", [...at, "reason"], { action: reported.id });
    const indicators = checkIndicators(c, at, action, reported, terms?.year);
    if (terms !== undefined) checkSpending(c, at, action, reported, terms, parameters);
    const { indicators: _given, ...rest } = reported;
    actions.push({ ...rest, indicators });
  });

  if (terms !== undefined) {
    // An action whose entry could not be read still names itself: it is not missing.
    const named = new Set(raw.map((a) => (typeof a === "object" && a !== null ? (a as { id?: unknown }).id : undefined)).filter((id): id is string => typeof id === "string").map((id) => id.trim()));
    for (const action of contract.actions) {
      if (fundedIn(action, terms.year) && !named.has(action.id)) {
        c.add("execution.missing_action", ["actions"], { action: action.id, title: action.title, year: terms.year });
      }
    }
    if (terms.financing.rule !== "none" && !terms.financing.perAction) checkYearParity(c, actions, terms, parameters);
  }

  const execution: Execution | undefined =
    data === undefined
      ? undefined
      : {
          contract: data.contract,
          year: data.year,
          date: data.date,
          ...(data.author === undefined ? {} : { author: data.author }),
          ...(data.summary === undefined ? {} : { summary: data.summary }),
          actions,
        };
  // The report's own fields did not parse: their issues are errors, so this is a failure.
  return execution === undefined ? fail(c.issues) : resultOf(execution, c.issues);
}

/** Parity for the whole year, when the profile counts it over the contract rather than per action (CALPAE). */
function checkYearParity(c: Checker, actions: readonly CheckedActionExecution[], terms: YearTerms, parameters: ExecutionParameters): void {
  const state = actions.reduce((t, a) => t + a.spent.state, 0);
  const collectivite = actions.reduce((t, a) => t + a.spent.collectivite, 0);
  if (state > collectivite) {
    c.add("execution.parity", ["actions"], { year: terms.year, rule: terms.financing.rule, state, collectivite, gap: state - collectivite }, parameters.parityAtExecution);
  }
}
