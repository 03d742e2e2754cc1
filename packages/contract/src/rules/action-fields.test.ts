import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { bordeauxInput, calpaeInput, creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { ACTION_FIELDS_RULE, FICHE_FIELDS } from "./action-fields";

describe("ACTION_FIELDS_RULE", () => {
  it.each([
    ["Creuse", creuseInput()],
    ["Bordeaux Métropole", bordeauxInput()],
    ["CALPAE 66", calpaeInput()],
  ])("passes the samples, whose fiches say who, for whom and where (%s)", (_, input) => {
    expect(ACTION_FIELDS_RULE.check(ruleContext(input))).toEqual([]);
  });

  it("warns of each missing porteur, publics or territoire, at its path, in that order", () => {
    const input = variant(creuseInput, (i) => {
      delete i.actions[1]!.territory;
      i.actions[1]!.publics = [];
      delete i.actions[3]!.carrier;
    });
    const issues = ACTION_FIELDS_RULE.check(ruleContext(input));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([
      ["contract.action_field_missing", "actions[1].publics", "warning"],
      ["contract.action_field_missing", "actions[1].territory", "warning"],
      ["contract.action_field_missing", "actions[3].carrier", "warning"],
    ]);
    expect(issues[0]?.params).toEqual({ actionId: "A1.2", field: "publics" });
    expect(FICHE_FIELDS).toEqual(["carrier", "publics", "territory"]);
    expect(Object.isFrozen(FICHE_FIELDS)).toBe(true);
  });
});
