import type { Issue } from "@pacte/model";
import { INPUT_ISSUES } from "../input-issues";
import { CONTRACT_LIMITS } from "../limits";
import { defineRule, type ContractRule } from "./rule";

/**
 * Every sum of a contract's amounts stays within {@link CONTRACT_LIMITS}`.amountCents`: amounts
 * are never negative, so it is enough that the sum of them all — every action, year, party and
 * partner — does (`limit.amount_total` at `actions`, with the total in `params.total`). Totals,
 * tables and amounts in words then never go past what can be counted exactly.
 *
 * @example
 * AMOUNT_TOTAL_RULE.check(ctxWithHugeAmounts)[0]?.code //=> "limit.amount_total"
 */
export const AMOUNT_TOTAL_RULE: ContractRule<"actions"> = defineRule({
  id: "amount-total",
  needs: ["actions"],
  check: ({ input, lang }) => {
    let total = 0;
    for (const action of input.actions) {
      for (const f of Object.values(action.funding)) {
        total += f.state + f.collectivite;
        for (const o of f.others ?? []) total += o.amount;
      }
    }
    const max = CONTRACT_LIMITS.amountCents;
    if (total <= max) return [];
    const issue: Issue = INPUT_ISSUES.issue("limit.amount_total", ["actions"], { total, max }, { lang });
    return [issue];
  },
});
