import { deepFreeze } from "@pacte/issues";
import type { ClauseLibrary } from "../../clauses/clause-library";

const text = (...paragraphs: readonly string[]): string => paragraphs.join("\n\n");

/**
 * The préambule of a *contrat local des solidarités* (2024–2027): the Pacte des solidarités and
 * its four axes, the contract as its financial instrument, then the territorial diagnostic and
 * the priorities the parties give.
 *
 * @example
 * CLS_2024_PREAMBULE.startsWith("Le Pacte des solidarités") //=> true
 */
export const CLS_2024_PREAMBULE = text(
  "Le Pacte des solidarités, présenté le 18 septembre 2023, est entré en vigueur le 1er janvier 2024 pour la période 2024–2027. Il prolonge la stratégie nationale de prévention et de lutte contre la pauvreté et s'organise autour de quatre axes :",
  "{@axes}",
  "Sa mise en œuvre repose notamment sur une contractualisation entre l'État et les collectivités qui exercent les compétences sociales départementales ainsi que les métropoles. Le contrat local des solidarités en est l'instrument financier : il retient des actions définies localement à partir d'un diagnostic territorial partagé, nouvelles ou renforcées, que l'État et la collectivité cofinancent à parts égales.",
  "{@diagnostic}",
  "{@priorities}",
);

/**
 * The articles of a *contrat local des solidarités* (2024–2027), in order, with their stable ids
 * (`objet` … `litiges`). Texts use the slots of `CLAUSE_SLOTS`, the block slots of
 * `CLAUSE_BLOCK_SLOTS` and references `{ref:…}` to other articles and to the annexes; the article
 * on personal data is part of a contract only when one of its actions handles beneficiaries' data.
 *
 * @example
 * CLS_2024_CLAUSES.map((c) => c.id)
 * //=> ["objet", "engagements-collectivite", "engagements-etat", "actions", "financement", "versements", "suivi", "gouvernance", "communication", "donnees-personnelles", "duree", "modification", "resiliation", "litiges"]
 */
