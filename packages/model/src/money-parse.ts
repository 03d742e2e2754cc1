import { z } from "zod";
import type { IssuePath, Lang } from "@pacte/issues";
import { centsOfDecimal, decimalPartsOfNumber, type DecimalParts } from "./internal/decimal";
import type { ModelIssueCode } from "./messages";
import { CentsSchema, type Cents } from "./money";
import { fail, ok, type Result } from "@pacte/issues";
import { addModelIssue, modelIssue } from "./validate";
import { PacteError } from "@pacte/issues";

type Reading = { readonly cents: number } | { readonly code: ModelIssueCode; readonly params: Record<string, unknown> };
type Body = DecimalParts | "money.format" | "money.ambiguous";

const MAX = Number.MAX_SAFE_INTEGER;
const SPACE = /^[ \u00A0\u202F\u2009]$/;
const SEPARATORS = /([ \u00A0\u202F\u2009.,])/;
const DIGITS = /^\d+$/;
const SIGN = /^[-\u2212]\s*/;
const CURRENCY_BEFORE = /^(?:€|eur)\s*/i;
const CURRENCY_AFTER = /\s*(?:€|eur|euros?)$/i;
const LEADING_GROUP = /^[1-9]\d{0,2}$/;

/** Thousands groups: a first group of 1–3 digits not starting with 0, then groups of exactly 3. */
function grouped(groups: readonly string[]): boolean {
  return LEADING_GROUP.test(groups[0]!) && groups.slice(1).every((g) => g.length === 3);
}

/**
 * Reads the digits and separators of an amount. Separators are spaces (plain, U+00A0,
 * U+202F, thin), `.` and `,`; they are read as thousands separators or decimal mark only
 * when one reading is possible.
 */
function readBody(body: string): Body {
  const tokens = body.split(SEPARATORS);
  const groups = tokens.filter((_, i) => i % 2 === 0);
  const seps = tokens.filter((_, i) => i % 2 === 1).map((c) => (SPACE.test(c) ? " " : c));
  if (!groups.every((g) => DIGITS.test(g))) return "money.format";
  if (seps.length === 0) return { int: groups[0]!, frac: "" };

  const last = seps[seps.length - 1]!;
  const hasSpace = seps.includes(" ");
  const kinds = new Set(seps);

  // The decimal mark, if any, is the last separator: a "." or "," that occurs only once.
  const marks = seps.filter((c) => c === last).length;
  if (last !== " " && marks === 1) {
    const intGroups = groups.slice(0, -1);
    const frac = groups[groups.length - 1]!;
    const thousands = new Set(seps.slice(0, -1));
    if (thousands.size > 1) return "money.format";
    if (thousands.size === 1 && !grouped(intGroups)) return "money.format";
    // "1,234" or "1.234": a thousands separator or a decimal mark — nobody can tell.
    if (!hasSpace && kinds.size === 1 && frac.length === 3 && LEADING_GROUP.test(intGroups[0]!)) return "money.ambiguous";
    return { int: intGroups.join(""), frac };
  }
  // No decimal mark: every separator is a thousands separator, all of the same kind.
  if (kinds.size > 1 || !grouped(groups)) return "money.format";
  return { int: groups.join(""), frac: "" };
}

function readString(input: string): Reading {
  const received = input;
  let rest = input.trim();
  let negative = false;
  let currency = false;
  const take = (re: RegExp): boolean => {
    const m = re.exec(rest);
    if (m === null) return false;
    rest = rest.slice(m[0].length);
    return true;
  };
  negative = take(SIGN);
  currency = take(CURRENCY_BEFORE);
  if (!negative) negative = take(SIGN);
  if (!currency) {
    const m = CURRENCY_AFTER.exec(rest);
    if (m !== null) rest = rest.slice(0, m.index);
  }
  const body = rest.trim();
  if (body === "") return { code: "money.format", params: { received } };
  const read = readBody(body);
  if (read === "money.format") return { code: read, params: { received } };
  if (negative) return { code: "money.negative", params: { received } };
  if (read === "money.ambiguous") return { code: read, params: { received } };
  const result = centsOfDecimal(read);
  if (typeof result === "string") return { code: result, params: { received, max: MAX } };
  return { cents: result };
}

