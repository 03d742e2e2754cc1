import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { bordeauxInput, creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { SIGNATURE_DATES_RULE } from "./signature-dates";

describe("SIGNATURE_DATES_RULE", () => {
  it.each([
    ["signed before the start", creuseInput()],
    ["deliberation on the signature day", variant(creuseInput, (i) => { i.collectivite.deliberation.date = "2023-12-20"; })],
    ["métropole signed mid-2024 (retroactive start)", bordeauxInput()],
  ])("passes: %s", (_, input) => {
    expect(SIGNATURE_DATES_RULE.check(ruleContext(input))).toEqual([]);
  });

  it.each([
    ["deliberation after signature", creuseInput, (i: ReturnType<typeof creuseInput>) => { i.collectivite.deliberation.date = "2024-01-15"; }, "contract.deliberation_after_signature", "collectivite.deliberation.date", "error"],
    ["signature after the period", creuseInput, (i: ReturnType<typeof creuseInput>) => { i.signature.date = "2028-01-10"; }, "contract.signature_after_period", "signature.date", "error"],
    ["département signed after the start", creuseInput, (i: ReturnType<typeof creuseInput>) => { i.signature.date = "2024-03-08"; }, "contract.signature_after_start", "signature.date", "warning"],
  ])("flags %s", (_, base, change, code, path, severity) => {
    const issues = SIGNATURE_DATES_RULE.check(ruleContext(variant(base, change)));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([[code, path, severity]]);
  });
});
