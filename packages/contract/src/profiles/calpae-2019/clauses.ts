import { deepFreeze } from "@pacte/issues";
import type { ClauseLibrary } from "../../clauses/clause-library";

const text = (...paragraphs: readonly string[]): string => paragraphs.join("\n\n");
const items = (...lines: readonly string[]): string => lines.map((l) => `- ${l}`).join("\n");

/**
 * The préambule of a *convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi*
 * (2019–2021, extended to 2022 and 2023): the national strategy, the socle and the local
 * initiatives, then the territorial diagnostic and the priorities the parties give.
 *
 * @example
 * CALPAE_2019_PREAMBULE.startsWith("La stratégie nationale") //=> true
 */
export const CALPAE_2019_PREAMBULE = text(
  "La stratégie nationale de prévention et de lutte contre la pauvreté prévoit une contractualisation entre l'État et les départements, étendue aux métropoles à compter de 2020, afin de soutenir les politiques d'insertion et d'accompagnement social qu'ils conduisent.",
  "La présente convention comporte un socle d'engagements communs à l'ensemble des collectivités signataires, assortis d'indicateurs nationaux, qui portent sur la prévention des sorties sans solution de l'aide sociale à l'enfance, l'orientation des bénéficiaires du revenu de solidarité active dans un délai d'un mois, le premier accueil social inconditionnel de proximité, la démarche de référent de parcours et, à compter de 2020, la formation des travailleurs sociaux. Elle comporte en outre des initiatives locales choisies par la collectivité.",
  "{@diagnostic}",
  "{@priorities}",
);

/**
 * The articles of a *convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi*
 * (CALPAE, 2019–2023), with the same stable ids as the CLS articles: the collectivity
 * contributes at least as much as the State each year, actions are listed by part (the socle
 * and its commitments, the local initiatives), a convention funds its first year and later years
 * are set by avenant, and a yearly *rapport d'exécution* is due.
 *
 * @example
 * CALPAE_2019_CLAUSES.find((c) => c.id === "financement")?.title //=> "Engagements financiers"
 */
