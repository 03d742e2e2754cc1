import { modelMessage, type ModelIssueCode } from "./messages";

/**
 * What a {@link MoneyError} is about: the money issue codes, plus `money.rate` for a rate
 * that is not a non-negative integer fraction (or a zero denominator).
 *
 * @example
 * const code: MoneyErrorCode = "money.weights";
 */
export type MoneyErrorCode = Extract<ModelIssueCode, `money.${string}`> | "money.rate";

/**
 * Thrown when money functions are misused by the calling code — a sum beyond
 * `Number.MAX_SAFE_INTEGER` cents, split weights that are all zero, a float passed as cents.
 * It is a `RangeError` carrying a stable `code` and the `params` of its message; its message
 * (French) says what to do. User input is never checked this way: parse it with
 * `safeParseMoney()`, which returns issues.
 *
 * @example
 * try { splitCents(cents(100), [0, 0]) } catch (e) {
 *   if (e instanceof MoneyError) e.code //=> "money.weights"
 * }
 */
export class MoneyError extends RangeError {
  override readonly name = "MoneyError";
  readonly code: MoneyErrorCode;
  readonly params: Readonly<Record<string, unknown>>;

  constructor(code: MoneyErrorCode, params: Record<string, unknown> = {}, hint = "") {
    const base =
      code === "money.rate"
        ? `Taux invalide : ${JSON.stringify(params.received) ?? String(params.received)} ; attendu { basisPoints } (entier positif ou nul, 10000 = 100 %) ou { numerator, denominator } (entiers, dénominateur strictement positif).`
        : modelMessage(code, params);
    super(hint === "" ? base : `${base} ${hint}`);
    this.code = code;
    this.params = params;
  }
}
