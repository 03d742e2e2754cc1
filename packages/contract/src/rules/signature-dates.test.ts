import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { defineProfile } from "../profile";
import { CLS_DEPARTEMENT_2024 } from "../profiles/cls-2024/cls-departement-2024";
import { bordeauxInput, creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { SIGNATURE_DATES_RULE } from "./signature-dates";

describe("SIGNATURE_DATES_RULE", () => {
  it.each([
    ["signed before the start", variant(creuseInput, (i) => { i.signature.date = "2023-12-20"; i.collectivite.deliberation.date = "2023-12-11"; })],
    ["deliberation on the signature day", variant(creuseInput, (i) => { i.collectivite.deliberation.date = "2024-07-05"; })],
    ["département signed on 24 June 2024 (retroactive start by default)", variant(creuseInput, (i) => { i.signature.date = "2024-06-24"; })],
    ["métropole signed mid-2024 (retroactive start)", bordeauxInput()],
    ["métropole signed on 24 June 2024", variant(bordeauxInput, (i) => { i.signature.date = "2024-06-24"; })],
  ])("passes: %s", (_, input) => {
    expect(SIGNATURE_DATES_RULE.check(ruleContext(input))).toEqual([]);
  });

  it.each([
    ["deliberation after signature", creuseInput, (i: ReturnType<typeof creuseInput>) => { i.collectivite.deliberation.date = "2024-07-06"; }, "contract.deliberation_after_signature", "collectivite.deliberation.date", "error"],
    ["signature after the period", creuseInput, (i: ReturnType<typeof creuseInput>) => { i.signature.date = "2028-01-10"; }, "contract.signature_after_period", "signature.date", "error"],
  ])("flags %s", (_, base, change, code, path, severity) => {
    const issues = SIGNATURE_DATES_RULE.check(ruleContext(variant(base, change)));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([[code, path, severity]]);
  });

  it("warns of a signature after the start when the profile turns retroactivity off", () => {
    const strict = defineProfile({ ...CLS_DEPARTEMENT_2024, id: "cls-strict", period: { ...CLS_DEPARTEMENT_2024.period, retroactiveStart: false } });
    const issues = SIGNATURE_DATES_RULE.check(ruleContext(creuseInput(), { profile: strict }));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([["contract.signature_after_start", "signature.date", "warning"]]);
  });
});
