import { CLS_2024_CLAUSES } from "../clauses/cls-2024";
import type { ProfileInput } from "../profile";

/**
 * What both CLS 2024 profiles (département and métropole) share: the parity rule, the clause
 * library, the annexes, and the parameters the public sources leave open — payment 80 % at the
 * start of the year and 20 % once the report is approved, report due 30 June of the next year,
 * final report 6 months after the end, unspent money recovered, one steering committee a year.
 * Those are documented defaults [U], not facts: a team changes them in its input or its profile.
 *
 * @example
 * CLS_2024_DEFAULTS.reporting //=> { reportDue: "06-30", finalReportMonths: 6 }
 */
export const CLS_2024_DEFAULTS = {
  title: "Contrat local des solidarités",
  generation: "cls-2024",
  financing: { rule: "parity", perAction: true },
  payment: {
    instalments: [
      { percent: 80, when: "start-of-year", label: "avance" },
      { percent: 20, when: "after-report", label: "solde" },
    ],
  },
  reporting: { reportDue: "06-30", finalReportMonths: 6 },
  clawback: { unspent: "recovered" },
  governance: { committee: "comité de pilotage", meetingsPerYear: 1 },
  clauses: CLS_2024_CLAUSES,
  annexes: ["fiches-actions", "tableau-financier", "indicateurs"],
} as const satisfies Partial<ProfileInput>;
