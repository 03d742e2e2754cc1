import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { PAYMENT_INSTALMENTS_RULE } from "./payment-instalments";

describe("PAYMENT_INSTALMENTS_RULE", () => {
  it.each([
    ["profile default", undefined],
    ["50 / 50", [{ percent: 50, when: "start-of-year" }, { percent: 50, when: "after-report" }]],
    ["thirds with decimals", [{ percent: 33.33, when: "01-15" }, { percent: 33.33, when: "05-15" }, { percent: 33.34, when: "09-15" }]],
  ])("passes: %s", (_, instalments) => {
    const input = variant(creuseInput, (i) => { if (instalments !== undefined) i.payment = { instalments }; });
    expect(PAYMENT_INSTALMENTS_RULE.check(ruleContext(input))).toEqual([]);
  });

  it.each([
    [[{ percent: 70, when: "start-of-year" }, { percent: 20, when: "after-report" }], 90],
    [[{ percent: 80, when: "start-of-year" }, { percent: 30, when: "after-report" }], 110],
  ])("refuses instalments adding up to %#", (instalments, received) => {
    const issues = PAYMENT_INSTALMENTS_RULE.check(ruleContext(variant(creuseInput, (i) => { i.payment = { instalments }; })));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.params.received])).toEqual([["contract.payment_percent_sum", "payment.instalments", received]]);
  });

  it.each([
    [[{ percent: 33.3333333, when: "start-of-year" }, { percent: 66.6666666, when: "after-report" }], "99,9999999"],
    [[{ percent: 80.5, when: "start-of-year" }, { percent: 20, when: "after-report" }], "100,5"],
  ])("says what the instalments add up to, in French, never « 100 % » for a sum that is not (%#)", (instalments, shown) => {
    const [issue] = PAYMENT_INSTALMENTS_RULE.check(ruleContext(variant(creuseInput, (i) => { i.payment = { instalments }; })));
    expect(issue?.message).toBe(`Les versements doivent totaliser 100 % ; ${shown}\u00A0% reçu.`);
  });
});
