import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { calpaeInput, creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { AT_LEAST_RULE } from "./collectivite-at-least";

describe("AT_LEAST_RULE", () => {
  it.each([
    ["CALPAE, collectivity above the State", calpaeInput()],
    ["CALPAE, equal amounts", variant(calpaeInput, (i) => { for (const a of i.actions) for (const f of Object.values(a.funding)) f.collectivite = f.state; })],
    ["CALPAE, one action below but the year above", variant(calpaeInput, (i) => { i.actions[0]!.funding["2019"]!.collectivite = 0; i.actions[1]!.funding["2019"]!.collectivite += 20000000; })],
    ["a parity profile is not concerned", creuseInput()],
  ])("passes: %s", (_, input) => {
    expect(AT_LEAST_RULE.check(ruleContext(input))).toEqual([]);
  });

  // The sample funds 2019 only (later years by avenant); these variants fund all three years.
  const threeYears = () =>
    variant(calpaeInput, (i) => {
      for (const a of i.actions) for (const y of ["2020", "2021"]) a.funding[y] = { ...a.funding["2019"]! };
    });

  it.each([
    ["2020 below", ["2020"], [2020]],
    ["2019 and 2021 below", ["2019", "2021"], [2019, 2021]],
  ])("refuses %s, once per year", (_, years, expected) => {
    const input = variant(threeYears, (i) => { for (const y of years) i.actions[2]!.funding[y]!.collectivite = 0; });
    const issues = AT_LEAST_RULE.check(ruleContext(input));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.params.year])).toEqual(expected.map((y) => ["contract.collectivite_below_state", "actions", y]));
  });

  it("gives the amounts and what is missing", () => {
    const input = variant(calpaeInput, (i) => { i.actions[2]!.funding["2019"]!.collectivite = 0; });
    const [issue] = AT_LEAST_RULE.check(ruleContext(input));
    // 2019: State 775 213,70 €, collectivity 904 724,25 − 300 000 = 604 724,25 €.
    expect(issue?.params).toEqual({ year: 2019, state: 77521370, collectivite: 60472425, difference: 17048945 });
    expect(issue?.message).toContain("il manque 170\u202F489,45\u00A0€");
  });

  it("checks each action and year when the profile says per action", () => {
    const ctx = ruleContext(variant(calpaeInput, (i) => { i.actions[0]!.funding["2019"]!.collectivite = 0; }));
    const profile = { ...ctx.profile, financing: { ...ctx.profile.financing, rule: "at-least" as const, perAction: true } };
    expect(AT_LEAST_RULE.check({ ...ctx, profile }).map((i) => formatPath(i.path))).toEqual(["actions[0].funding[2019]"]);
  });
});