export const CLS_2024_CLAUSES: ClauseLibrary = deepFreeze([
  {
    id: "objet",
    title: "Objet",
    text: text(
      "Le présent contrat a pour objet de décliner le Pacte des solidarités sur le territoire {collectivite.designationWithDe}. Il définit les actions que l'État et {collectivite.designation} s'engagent à conduire et à financer conjointement pour la période {period.range}.",
      "Il fixe les engagements de chacune des parties, le montant et les modalités de leurs financements, ainsi que les conditions du suivi, de l'évaluation et de la gouvernance du partenariat.",
      "Les actions contractualisées relèvent {axes.withDe} du Pacte des solidarités.",
    ),
  },
  {
    id: "engagements-collectivite",
    title: "Engagements {collectivite.designationWithDe}",
    text: text(
      "{collectivite.Designation} s'engage à :",
      [
        "- mettre en œuvre, directement ou par l'intermédiaire des porteurs désignés, les actions décrites dans les fiches actions figurant à l'{ref:annexe-fiches} ;",
        "- consacrer à chaque action, pour chaque année, une contribution égale à celle de l'État, dans les conditions fixées à l'{ref:financement} ;",
        "- rendre compte chaque année de l'exécution des actions et de l'emploi des crédits, dans les conditions prévues à l'{ref:suivi} ;",
        "- renseigner les indicateurs de suivi figurant à l'{ref:annexe-indicateurs} ;",
        "- informer sans délai l'État de toute difficulté susceptible de compromettre la réalisation d'une action ;",
        "- participer aux instances de gouvernance prévues à l'{ref:gouvernance}.",
      ].join("\n"),
    ),
  },
  {
    id: "engagements-etat",
    title: "Engagements de l'État",
    text: text(
      "L'État s'engage à :",
      [
        "- contribuer au financement des actions contractualisées, dans les conditions et limites fixées à l'{ref:financement} ;",
        "- verser sa contribution selon les modalités prévues à l'{ref:versements} ;",
        "- accompagner {collectivite.designation} dans la mise en œuvre des actions, notamment par l'intermédiaire {state.serviceWithDe} ;",
        "- associer {collectivite.designation} à l'animation territoriale et à l'évaluation du Pacte des solidarités.",
      ].join("\n"),
    ),
  },
  {
    id: "actions",
    title: "Actions contractualisées",
    text: text(
      "Les parties conviennent de mettre en œuvre les actions suivantes, regroupées par axe du Pacte des solidarités. Chacune fait l'objet d'une fiche action, figurant à l'{ref:annexe-fiches}, qui en précise {actions.ficheContents}.",
      "{@actionsByAxis}",
      "Une action est dite renforcée lorsqu'elle étend un dispositif existant à une file active plus importante, à de nouveaux publics ou à de nouvelles zones géographiques.",
    ),
  },
  {
    id: "financement",
    title: "Engagements financiers",
    text: text(
      "Les actions contractualisées sont cofinancées à parts égales par l'État et {collectivite.designation} : pour chaque action et pour chaque année, la contribution de l'État est égale à celle {collectivite.designationWithDe}. D'autres partenaires peuvent apporter un financement complémentaire, qui n'entre pas dans ce calcul.",
      "{financing.totalSentence}",
      "{@fundingByYear}",
      "La répartition par action, par année et par financeur figure au tableau financier pluriannuel de l'{ref:annexe-financier}.",
      "{financing.ceilingClause}",
      "Les crédits de l'État sont imputés sur le {budget.line}. Ils sont engagés chaque année sous réserve de leur ouverture en loi de finances.",
      "{financeLaw.pendingClause}",
      "{financing.executionShortfallClause}",
    ),
  },
  {
    id: "versements",
    title: "Modalités de versement",
    text: text(
      "La contribution de l'État est versée {collectivite.designationWithA} chaque année en {payment.count} : {payment.summary}.",
      "{@paymentSchedule}",
      "{payment.conditionClause}",
      "{payment.afterEndClause}",
      "{clawback.clause}",
    ),
  },
  {
    id: "suivi",
    title: "Suivi, évaluation et indicateurs",
    text: text(
      "{collectivite.Designation} transmet {state.prefetWithA}, au plus tard le {reporting.reportDue} de chaque année, un rapport d'exécution portant sur l'année précédente. Ce rapport présente, pour chaque action, les réalisations, les dépenses de chacun des financeurs et les valeurs atteintes par les indicateurs.",
      "Les indicateurs de chaque action, leur valeur de référence et leurs cibles annuelles figurent à l'{ref:annexe-indicateurs}.",
      "Un bilan final de l'exécution du contrat est transmis dans un délai de {reporting.finalReportDelay} suivant son terme.",
      "Les parties conduisent conjointement l'évaluation des actions ; ses conclusions sont présentées {governance.committeeWithA}.",
    ),
  },
  {
    id: "gouvernance",
    title: "Gouvernance",
    text: text(
      "Le suivi du présent contrat est assuré par {governance.committeeWithArticle}, sous la coprésidence {state.prefetWithDe} et {collectivite.executiveWithDe}, ou de leurs représentants.",
      "{@committeeMembers}",
      "{governance.CommitteeWithArticle} se réunit {governance.meetings}. Ses réunions portent sur l'état d'avancement des actions et sur le rapport annuel d'exécution ; les ajustements qui donnent lieu à avenant y sont préparés.",
      "Son secrétariat est assuré par {state.service}.",
    ),
  },
  {
    id: "communication",
    title: "Communication",
    text: text(
      "Les parties font état de leur partenariat dans toute communication relative aux actions financées au titre du présent contrat. Les documents d'information, publications, supports numériques et signalétiques qui les présentent portent le logo de l'État et celui {collectivite.designationWithDe}, chacun dans le respect de sa charte graphique.",
      "{collectivite.Designation} veille à ce que les porteurs des actions respectent la même obligation. Chaque partie informe l'autre, avant leur diffusion, des actions de communication qu'elle conduit au titre du présent contrat.",
    ),
  },
  {
    id: "donnees-personnelles",
    title: "Protection des données à caractère personnel",
    when: "personal-data",
    text: text(
      "La mise en œuvre {actions.personalDataWithDe} comporte des traitements de données à caractère personnel concernant leurs bénéficiaires.",
      "Chaque partie, pour les traitements dont elle est responsable, ainsi que les porteurs des actions, respectent le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 relatif à la protection des personnes physiques à l'égard du traitement des données à caractère personnel et à la libre circulation de ces données, et la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés. Ils ne collectent que les données nécessaires aux actions et en informent les personnes concernées.",
      "Les données transmises à l'État pour le suivi et l'évaluation du présent contrat sont agrégées et ne permettent pas d'identifier les bénéficiaires.",
    ),
  },
  {
    id: "duree",
    title: "Entrée en vigueur et durée",
    text: text(
      "{signature.entryIntoForce} Il est conclu pour la période {period.range}.",
      "{period.retroactiveClause}",
      "Les stipulations relatives au rapport d'exécution, au bilan final, aux versements et au reversement des sommes non utilisées demeurent applicables après le {period.end}, jusqu'à leur complète exécution.",
    ),
  },
  {
    id: "modification",
    title: "Modification",
    text: text(
      "Toute modification du présent contrat fait l'objet d'un avenant écrit, signé par les parties.",
      "Un avenant est notamment nécessaire pour ajouter, supprimer ou modifier une action, ou pour modifier la répartition des financements entre les actions ou entre les années.",
      "Les montants annuels peuvent être ajustés par avenant, dans la limite des crédits ouverts en loi de finances.",
    ),
  },
  {
    id: "resiliation",
    title: "Résiliation",
    text: text(
      "En cas de manquement de l'une des parties à ses engagements, l'autre partie peut résilier le présent contrat à l'expiration d'un délai de {termination.breachNotice} suivant l'envoi d'une mise en demeure, par lettre recommandée avec demande d'avis de réception, restée sans effet.",
      "{termination.generalInterestClause}",
      "Les parties peuvent également mettre fin au présent contrat d'un commun accord.",
      "En cas de résiliation, l'État peut demander le reversement de tout ou partie des sommes versées qui n'ont pas été utilisées, ou qui l'ont été à d'autres fins que celles prévues par le présent contrat.",
    ),
  },
  {
    id: "litiges",
    title: "Litiges",
    text: text(
      "Les parties s'efforcent de résoudre à l'amiable tout différend relatif à l'interprétation ou à l'exécution du présent contrat.",
      "À défaut d'accord, le litige est porté devant {litigation.tribunal}.",
    ),
  },
] satisfies ClauseLibrary);
