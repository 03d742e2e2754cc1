import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * Each input option is one the profile declares (else the warning `contract.unknown_option` at
 * `options.<name>`) and has the declared type (else `contract.option_type`).
 *
 * @example
 * PROFILE_OPTIONS_RULE.check(ctxWithOption("singleConvention", "oui"))[0]?.code //=> "contract.option_type"
 */
export const PROFILE_OPTIONS_RULE: ContractRule<"options"> = defineRule({
  id: "profile-options",
  needs: ["options"],
  check: ({ input, profile, lang }) => {
    const options = input.options;
    if (options === undefined) return [];
    const issues: Issue[] = [];
    for (const [name, value] of Object.entries(options)) {
      const declared = profile.options.find((o) => o.id === name);
      if (declared === undefined) {
        const params = { received: name, profile: profile.id, available: profile.options.map((o) => o.id) };
        issues.push(contractIssue("contract.unknown_option", ["options", name], params, { lang }));
      } else if (typeof value !== declared.type) {
        const params = { option: name, expected: declared.type, received: value };
        issues.push(contractIssue("contract.option_type", ["options", name], params, { lang }));
      }
    }
    return issues;
  },
});
