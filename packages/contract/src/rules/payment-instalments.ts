import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * The instalments given in the input add up to 100 % (`contract.payment_percent_sum` at
 * `payment.instalments`).
 *
 * @example
 * PAYMENT_INSTALMENTS_RULE.check(ctxWith70And20)[0]?.params.received //=> 90
 */
export const PAYMENT_INSTALMENTS_RULE: ContractRule<"payment"> = defineRule({
  id: "payment-instalments",
  needs: ["payment"],
  check: ({ input, lang }) => {
    const instalments = input.payment?.instalments;
    if (instalments === undefined) return [];
    const sum = instalments.reduce((s, i) => s + i.percent, 0);
    if (Math.abs(sum - 100) < 1e-9) return [];
    // Enough digits that a sum just short of 100 never reads « 100 % reçu ».
    const received = Number(sum.toPrecision(12));
    return [contractIssue("contract.payment_percent_sum", ["payment", "instalments"], { received }, { lang })];
  },
});
