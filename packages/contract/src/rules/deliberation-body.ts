import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * A warning when the deliberation does not say which body voted it
 * (`contract.deliberation_body_missing` at `collectivite.deliberation.body`).
 *
 * @example
 * DELIBERATION_BODY_RULE.check(ctxWithoutBody)[0]?.severity //=> "warning"
 */
export const DELIBERATION_BODY_RULE: ContractRule<"collectivite"> = defineRule({
  id: "deliberation-body",
  needs: ["collectivite"],
  check: ({ input, lang }) =>
    input.collectivite.deliberation.body === undefined
      ? [contractIssue("contract.deliberation_body_missing", ["collectivite", "deliberation", "body"], {}, { lang })]
      : [],
});
