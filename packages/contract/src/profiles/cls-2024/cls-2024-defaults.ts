import { deepFreeze } from "@pacte/issues";
import type { ProfileInput } from "../../profile";
import { CLS_2024_CLAUSES, CLS_2024_PREAMBULE } from "./clauses";

/**
 * What both CLS 2024 profiles (département and métropole) share: the texts — names, préambule,
 * the articles — the reference prefix `CLS`, the parity rule, the annexes, and the parameters
 * the public sources leave open — payment 80 % at the start of the year (at the signature for
 * the first year when it comes later) and 20 % once the year's report is approved, report due
 * 30 June of the next year, final report 6 months after the end, unspent money recovered, the
 * State's share reduced in proportion when the collectivity spends less than planned, notice of
 * 2 months after a formal notice and 3 months for a *motif d'intérêt général*, one steering
 * committee a year, a paper signature in two originals. Those are documented defaults [U], not
 * facts: a team changes them in its input or its profile.
 *
 * @example
 * CLS_2024_DEFAULTS.reporting //=> { reportDue: "06-30", finalReportMonths: 6 }
 * CLS_2024_DEFAULTS.names.withA //=> "au contrat local des solidarités"
 */
export const CLS_2024_DEFAULTS = deepFreeze({
  names: {
    title: "Contrat local des solidarités",
    withArticle: "le contrat local des solidarités",
    withDe: "du contrat local des solidarités",
    withA: "au contrat local des solidarités",
    present: "le présent contrat",
    Present: "Le présent contrat",
    signed: "signé",
  },
  referencePrefix: "CLS",
  keywords: ["Pacte des solidarités"],
  financing: { rule: "parity", perAction: true, laterYearsByAmendment: false, executionShortfall: "proportional-reduction" },
  payment: {
    instalments: [
      { percent: 80, when: "start-of-year", label: "avance" },
      { percent: 20, when: "after-report", label: "solde" },
    ],
  },
  reporting: { reportDue: "06-30", finalReportMonths: 6 },
  clawback: { unspent: "recovered" },
  governance: { committee: "comité de pilotage", meetingsPerYear: 1 },
  preambule: CLS_2024_PREAMBULE,
  clauses: CLS_2024_CLAUSES,
  annexes: ["fiches-actions", "tableau-financier", "indicateurs"],
} as const satisfies Partial<ProfileInput>);
