// A profile a team defines for its own family of contracts, in its own folder: texts from
// ./texts, rules as data, and the template of a new contract (`initContractInput`).
import { defineProfile, type Profile } from "@pacte/contract";
import { CTI_2028_CLAUSES, CTI_2028_NAMES, CTI_2028_PREAMBULE, CTI_2028_VISAS } from "./texts";

export const CTI_2028: Profile = defineProfile({
  id: "cti-2028",
  label: "Convention territoriale d'insertion 2028–2030",
  names: CTI_2028_NAMES,
  referencePrefix: "CTI",
  counterparty: "departemental",
  axes: { allowed: [1, 2], required: [2], minActionsPerRequiredAxis: 1 },
  period: { start: "2028-01-01", end: "2030-12-31", retroactiveStart: true },
  financing: { rule: "at-least", perAction: false },
  reporting: { reportDue: "04-30", finalReportMonths: 3 },
  governance: { committee: "comité territorial d'insertion", meetingsPerYear: 2 },
  preambule: CTI_2028_PREAMBULE,
  visas: [...CTI_2028_VISAS],
  clauses: CTI_2028_CLAUSES,
  annexes: ["fiches-actions", "tableau-financier"],
  init: {
    collectivite: "87D",
    deliberationBody: "commission permanente",
    yearlyFunding: { state: 3_000_000, collectivite: 4_000_000 },
    actions: [
      { axis: 2, title: "Parcours renforcé vers l'emploi", publics: "Allocataires du RSA", indicator: { label: "Parcours engagés", unit: "personnes" } },
      { axis: 1, title: "Garde d'enfants pour la reprise d'emploi", publics: "Parents isolés", indicator: { label: "Places", unit: "places" } },
    ],
  },
});
