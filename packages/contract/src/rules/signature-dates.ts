import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * Dates in order around the signature: the deliberation comes first
 * (`contract.deliberation_after_signature` at `collectivite.deliberation.date`), the signature
 * is not after the period's end (`contract.signature_after_period` at `signature.date`), and —
 * a warning — not after its start when the profile has no retroactive start
 * (`contract.signature_after_start`).
 *
 * @example
 * SIGNATURE_DATES_RULE.check(ctxDeliberationLate)[0]?.code //=> "contract.deliberation_after_signature"
 */
export const SIGNATURE_DATES_RULE: ContractRule<"signature" | "collectivite" | "period"> = defineRule({
  id: "signature-dates",
  needs: ["signature", "collectivite", "period"],
  check: ({ input, profile, period, lang }) => {
    const issues: Issue[] = [];
    const signature = input.signature.date;
    const deliberation = input.collectivite.deliberation.date;
    if (deliberation > signature) {
      issues.push(
        contractIssue("contract.deliberation_after_signature", ["collectivite", "deliberation", "date"], { deliberation, signature }, { lang }),
      );
    }
    if (period.start <= period.end) {
      if (signature > period.end) {
        issues.push(contractIssue("contract.signature_after_period", ["signature", "date"], { signature, end: period.end }, { lang }));
      } else if (!profile.period.retroactiveStart && signature > period.start) {
        const params = { signature, start: period.start, profile: profile.id };
        issues.push(contractIssue("contract.signature_after_start", ["signature", "date"], params, { lang }));
      }
    }
    return issues;
  },
});
