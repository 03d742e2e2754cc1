import { defineProfile, type Profile } from "../../profile";
import { CALPAE_2019_CLAUSES, CALPAE_2019_PREAMBULE } from "./clauses";
import { CALPAE_2019_SOCLE } from "./socle";
import { CALPAE_2019_VISAS } from "./visas";

/**
 * The *convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi* (CALPAE), the
 * previous generation, older than the Pacte des solidarités: 2019-01-01 to 2021-12-31,
 * extendable by amendment to the end of 2022 or 2023 (`maxEnd`); every action states its `part`
 * — the *socle* common to every signatory (`parts.socle`: exits from child welfare, orientation of
 * RSA recipients, first unconditional social reception, *référent de parcours*, training of
 * social workers from 2020, each with its national indicators where a source names them) or the
 * *initiatives locales* — and has no Pacte axis; the collectivity contributes at least as much
 * as the State each year (whole contract); a convention funds its first year, the later years'
 * amounts being set by avenant (`financing.laterYearsByAmendment`); the yearly *rapport
 * d'exécution* is due 31 March of the next year. For archives and amendments to old contracts.
 *
 * @example
 * CALPAE_2019.reporting.reportDue //=> "03-31"
 * CALPAE_2019.financing.laterYearsByAmendment //=> true
 * CALPAE_2019.axes.allowed //=> []
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
  keywords: ["Stratégie nationale de prévention et de lutte contre la pauvreté", "CALPAE"],
  counterparty: "departemental",
  axes: { allowed: [], required: [], minActionsPerRequiredAxis: 0 },
  period: { start: "2019-01-01", end: "2021-12-31", maxEnd: "2023-12-31", retroactiveStart: true },
  financing: { rule: "at-least", perAction: false, laterYearsByAmendment: true, executionShortfall: "proportional-reduction" },
  parts: {
    required: true,
    labels: { socle: "Socle d'engagements communs", initiative: "Initiatives locales" },
    socle: [...CALPAE_2019_SOCLE],
  },
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
        part: "socle",
        socle: "sorties-ase",
        title: "Prévention des sorties sans solution de l’aide sociale à l’enfance",
        publics: "Jeunes majeurs sortant de l’aide sociale à l’enfance",
        indicator: { label: "Jeunes accompagnés", unit: "jeunes" },
      },
      {
        part: "initiative",
        title: "Mobilité solidaire vers l’emploi",
        publics: "Bénéficiaires du RSA sans moyen de transport",
        indicator: { label: "Personnes accompagnées", unit: "personnes" },
      },
    ],
  },
});
