// The texts of a family of contracts that @pacte/contract does not ship: a « convention
// territoriale d'insertion » 2028–2030, written as a team would write its own. Everything here is
// data; nothing in the package's source knows about it.
import type { ClauseLibrary, ContractNames } from "@pacte/contract";

const text = (...paragraphs: readonly string[]): string => paragraphs.join("\n\n");

export const CTI_2028_NAMES: ContractNames = {
  title: "Convention territoriale d'insertion",
  withArticle: "la convention territoriale d'insertion",
  withDe: "de la convention territoriale d'insertion",
  withA: "à la convention territoriale d'insertion",
  present: "la présente convention",
  Present: "La présente convention",
  signed: "signée",
};

export const CTI_2028_PREAMBULE = text(
  "Les parties partagent l'objectif d'un accompagnement vers l'emploi de chaque allocataire du revenu de solidarité active sur le territoire {collectivite.designationWithDe}.",
  "{@diagnostic}",
  "{@priorities}",
);

export const CTI_2028_VISAS: readonly string[] = [
  "Vu le code de l'action sociale et des familles",
  "Vu {deliberation.designation} autorisant {collectivite.executiveDesignation} à signer la présente convention",
];

export const CTI_2028_CLAUSES: ClauseLibrary = [
  {
    id: "objet",
    title: "Objet",
    text: "La présente convention fixe, pour la période {period.range}, les actions d'insertion que l'État et {collectivite.designation} conduisent ensemble.",
  },
  {
    id: "parcours",
    title: "Parcours d'insertion",
    text: text("Les actions retenues sont les suivantes ; chacune fait l'objet d'une fiche, à l'{ref:annexe-fiches} :", "{@actionsByAxis}"),
  },
  {
    id: "financement",
    title: "Financement",
    text: text(
      "{collectivite.Designation} apporte chaque année au moins autant que l'État. Pour la durée de la convention, l'État apporte {total.state.full} et {collectivite.designation} {total.collectivite.full}.",
      "{@fundingByYear}",
    ),
  },
  {
    id: "bilan",
    title: "Bilan",
    text: "{collectivite.Designation} adresse {state.prefetWithA} un bilan annuel au plus tard le {reporting.reportDue}, selon l'{ref:parcours}.",
  },
  {
    id: "duree",
    title: "Durée",
    text: "La présente convention prend effet à sa signature et s'achève le {period.end}.",
  },
];
