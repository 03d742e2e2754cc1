import { closestMatch } from "@pacte/issues";
import type { Issue } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * Under a profile with parts (CALPAE), each action says whether it belongs to the socle or the
 * local initiatives (`contract.part_missing` at `actions[i].part`); under other profiles a `part`
 * is ignored with a warning (`contract.part_not_applicable`). A socle action names the socle
 * commitment it serves when the profile lists them (`contract.socle_missing`,
 * `contract.socle_unknown` at `actions[i].socle`); a commitment given elsewhere is ignored with a
 * warning (`contract.socle_not_applicable`), and one funded before the year it joined the socle
 * gives `contract.socle_before_year`.
 *
 * @example
 * ACTION_PARTS_RULE.check(calpaeCtxWithoutPart)[0]?.code //=> "contract.part_missing"
 */
export const ACTION_PARTS_RULE: ContractRule<"actions"> = defineRule({
  id: "action-parts",
  needs: ["actions"],
  check: ({ input, profile, lang }) => {
    const issues: Issue[] = [];
    input.actions.forEach((action, i) => {
      const path = ["actions", i, "part"];
      if (profile.parts?.required === true && action.part === undefined) {
        issues.push(contractIssue("contract.part_missing", path, { actionId: action.id, profile: profile.id }, { lang }));
      } else if (profile.parts === undefined && action.part !== undefined) {
        const params = { actionId: action.id, received: action.part, profile: profile.id };
        issues.push(contractIssue("contract.part_not_applicable", path, params, { lang }));
      }
      const socle = profile.parts?.socle ?? [];
      const soclePath = ["actions", i, "socle"];
      if (action.socle !== undefined && (action.part !== "socle" || socle.length === 0)) {
        const params = { actionId: action.id, received: action.socle, profile: profile.id, ...(action.part !== undefined ? { part: action.part } : {}) };
        issues.push(contractIssue("contract.socle_not_applicable", soclePath, params, { lang }));
        return;
      }
      if (action.part !== "socle" || socle.length === 0) return;
      const ids = socle.map((c) => c.id);
      if (action.socle === undefined) {
        issues.push(contractIssue("contract.socle_missing", soclePath, { actionId: action.id, available: ids, profile: profile.id }, { lang }));
        return;
      }
      const commitment = socle.find((c) => c.id === action.socle);
      if (commitment === undefined) {
        const suggestion = closestMatch(action.socle, ids);
        const params = { actionId: action.id, received: action.socle, available: ids, profile: profile.id, ...(suggestion !== undefined ? { suggestion } : {}) };
        issues.push(contractIssue("contract.socle_unknown", soclePath, params, { lang }));
        return;
      }
      const from = commitment.fromYear;
      if (from === undefined) return;
      const early = Object.entries(action.funding)
        .filter(([year, f]) => Number(year) < from && (f.state > 0 || f.collectivite > 0))
        .map(([year]) => Number(year))
        .sort((a, b) => a - b)[0];
      if (early !== undefined) {
        const params = { actionId: action.id, label: commitment.label, fromYear: from, year: early };
        issues.push(contractIssue("contract.socle_before_year", ["actions", i, "funding", String(early)], params, { lang }));
      }
    });
    return issues;
  },
});
