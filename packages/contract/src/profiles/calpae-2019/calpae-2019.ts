import { defineProfile, type Profile } from "../../profile";
import { CALPAE_2019_CLAUSES, CALPAE_2019_PREAMBULE } from "./clauses";
import { CALPAE_2019_VISAS } from "./visas";

/**
 * The *convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi* (CALPAE), the
 * previous generation: 2019-01-01 to 2021-12-31, extendable by amendment to the end of 2022 or
 * 2023 (`maxEnd`); every action states its `part`, `socle` or `initiative`; the collectivity
 * contributes at least as much as the State each year (whole contract); the yearly *rapport
 * d'exécution* is due 31 March of the next year. Axes are not a CALPAE notion: any of the four
 * is accepted and none is required. For archives and amendments to old contracts.
 *
 * @example
 * CALPAE_2019.reporting.reportDue //=> "03-31"
 * CALPAE_2019.financing //=> { rule: "at-least", perAction: false }
 */
export const CALPAE_2019: Profile = defineProfile({
  id: "calpae-2019",
  label: "Convention d’appui à la lutte contre la pauvreté et d’accès à l’emploi 2019–2021",
  names: {
    title: "Convention d’appui à la lutte contre la pauvreté et d’accès à l’emploi",
    withArticle: "la convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi",
    withDe: "de la convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi",
    withA: "à la convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi",
    present: "la présente convention",
    Present: "La présente convention",
    signed: "signée",
  },
  referencePrefix: "CALPAE",
  counterparty: "departemental",
  axes: { allowed: [1, 2, 3, 4], required: [], minActionsPerRequiredAxis: 0 },
  period: { start: "2019-01-01", end: "2021-12-31", maxEnd: "2023-12-31", retroactiveStart: true },
  financing: { rule: "at-least", perAction: false },
  parts: { required: true },
  payment: {
    instalments: [
      { percent: 80, when: "start-of-year", label: "avance" },
      { percent: 20, when: "after-report", label: "solde" },
    ],
  },
  reporting: { reportDue: "03-31", finalReportMonths: 3 },
  clawback: { unspent: "recovered" },
  governance: { committee: "comité de suivi", meetingsPerYear: 1 },
  preambule: CALPAE_2019_PREAMBULE,
  visas: [...CALPAE_2019_VISAS],
  clauses: CALPAE_2019_CLAUSES,
  annexes: ["fiches-actions", "tableau-financier", "indicateurs"],
  init: {
    collectivite: "23D",
    deliberationBody: "commission permanente",
    yearlyFunding: { state: 5_000_000, collectivite: 6_000_000 },
    actions: [
      {
        axis: 1,
        part: "socle",
        title: "Prévention des sorties sans solution de l’aide sociale à l’enfance",
        publics: "Jeunes majeurs sortant de l’aide sociale à l’enfance",
        indicator: { label: "Jeunes accompagnés", unit: "jeunes" },
      },
      {
        axis: 2,
        part: "initiative",
        title: "Mobilité solidaire vers l’emploi",
        publics: "Bénéficiaires du RSA sans moyen de transport",
        indicator: { label: "Personnes accompagnées", unit: "personnes" },
      },
    ],
  },
});
