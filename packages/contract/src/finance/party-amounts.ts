import { CentsSchema, type Cents } from "@pacte/model";
import { z } from "zod";
import type { YearFunding } from "../input";

/**
 * Amounts by party, in cents: the State's, the collectivity's, the other partners' together, and
 * their total.
 *
 * @example
 * PartyAmountsSchema.parse({ state: 100, collectivite: 100, others: 50, total: 250 }).total //=> 250
 */
export const PartyAmountsSchema = z.object({
  state: CentsSchema,
  collectivite: CentsSchema,
  others: CentsSchema,
  total: CentsSchema,
});
/** Amounts by party. */
export type PartyAmounts = z.infer<typeof PartyAmountsSchema>;

/**
 * Zero for every party.
 *
 * @example
 * ZERO_AMOUNTS.total //=> 0
 */
export const ZERO_AMOUNTS: PartyAmounts = Object.freeze({
  state: 0 as Cents,
  collectivite: 0 as Cents,
  others: 0 as Cents,
  total: 0 as Cents,
});

/**
 * One year's funding of an action as {@link PartyAmounts} (others summed).
 *
 * @example
 * amountsOfFunding({ state: 100, collectivite: 100, others: [{ name: "CAF", amount: 50 }] })
 * //=> { state: 100, collectivite: 100, others: 50, total: 250 }
 */
export function amountsOfFunding(f: YearFunding | undefined): PartyAmounts {
  if (f === undefined) return ZERO_AMOUNTS;
  const others = (f.others ?? []).reduce((s, o) => s + o.amount, 0);
  return { state: f.state, collectivite: f.collectivite, others: others as Cents, total: (f.state + f.collectivite + others) as Cents };
}

/**
 * The sum of amounts, party by party.
 *
 * @example
 * addAmounts([{ state: 1, collectivite: 1, others: 0, total: 2 }, { state: 2, collectivite: 2, others: 1, total: 5 }])
 * //=> { state: 3, collectivite: 3, others: 1, total: 7 }
 */
export function addAmounts(list: Iterable<PartyAmounts>): PartyAmounts {
  let state = 0;
  let collectivite = 0;
  let others = 0;
  for (const a of list) {
    state += a.state;
    collectivite += a.collectivite;
    others += a.others;
  }
  return { state: state as Cents, collectivite: collectivite as Cents, others: others as Cents, total: (state + collectivite + others) as Cents };
}
