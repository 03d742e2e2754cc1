import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { bordeauxInput, calpaeInput, creuseInput, eur } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { PARITY_RULE } from "./parity";

describe("PARITY_RULE", () => {
  it.each([
    ["département", creuseInput()],
    ["métropole", bordeauxInput()],
    ["CALPAE is not a parity profile", calpaeInput()],
    ["others do not count", variant(creuseInput, (i) => { i.actions[1]!.funding["2025"]!.others = [{ name: "CAF", amount: 123 }]; })],
  ])("passes: %s", (_, input) => {
    expect(PARITY_RULE.check(ruleContext(input))).toEqual([]);
  });

  it.each([
    ["collectivity gives less", 2, "2026", { collectivite: eur(60000) }, "actions[2].funding[2026]"],
    ["State gives more", 0, "2024", { state: eur(41000) }, "actions[0].funding[2024]"],
    ["collectivity gives zero", 11, "2027", { collectivite: 0 }, "actions[11].funding[2027]"],
  ])("refuses %s", (_, index, year, patch, path) => {
    const input = variant(creuseInput, (i) => { Object.assign(i.actions[index]!.funding[year]!, patch); });
    const issues = PARITY_RULE.check(ruleContext(input));
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["contract.parity", path]]);
    const f = input.actions[index]!.funding[year]!;
    expect(issues[0]?.params).toMatchObject({ year: Number(year), state: f.state, collectivite: f.collectivite, difference: Math.abs(f.state - f.collectivite) });
  });

  it("states both amounts and the difference in euros", () => {
    const input = variant(creuseInput, (i) => { i.actions[2]!.funding["2026"]!.collectivite = eur(60000); });
    const [issue] = PARITY_RULE.check(ruleContext(input));
    expect(issue?.message).toBe(
      "Parité non respectée pour l’action A1.3 en 2026 : l’État apporte 65\u202F000,00\u00A0€, la collectivité 60\u202F000,00\u00A0€, soit un écart de 5\u202F000,00\u00A0€ ; chaque action est cofinancée à parts égales chaque année.",
    );
    const [en] = PARITY_RULE.check(ruleContext(input, { lang: "en" }));
    expect(en?.message).toContain("Parity broken for action A1.3 in 2026");
  });

  it("leaves years outside the period to the funding-years rule", () => {
    const input = variant(creuseInput, (i) => { i.actions[0]!.funding["2031"] = { state: 1, collectivite: 2 }; });
    expect(PARITY_RULE.check(ruleContext(input))).toEqual([]);
  });

  it("checks yearly contract totals when the profile is not per action", () => {
    const ctx = ruleContext(variant(creuseInput, (i) => {
      i.actions[0]!.funding["2024"]!.state += 100;
      i.actions[1]!.funding["2024"]!.collectivite += 100;
      i.actions[2]!.funding["2025"]!.state += 7;
    }));
    const profile = { ...ctx.profile, financing: { ...ctx.profile.financing, rule: "parity" as const, perAction: false } };
    const issues = PARITY_RULE.check({ ...ctx, profile });
    expect(issues.map((i) => [formatPath(i.path), i.params.year, i.params.difference])).toEqual([["actions", 2025, 7]]);
  });
});
