import { contractIssue } from "../issues";
import type { ContractRule } from "./rule";

/**
 * A warning when the deliberation does not say which body voted it
 * (`contract.deliberation_body_missing` at `collectivite.deliberation.body`).
 *
 * @example
 * DELIBERATION_BODY_RULE.check(ctxWithoutBody)[0]?.severity //=> "warning"
 */
export const DELIBERATION_BODY_RULE: ContractRule = {
  id: "deliberation-body",
  check: ({ input, lang }) =>
    input.collectivite.deliberation.body === undefined
      ? [contractIssue("contract.deliberation_body_missing", ["collectivite", "deliberation", "body"], {}, { lang })]
      : [],
};
