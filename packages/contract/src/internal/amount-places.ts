// Where a contract's input holds amounts of money, said once: reading a format-2 input
// (`contractInputInCents`), writing one (`contractInputInEuros`), rewriting a text
// (`migrateContractText`) and the JSON Schema all walk this one tree.
import type { IssuePath } from "@pacte/issues";

/**
 * A tree of the keys that lead to amounts: `true` marks an amount; the key `"*"` stands for
 * every item of a list and every key of a record (the years of a funding).
 *
 * @example
 * const places: AmountPlaces = { stateAnnualCeiling: true };
 */
export interface AmountPlaces {
  readonly [key: string]: AmountPlaces | true;
}

/**
 * The amounts of a contract's input: the State's annual ceiling, and in each action's funding of
 * each year the State's and the collectivity's amounts and every other partner's.
 *
 * @example
 * AMOUNT_PLACES.actions //=> { "*": { funding: { "*": { state: true, collectivite: true, others: { "*": { amount: true } } } } } }
 */
export const AMOUNT_PLACES: AmountPlaces = Object.freeze({
  stateAnnualCeiling: true,
  actions: Object.freeze({
    "*": Object.freeze({
      funding: Object.freeze({
        "*": Object.freeze({
          state: true,
          collectivite: true,
          others: Object.freeze({ "*": Object.freeze({ amount: true }) }),
        }),
      }),
    }),
  }),
} as const);

/**
 * Whether a value is a plain object (not null, not a list).
 *
 * @example
 * isPlainRecord({ a: 1 }) //=> true
 * isPlainRecord([1]) //=> false
 */
export const isPlainRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A copy of `value` in which every amount present (not `undefined`) is replaced by what `change`
 * returns for it; the lists and objects on the way to an amount are copied (their keys in the
 * same order), everything else is shared. Whatever does not have the expected shape (`actions`
 * that is not a list, a year that is not an object) is left as it is, for the schema to report.
 * Never changes `value`.
 *
 * @example
 * mapAmounts({ stateAnnualCeiling: 5, title: "T" }, (v) => Number(v) * 100) //=> { stateAnnualCeiling: 500, title: "T" }
 */
export function mapAmounts(value: unknown, change: (amount: unknown, path: IssuePath) => unknown, places: AmountPlaces = AMOUNT_PLACES, path: IssuePath = []): unknown {
  const at = (child: unknown, place: AmountPlaces | true, childPath: IssuePath): unknown =>
    place === true ? (child === undefined ? child : change(child, childPath)) : mapAmounts(child, change, place, childPath);
  const every = places["*"];
  if (Array.isArray(value)) return every === undefined ? value : value.map((item: unknown, i) => at(item, every, [...path, i]));
  if (!isPlainRecord(value)) return value;
  const out: Record<string, unknown> = { ...value };
  for (const key of Object.keys(value)) {
    const place = places[key] ?? every;
    if (place !== undefined && key !== "*") out[key] = at(value[key], place, [...path, key]);
  }
  return out;
}