function readNumber(input: number): Reading {
  const received = String(input);
  const parts = decimalPartsOfNumber(input);
  if (parts === undefined) return { code: "money.format", params: { received } };
  if (input < 0) return { code: "money.negative", params: { received } };
  const result = centsOfDecimal(parts);
  if (typeof result === "string") return { code: result, params: { received, max: MAX } };
  return { cents: result };
}

function readMoney(input: unknown): Reading {
  if (typeof input === "string") return readString(input);
  if (typeof input === "number") return readNumber(input);
  return { code: "money.format", params: { received: input === null ? "null" : typeof input } };
}

/**
 * An amount of euros as a person writes it, read exactly into {@link Cents}:
 * - a string: `"1 234,56"` (thousands separated by a space, U+00A0 or U+202F), `"1234,56"`,
 *   `"1234.56"`, `"1.234.567,89"`, `"1,234,567.89"`, `"1234,56 €"`, `"€ 1234"`, `"1234 EUR"`;
 * - a number of euros: `1234.56`, judged on the digits JavaScript prints for it
 *   (`0.1 + 0.2` prints `0.30000000000000004` and is refused).
 *
 * Refused, each with its issue: anything unreadable — `"NaN"`, `"1e3"`, `"1,234.5.6"`, an empty
 * string, NaN, infinities (`money.format`); `"1,234"` and `"1.234"`, which may be 1 234 € or
 * 1,234 € (`money.ambiguous`); a minus sign (`money.negative`); more than two decimals once
 * trailing zeros are dropped (`money.too_many_decimals`; `"12,500"` is ambiguous, `"1234,500"`
 * is 1 234,50 €); more than `Number.MAX_SAFE_INTEGER` cents (`money.unsafe`).
 * In JSON Schema it is a string or a number with `io: "input"`, the {@link CentsSchema} integer
 * with `io: "output"`.
 *
 * @example
 * MoneyInputSchema.parse("1 234,56 €") //=> 123456
 * MoneyInputSchema.parse(1234.5) //=> 123450
 */
export const MoneyInputSchema = z
  .unknown()
  .meta({
    title: "Montant en euros",
    description: "Montant en euros : « 1 234,56 », « 1234.56 », « 1 234,56 € » ou un nombre ayant au plus deux décimales.",
    anyOf: [{ type: "string" }, { type: "number" }],
    examples: ["1 234,56", 1234.56],
  })
  .transform((input, ctx) => {
    const r = readMoney(input);
    if ("code" in r) {
      addModelIssue(ctx, r.code, r.params);
      return z.NEVER;
    }
    return r.cents;
  })
  .pipe(CentsSchema);
/** What {@link MoneyInputSchema} accepts: a string or a number of euros. */
export type MoneyInput = string | number;

/**
 * Reads an amount of euros typed by a person into {@link Cents} (see {@link MoneyInputSchema}
 * for what is accepted and refused), returning the issue instead of throwing.
 * `path` locates the amount in the input for the issue.
 *
 * @example
 * safeParseMoney("1 234,56") //=> { success: true, data: 123456, warnings: [] }
 * safeParseMoney("1,234").success //=> false (issue money.ambiguous)
 */
export function safeParseMoney(input: unknown, options: { lang?: Lang; path?: IssuePath } = {}): Result<Cents> {
  const r = readMoney(input);
  if ("code" in r) return fail([modelIssue(r.code, options.path ?? [], r.params, { lang: options.lang ?? "fr" })]);
  return ok(r.cents as Cents);
}

/**
 * Reads an amount of euros typed by a person into {@link Cents}.
 *
 * @throws {PacteError} with one issue `money.*` (see {@link MoneyInputSchema}).
 * @example
 * parseMoney("1 234,56 €") //=> 123456
 * parseMoney(0.5) //=> 50
 */
export function parseMoney(input: unknown, options: { lang?: Lang; path?: IssuePath } = {}): Cents {
  const result = safeParseMoney(input, options);
  if (!result.success) throw new PacteError(result.issues);
  return result.data;
}
