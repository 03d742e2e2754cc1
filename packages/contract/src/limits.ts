/**
 * The limits an input must keep to, checked before any work starts, each reported with its own
 * issue code: generous for real contracts (the largest real conventions hold about 60 actions per
 * axis), far below what would make a check, a composition or a render slow or fail.
 *
 * | limit | value | issue |
 * |---|---|---|
 * | `inputBytes`: YAML or JSON text read by `parseContractText` | 5 MiB | `limit.input_size` |
 * | `depth`: nesting of the input | 64 | `input.too_deep` |
 * | `aliases`: YAML aliases expanded | 100 | `input.alias_limit` |
 * | `reference`: characters of the reference | 100 | `limit.text_length` |
 * | `shortText`: characters of a name, a title, a place, a label, a unit… | 1 000 | `limit.text_length` |
 * | `longText`: characters of a description, a visa, a paragraph, an objective | 10 000 | `limit.text_length` |
 * | `articleText`: characters of a replaced article | 100 000 | `limit.text_length` |
 * | `actions`: actions of a contract | 500 | `limit.actions` |
 * | `indicators`: indicators of an action | 50 | `limit.indicators` |
 * | `listItems`: items of any other list or record | 100 | `limit.items` |
 * | `years`: civil years of a period, or funded in an action | 10 | `limit.years` |
 * | `amountCents`: any amount, and the sum of all of a contract's amounts | 10 000 000 000 000 (100 milliards d'euros) | `limit.amount`, `limit.amount_total` |
 *
 * @example
 * CONTRACT_LIMITS.actions //=> 500
 * CONTRACT_LIMITS.amountCents //=> 10000000000000
 */
export const CONTRACT_LIMITS = Object.freeze({
  inputBytes: 5 * 1024 * 1024,
  depth: 64,
  aliases: 100,
  reference: 100,
  shortText: 1_000,
  longText: 10_000,
  articleText: 100_000,
  actions: 500,
  indicators: 50,
  listItems: 100,
  years: 10,
  amountCents: 10_000_000_000_000,
} as const);

/** The limits of an input. See {@link CONTRACT_LIMITS}. */
export type ContractLimits = typeof CONTRACT_LIMITS;
