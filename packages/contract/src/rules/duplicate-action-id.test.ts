import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { DUPLICATE_ACTION_ID_RULE } from "./duplicate-action-id";

describe("DUPLICATE_ACTION_ID_RULE", () => {
  it("passes distinct ids", () => {
    expect(DUPLICATE_ACTION_ID_RULE.check(ruleContext(creuseInput()))).toEqual([]);
  });
  it.each([
    ["second action reuses the first id", (i: ReturnType<typeof creuseInput>) => { i.actions[1]!.id = "A1.1"; }, ["actions[1].id"], "actions[0]"],
    ["last action reuses an id", (i: ReturnType<typeof creuseInput>) => { i.actions[11]!.id = "A3.2"; }, ["actions[11].id"], "actions[6]"],
    ["three actions share an id", (i: ReturnType<typeof creuseInput>) => { i.actions[4]!.id = "A1.1"; i.actions[7]!.id = "A1.1"; }, ["actions[4].id", "actions[7].id"], "actions[0]"],
  ])("%s", (_, change, paths, first) => {
    const issues = DUPLICATE_ACTION_ID_RULE.check(ruleContext(variant(creuseInput, change)));
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual(paths.map((p) => ["contract.duplicate_action_id", p]));
    expect(issues[0]?.params.firstPath).toBe(first);
  });
});
