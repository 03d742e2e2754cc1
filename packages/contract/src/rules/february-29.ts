import type { Issue, IssuePath } from "@pacte/model";
import { contractIssue } from "../issues";
import { defineRule, type ContractRule } from "./rule";

/**
 * A day of the year `02-29` — the report's deadline, an instalment, a meeting — only under a
 * profile that says what it means in a year without one (`february29`): otherwise
 * `contract.february_29` at its path (`reporting.reportDue`, `payment.instalments[i].when`,
 * `governance.meetingDates[i]`).
 *
 * @example
 * FEBRUARY_29_RULE.check(ctxWithReportDue("02-29"))[0]?.code //=> "contract.february_29"
 */
export const FEBRUARY_29_RULE: ContractRule<"reporting" | "payment" | "governance"> = defineRule({
  id: "february-29",
  needs: ["reporting", "payment", "governance"],
  check: ({ input, profile, lang }) => {
    if (profile.february29 !== "refused") return [];
    const found: IssuePath[] = [];
    if (input.reporting?.reportDue === "02-29") found.push(["reporting", "reportDue"]);
    input.payment?.instalments.forEach((i, k) => {
      if (i.when === "02-29") found.push(["payment", "instalments", k, "when"]);
    });
    input.governance?.meetingDates?.forEach((d, k) => {
      if (d === "02-29") found.push(["governance", "meetingDates", k]);
    });
    return found.map((path): Issue => contractIssue("contract.february_29", path, { profile: profile.id }, { lang }));
  },
});
