import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { creuseInput } from "../test-support/fixtures";
import { ruleContext, variant } from "../test-support/rule-context";
import { DELIBERATION_BODY_RULE } from "./deliberation-body";

describe("DELIBERATION_BODY_RULE", () => {
  it("passes a deliberation that names its body", () => {
    expect(DELIBERATION_BODY_RULE.check(ruleContext(creuseInput()))).toEqual([]);
  });
  it("warns when the body is missing", () => {
    const issues = DELIBERATION_BODY_RULE.check(ruleContext(variant(creuseInput, (i) => { delete i.collectivite.deliberation.body; })));
    expect(issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([
      ["contract.deliberation_body_missing", "collectivite.deliberation.body", "warning"],
    ]);
  });
});
