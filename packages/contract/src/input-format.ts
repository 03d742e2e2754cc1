import { formatEuros } from "@pacte/document";
import { z } from "zod";

/**
 * The versions of the format of a contract's input, said by its top-level key `format`:
 *
 * - `1` — no `format` key (or `format: 1`): every amount is an integer number of **cents**
 *   (`4000000` is 40 000 €). Files written before format 2 and the JSON API (`ContractInput`)
 *   keep this meaning.
 * - `2` — `format: 2`: every amount is in **euros**, as officials write them: a number of euros
 *   (`40000`, `1234.56`) or a French euro amount (`"40 000 €"`, `"40 000,00 €"`, `"1 234,56"`,
 *   spaces plain, no-break or narrow no-break), read exactly into cents, never through a float.
 *
 * @example
 * CONTRACT_INPUT_FORMATS //=> [1, 2]
 */
export const CONTRACT_INPUT_FORMATS = Object.freeze([1, 2] as const);

/**
 * A version of the input format (see {@link CONTRACT_INPUT_FORMATS}).
 *
 * @example
 * ContractInputFormatSchema.parse(2) //=> 2
 * ContractInputFormatSchema.safeParse("2").success //=> false
 */
export const ContractInputFormatSchema = z.union([z.literal(1), z.literal(2)]);
/**
 * `1` (amounts in cents) or `2` (amounts in euros).
 *
 * @example
 * const format: ContractInputFormat = 2;
 */
export type ContractInputFormat = z.infer<typeof ContractInputFormatSchema>;

/**
 * The top-level key that names the input format.
 *
 * @example
 * CONTRACT_INPUT_FORMAT_KEY //=> "format"
 */
export const CONTRACT_INPUT_FORMAT_KEY = "format";

/**
 * The format that `pacte init` and `pacte migrate` write: amounts in euros.
 *
 * @example
 * LATEST_CONTRACT_INPUT_FORMAT //=> 2
 */
export const LATEST_CONTRACT_INPUT_FORMAT = 2 satisfies ContractInputFormat;

/**
 * An amount of cents as a format-2 input writes it: French euros with plain spaces (easy to
 * type again), without cents when they are zero.
 *
 * @throws {FormatError} (of `@pacte/document`) when `cents` is not a safe integer.
 * @example
 * inputEuros(4000000) //=> "40 000 €"
 * inputEuros(123456) //=> "1 234,56 €"
 * inputEuros(0) //=> "0 €"
 */
export function inputEuros(cents: number): string {
  return formatEuros(cents, { cents: "never-if-round", separator: " ", space: " " });
}
