import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { REINFORCEMENT_RULE } from "./reinforcement";

describe("REINFORCEMENT_RULE", () => {
  it("passes reinforced actions that say how and new ones that do not", () => {
    expect(REINFORCEMENT_RULE.check(ruleContext(creuseInput()))).toEqual([]);
  });

  it.each([
    ["reinforced without how", (i: ReturnType<typeof creuseInput>) => { delete i.actions[0]!.reinforcement; }, "contract.reinforcement_missing", "actions[0].reinforcement"],
    ["new with a reinforcement", (i: ReturnType<typeof creuseInput>) => { i.actions[1]!.reinforcement = { kind: "zones" }; }, "contract.reinforcement_unexpected", "actions[1].reinforcement"],
  ])("warns about %s", (_, change, code, path) => {
    const issues = REINFORCEMENT_RULE.check(ruleContext(variant(creuseInput, change)));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([[code, path, "warning"]]);
  });
});
