import type { Issue, IssuePath, Lang, Result } from "@pacte/issues";
import { MODEL_ISSUES, safeParseMoney, type Cents } from "@pacte/model";
import { CONTRACT_INPUT_FORMAT_KEY, ContractInputFormatSchema, type ContractInputFormat } from "./input-format";
import { INPUT_ISSUES } from "./input-issues";
import { isPlainRecord, mapAmounts } from "./internal/amount-places";

/**
 * Options of {@link contractInputInCents}: the language of the messages, and `numberText`, which
 * gives the digits a number of the input was written with when it was read from a text (YAML or
 * JSON): a format-2 amount written as a number is then read from those digits, exactly, rather
 * than from the JavaScript number they became.
 *
 * @example
 * const options: ContractInputInCentsOptions = { lang: "en", numberText: (path) => (path.join(".") === "stateAnnualCeiling" ? "500000.00" : undefined) };
 */
export interface ContractInputInCentsOptions {
  readonly lang?: Lang | undefined;
  readonly numberText?: ((path: IssuePath) => string | undefined) | undefined;
}

/**
 * What {@link contractInputInCents} gives: the input with its amounts in cents and without its
 * `format` key, the format it was written in (`undefined` when `format` holds an unknown value),
 * and the issues of its amounts, each at the path of the amount as written.
 *
 * @example
 * const r: ContractInputInCents = { value: { stateAnnualCeiling: 50000000 }, format: 2, issues: [] };
 */
export interface ContractInputInCents {
  readonly value: unknown;
  readonly format: ContractInputFormat | undefined;
  readonly issues: readonly Issue[];
}

const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;

/** A plain decimal's digits the way JavaScript prints the number: no leading or trailing zero. */
function canonicalDecimal(text: string): string {
  const [int = "", frac = ""] = text.split(".");
  const i = int.replace(/^0+(?=\d)/, "");
  const f = frac.replace(/0+$/, "");
  return f === "" ? i : `${i}.${f}`;
}

/**
 * What to read a number written as `text` from: the number itself when its digits are what
 * JavaScript prints for it (exact), else the text (more digits than a double holds, or a form
 * that is not a plain decimal — `1e3`, `0x10`, `.5`, `-5` — which the money reader refuses).
 */
function numberSource(value: number, text: string | undefined): number | string {
  if (text === undefined) return value;
  return PLAIN_DECIMAL.test(text) && canonicalDecimal(text) === String(value) ? value : text;
}

/** One format-2 amount read into cents, its issue quoting what was written. */
function readAmount(raw: number | string, path: IssuePath, options: ContractInputInCentsOptions, lang: Lang): Result<Cents> {
  if (typeof raw === "string") return safeParseMoney(raw, { lang, path });
  const text = options.numberText?.(path);
  const r = safeParseMoney(numberSource(raw, text), { lang, path });
  if (r.success || text === undefined) return r;
  return { ...r, issues: r.issues.map((i) => (MODEL_ISSUES.has(i.code) ? MODEL_ISSUES.issue(i.code, i.path, { ...i.params, received: text }, { lang }) : i)) };
}

/**
 * A contract's input as the rest of the library takes it — amounts in integer cents, no
 * `format` key — from an input in either format of {@link CONTRACT_INPUT_FORMATS}, said by its
 * top-level `format` key:
 *
 * - without it (or `format: 1`), the amounts already are cents and stay as they are; one written
 *   as a text (`"50 000 €"`) is an `input.amount_text` issue that says to add `format: 2`;
 * - with `format: 2`, every amount (`stateAnnualCeiling`, and each action's `state`,
 *   `collectivite` and `others[].amount` of every year) is euros — a number of euros or a French
 *   euro amount, read exactly by `@pacte/model`'s money reader: `"50 000 €"` (spaces plain,
 *   U+00A0 or U+202F), `"50 000,00 €"`, `50000`, `"1 234,56"`, `1234.56`. Refused, each with its
 *   `money.*` issue quoting what was written: more than two decimals, a negative, an ambiguous
 *   (`"12,345"`) or unreadable amount (`"abc"`, `1e3`);
 * - with any other value, one `input.format` issue and `format: undefined`.
 *
 * A value that is not an amount's type (a boolean, a list) is left for the schema to report.
 * Browser-safe and pure: `input` is never changed. `validateContract`, `parseContractText` and
 * `checkContractText` read every input through it.
 *
 * @example
 * contractInputInCents({ format: 2, stateAnnualCeiling: "500 000 €" }).value //=> { stateAnnualCeiling: 50000000 }
 * contractInputInCents({ stateAnnualCeiling: 50000000 }).format //=> 1
 * contractInputInCents({ format: 2, stateAnnualCeiling: "12,345" }).issues[0]?.code //=> "money.ambiguous"
 */
export function contractInputInCents(input: unknown, options: ContractInputInCentsOptions = {}): ContractInputInCents {
  const lang = options.lang ?? "fr";
  if (!isPlainRecord(input)) return { value: input, format: 1, issues: [] };
  const { [CONTRACT_INPUT_FORMAT_KEY]: written, ...rest } = input;
  const issues: Issue[] = [];
  const parsed = written === undefined ? { success: true as const, data: 1 as const } : ContractInputFormatSchema.safeParse(written);
  if (!parsed.success) {
    issues.push(INPUT_ISSUES.issue("input.format", [CONTRACT_INPUT_FORMAT_KEY], { received: written }, { lang }));
    return { value: rest, format: undefined, issues };
  }
  const format = parsed.data;
  const value = mapAmounts(rest, (amount, path) => {
    if (typeof amount !== "string" && typeof amount !== "number") return amount;
    switch (format) {
      case 1:
        if (typeof amount === "string") issues.push(INPUT_ISSUES.issue("input.amount_text", path, { received: amount }, { lang }));
        return amount;
      case 2: {
        const r = readAmount(amount, path, options, lang);
        if (r.success) return r.data;
        issues.push(...r.issues);
        return amount;
      }
      default: {
        const never: never = format;
        return never;
      }
    }
  });
  return { value, format, issues };
}