export const CALPAE_2019_CLAUSES: ClauseLibrary = deepFreeze([
  {
    id: "objet",
    title: "Objet",
    text: text(
      "La présente convention a pour objet de définir les engagements réciproques de l'État et {collectivite.designationWithDe} pour la mise en œuvre, sur le territoire {collectivite.designationWithDe}, de la stratégie nationale de prévention et de lutte contre la pauvreté, pour la période {period.range}.",
      "Elle fixe les actions retenues au titre du socle d'engagements communs et des initiatives locales, le montant et les modalités des financements de chacune des parties, ainsi que les conditions du suivi et de l'évaluation.",
    ),
  },
  {
    id: "engagements-collectivite",
    title: "Engagements {collectivite.designationWithDe}",
    text: text(
      "{collectivite.Designation} s'engage à :",
      items(
        "mettre en œuvre les actions du socle et les initiatives locales décrites dans les fiches actions figurant à l'{ref:annexe-fiches} ;",
        "consacrer chaque année au financement de ces actions une contribution au moins égale à celle de l'État, dans les conditions fixées à l'{ref:financement} ;",
        "renseigner les indicateurs nationaux du socle et les indicateurs propres aux initiatives locales figurant à l'{ref:annexe-indicateurs} ;",
        "transmettre chaque année le rapport d'exécution prévu à l'{ref:suivi} ;",
        "participer aux instances de gouvernance prévues à l'{ref:gouvernance}.",
      ),
    ),
  },
  {
    id: "engagements-etat",
    title: "Engagements de l'État",
    text: text(
      "L'État s'engage à :",
      items(
        "contribuer au financement des actions retenues, dans les conditions et limites fixées à l'{ref:financement} ;",
        "verser sa contribution selon les modalités prévues à l'{ref:versements} ;",
        "accompagner {collectivite.designation} dans la mise en œuvre des actions, notamment par l'intermédiaire {state.serviceWithDe}.",
      ),
    ),
  },
  {
    id: "actions",
    title: "Actions retenues",
    text: text(
      "Les parties conviennent de mettre en œuvre les actions suivantes, au titre du socle d'engagements communs et des initiatives locales. Chacune fait l'objet d'une fiche action, figurant à l'{ref:annexe-fiches}, qui en précise {actions.ficheContents}.",
      "{@actionsByPart}",
      "{@socle}",
    ),
  },
  {
    id: "financement",
    title: "Engagements financiers",
    text: text(
      "Pour chaque année, la contribution {collectivite.designationWithDe} au financement des actions retenues est au moins égale à celle de l'État.",
      "{financing.totalSentence}",
      "{@fundingByYear}",
      "La répartition par action et par financeur figure au tableau financier de l'{ref:annexe-financier}.",
      "{financing.ceilingClause}",
      "Les crédits de l'État sont engagés chaque année sous réserve de leur ouverture en loi de finances.",
      "{financeLaw.pendingClause}",
      "{financing.executionShortfallClause}",
    ),
  },
  {
    id: "versements",
    title: "Modalités de versement",
    text: text(
      "La contribution de l'État est versée {collectivite.designationWithA} pour chaque année en {payment.count} : {payment.summary}.",
      "{@paymentSchedule}",
      "{payment.conditionClause}",
      "{payment.afterEndClause}",
      "{clawback.clause}",
    ),
  },
  {
    id: "suivi",
    title: "Suivi et évaluation",
    text: text(
      "{collectivite.Designation} transmet {state.prefetWithA}, au plus tard le {reporting.reportDue} de chaque année, un rapport d'exécution portant sur l'année précédente. Ce rapport rend compte de la réalisation des actions, des dépenses engagées par chacune des parties et des valeurs atteintes par les indicateurs nationaux du socle et par ceux des initiatives locales.",
      "Les indicateurs de chaque action, leur valeur de référence et leurs cibles annuelles figurent à l'{ref:annexe-indicateurs}.",
      "Un bilan final de l'exécution de la convention est transmis dans un délai de {reporting.finalReportDelay} suivant son terme.",
    ),
  },
  {
    id: "gouvernance",
    title: "Gouvernance",
    text: text(
      "Le suivi de la présente convention est assuré par {governance.committeeWithArticle}, sous la coprésidence {state.prefetWithDe} et {collectivite.executiveWithDe}, ou de leurs représentants.",
      "{@committeeMembers}",
      "{governance.CommitteeWithArticle} se réunit {governance.meetings}. Ses réunions portent sur l'état d'avancement des actions et sur le rapport d'exécution ; les ajustements qui donnent lieu à avenant y sont préparés.",
    ),
  },
  {
    id: "communication",
    title: "Communication",
    text: text(
      "Les parties font état de leur partenariat dans toute communication relative aux actions financées au titre de la présente convention. Les documents d'information, publications, supports numériques et signalétiques qui les présentent portent le logo de l'État et celui {collectivite.designationWithDe}, chacun dans le respect de sa charte graphique.",
    ),
  },
  {
    id: "donnees-personnelles",
    title: "Protection des données à caractère personnel",
    when: "personal-data",
    text: text(
      "La mise en œuvre {actions.personalDataWithDe} comporte des traitements de données à caractère personnel concernant leurs bénéficiaires.",
      "Chaque partie, pour les traitements dont elle est responsable, ainsi que les porteurs des actions, respectent le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 relatif à la protection des personnes physiques à l'égard du traitement des données à caractère personnel et à la libre circulation de ces données, et la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés.",
      "Les données transmises à l'État pour le suivi et l'évaluation de la présente convention sont agrégées et ne permettent pas d'identifier les bénéficiaires.",
    ),
  },
  {
    id: "duree",
    title: "Entrée en vigueur et durée",
    text: text(
      "{signature.entryIntoForce} Elle est conclue pour la période {period.range} et peut être prolongée par avenant.",
      "{period.retroactiveClause}",
      "Les stipulations relatives au rapport d'exécution, aux versements et au reversement des sommes non utilisées demeurent applicables après le {period.end}, jusqu'à leur complète exécution.",
    ),
  },
  {
    id: "modification",
    title: "Modification",
    text: text(
      "Toute modification de la présente convention, notamment la fixation ou l'ajustement des montants d'une année, fait l'objet d'un avenant écrit, signé par les parties.",
    ),
  },
  {
    id: "resiliation",
    title: "Résiliation",
    text: text(
      "En cas de manquement de l'une des parties à ses engagements, l'autre partie peut résilier la présente convention à l'expiration d'un délai de {termination.breachNotice} suivant l'envoi d'une mise en demeure, par lettre recommandée avec demande d'avis de réception, restée sans effet.",
      "{termination.generalInterestClause}",
      "En cas de résiliation, l'État peut demander le reversement de tout ou partie des sommes versées qui n'ont pas été utilisées, ou qui l'ont été à d'autres fins que celles prévues par la présente convention.",
    ),
  },
  {
    id: "litiges",
    title: "Litiges",
    text: text(
      "Les parties s'efforcent de résoudre à l'amiable tout différend relatif à l'interprétation ou à l'exécution de la présente convention.",
      "À défaut d'accord, le litige est porté devant {litigation.tribunal}.",
    ),
  },
] satisfies ClauseLibrary);
