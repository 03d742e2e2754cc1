import type { ContractInput } from "./input";
import { CONTRACT_INPUT_FORMAT_KEY, inputEuros } from "./input-format";
import { isPlainRecord, mapAmounts } from "./internal/amount-places";

/**
 * A contract's input as a format-2 file holds it: `format: 2` first, then the same keys in the
 * same order, every amount written in euros the French way (`4000000` cents becomes
 * `"40 000 €"`, `123456` becomes `"1 234,56 €"`; see `inputEuros`). What `pacte init` writes;
 * `contractInputInCents` reads it back to the same input. An amount that is not a whole number
 * of cents is left as it is, for the check to report. Pure: `input` is never changed.
 *
 * @example
 * contractInputInEuros({ ...input, stateAnnualCeiling: 50000000 }).stateAnnualCeiling //=> "500 000 €"
 * contractInputInEuros(input).format //=> 2
 * contractInputInCents(contractInputInEuros(input)).value //=> deep-equal to input
 */
export function contractInputInEuros(input: ContractInput): { readonly format: 2 } & Readonly<Record<string, unknown>> {
  const value = mapAmounts(input, (amount) => (typeof amount === "number" && Number.isSafeInteger(amount) && amount >= 0 ? inputEuros(amount) : amount));
  const { [CONTRACT_INPUT_FORMAT_KEY]: _format, ...rest } = isPlainRecord(value) ? value : {};
  return { [CONTRACT_INPUT_FORMAT_KEY]: 2, ...rest } as { readonly format: 2 } & Readonly<Record<string, unknown>>;
}
