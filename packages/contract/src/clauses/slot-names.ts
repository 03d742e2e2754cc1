/**
 * Every value slot a contract fills in clause templates and visas, with what it holds (the
 * example is for a contract with the Département de la Creuse). A user's replacement text
 * (`input.articles[id]`) may use any of them.
 *
 * @example
 * CLAUSE_SLOTS["collectivite.designation"] //=> "La désignation courte de la collectivité : « le Département », « la Métropole », « la Collectivité »."
 */
export const CLAUSE_SLOTS: Readonly<Record<string, string>> = Object.freeze({
  reference: "Le numéro du contrat (CLS-23-2024).",
  "contract.title": "Le titre du contrat (Contrat local des solidarités).",
  "contract.withArticle": "Le titre avec son article (le contrat local des solidarités).",
  "contract.withDe": "Le titre après « de » (du contrat local des solidarités).",
  "contract.withA": "Le titre après « à » (au contrat local des solidarités).",
  "contract.present": "L’expression « le présent contrat » ou « la présente convention ».",
  "contract.Present": "La même en début de phrase (Le présent contrat, La présente convention).",
  "contract.presentWithDe": "La même après « de » (du présent contrat, de la présente convention).",
  "contract.signed": "Le participe accordé au titre (signé, signée).",
  "state.prefetTitle": "Le titre du préfet en début de phrase (La préfète de la Creuse).",
  "state.prefetQuality": "La qualité du préfet (préfète de la Creuse).",
  "state.prefetDesignation": "Le préfet en milieu de phrase (la préfète de la Creuse).",
  "state.prefetWithA": "Le préfet après « à » (à la préfète de la Creuse, au préfet de la Creuse).",
  "state.prefetWithDe": "Le préfet après « de » (de la préfète de la Creuse, du préfet de la Creuse).",
  "state.prefetName": "Le nom du préfet (Anne Martin).",
  "state.departement.name": "Le nom du département du préfet signataire (Creuse).",
  "state.departement.withArticle": "Ce nom avec son article (la Creuse).",
  "state.departement.withDe": "Ce nom après « de » (de la Creuse).",
  "state.service":
    "Le service de l’État qui suit le contrat, avec son article et son sigle (la direction départementale de l’emploi, du travail, des solidarités et de la protection des populations de la Creuse (DDETSPP)), ou « les services de l’État » quand aucune source ne le nomme.",
  "state.serviceWithDe": "Le même après « de » (de la direction départementale…, des services de l’État).",
  "collectivite.name": "Le nom de la collectivité (Département de la Creuse).",
  "collectivite.nameWithArticle": "Ce nom avec son article (le Département de la Creuse).",
  "collectivite.designation":
    "La désignation courte de la collectivité : « le Département », « la Métropole », « la Collectivité ».",
  "collectivite.Designation": "La même en début de phrase (Le Département).",
  "collectivite.designationWithDe": "La même après « de » (du Département, de la Métropole).",
  "collectivite.designationWithA": "La même après « à » (au Département, à la Métropole).",
  "collectivite.executiveTitle": "Le titre de l’exécutif en début de phrase (La présidente du conseil départemental de la Creuse).",
  "collectivite.executiveQuality": "Sa qualité (présidente du conseil départemental de la Creuse).",
  "collectivite.executiveDesignation": "L’exécutif en milieu de phrase (la présidente du conseil départemental de la Creuse).",
  "collectivite.executiveWithDe": "L’exécutif après « de » (de la présidente…, du président du conseil départemental de la Creuse).",
  "collectivite.executiveName": "Le nom de l’exécutif (Valérie Simonet).",
  "collectivite.siret": "Le SIRET de la collectivité, mis en forme (222 309 627 00016), ou vide.",
  "deliberation.number": "Le numéro de la délibération qui habilite l’exécutif.",
  "deliberation.date": "Sa date (20 février 2024).",
  "deliberation.designation":
    "La délibération désignée en entier (la délibération n° 2024-17 de la commission permanente du 20 février 2024).",
  "period.start": "Le début de la période (1er janvier 2024).",
  "period.end": "La fin de la période (31 décembre 2027).",
  "period.range": "La période (du 1er janvier 2024 au 31 décembre 2027).",
  "period.firstYear": "La première année (2024).",
  "period.lastYear": "La dernière année (2027).",
  "period.years": "Les années couvertes (2024, 2025, 2026 et 2027).",
  "period.retroactiveClause":
    "La phrase du profil sur les actions engagées avant la signature (phrases.retroactivity), si le profil admet un début rétroactif et que la signature suit le début de la période ; sinon vide.",
  "signature.place": "Le lieu de signature (Guéret).",
  "signature.date": "La date de signature (24 juin 2024).",
  "signature.year": "L’année de signature (2024).",
  "signature.originals": "Le nombre d’exemplaires originaux, en lettres (deux).",
  "signature.entryIntoForce": "La phrase d’entrée en vigueur selon le mode de signature (papier ou électronique).",
  "signature.formula": "La formule qui précède les signatures : « Fait à …, le …, en deux exemplaires originaux. » ou la mention de la signature électronique.",
  "financeLaw.designation":
    "La loi de finances citée : celle de la première année financée, jamais une loi promulguée après la signature (la loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024).",
  "financeLaw.year": "L’année de la loi de finances citée (2024).",
  "financeLaw.pendingYear": "L’année dont la loi de finances n’était pas promulguée à la signature, ou vide.",
  "financeLaw.pendingClause": "La phrase du profil qui subordonne les engagements de cette année à sa loi de finances, ou vide.",
  "years.funded": "Les années dotées de crédits (2019 ; 2024, 2025, 2026 et 2027).",
  "years.fundedWithDe": "Les mêmes après « de » (de l’année 2019, des années 2024, 2025, 2026 et 2027).",
  "years.unfunded": "Les années sans montant, fixées par avenant (2020 et 2021), ou vide.",
  "years.unfundedWithDe": "Les mêmes après « de » (des années 2020 et 2021), ou vide.",
  "years.unfundedThese": "Les mots qui les reprennent : « cette année » ou « ces années », selon leur nombre, ou vide.",
  "axes.withDe": "Les axes des actions après « de » (des axes 1, 3 et 4 ; de l’axe 1).",
  "actions.count": "Le nombre d’actions (12).",
  "actions.ficheContents":
    "Ce que précise chaque fiche action : les rubriques que toutes les fiches renseignent, puis « le cas échéant » celles que certaines seulement renseignent.",
  "actions.personalDataWithDe": "Les actions qui traitent des données personnelles de leurs bénéficiaires, après « de » (de l’action A3.3, des actions A1.1 et A3.3), ou vide.",
  "total.state": "La contribution totale de l’État en chiffres (1 200 000,00 €).",
  "total.state.words": "La même en lettres (un million deux cent mille euros).",
  "total.state.full": "La même en lettres puis en chiffres (un million deux cent mille euros (1 200 000,00 €)).",
  "total.collectivite": "La contribution totale de la collectivité en chiffres.",
  "total.collectivite.words": "La même en lettres.",
  "total.collectivite.full": "La même en lettres puis en chiffres.",
  "total.others": "Les apports des autres partenaires en chiffres.",
  "total.others.words": "Les mêmes en lettres.",
  "total.others.full": "Les mêmes en lettres puis en chiffres.",
  "total.all": "Le coût total des actions, tous financeurs, en chiffres.",
  "total.all.words": "Le même en lettres.",
  "total.all.full": "Le même en lettres puis en chiffres.",
  "financing.ceilingClause": "Une phrase sur le plafond annuel des crédits de l’État, s’il est fixé ; sinon vide.",
  "financing.totalSentence":
    "Les contributions de chaque partie pour la durée du contrat, ou pour les années dotées quand d’autres sont fixées par avenant (phrases.laterYearsByAmendment), en lettres et en chiffres.",
  "financing.executionShortfallClause":
    "La phrase du profil sur la réduction de la part de l’État quand la collectivité dépense moins que prévu (financing.executionShortfall), ou vide.",
  "budget.line": "La ligne budgétaire de l’État (programme 304 « Inclusion sociale et protection des personnes », action 23 « Pacte des solidarités »).",
  "payment.count": "Le nombre de versements par an, en lettres (deux fois).",
  "payment.summary":
    "L’échéancier annuel en une phrase, fidèle à la date de signature (une avance de 80 %, versée à la signature pour l’année 2024, puis au début de chacune des années suivantes, puis le solde de 20 %, versé après approbation du rapport d’exécution de l’année…).",
  "payment.firstYear": "La première année dotée de crédits de l’État (2024).",
  "payment.lastReportDue": "La date limite du rapport d’exécution de la dernière année (30 juin 2028).",
  "payment.conditionClause": "Une phrase sur la condition du versement qui suit le rapport, s’il y en a un ; sinon vide.",
  "payment.afterEndClause": "La phrase du profil qui explique pourquoi le dernier solde est versé après le terme du contrat (phrases.balanceAfterEnd), ou vide.",
  "clawback.clause": "La phrase sur les crédits non consommés (reversement ou report), selon le profil ; vide s’il n’y en a pas.",
  "reporting.reportDue": "La date limite du rapport annuel (30 juin).",
  "reporting.finalReportMonths": "Le délai du bilan final, en mois, en chiffres (6).",
  "reporting.finalReportDelay": "Le même délai en lettres (six mois).",
  "termination.breachNotice": "Le délai de résiliation après mise en demeure, en lettres (deux mois).",
  "termination.generalInterestNotice": "Le préavis de résiliation pour motif d’intérêt général, en lettres (trois mois).",
  "termination.generalInterestClause": "La phrase du profil sur la résiliation pour motif d’intérêt général.",
  "litigation.tribunal": "Le tribunal administratif compétent, avec son article (le tribunal administratif de Limoges).",
  "governance.committee": "Le nom de l’instance de suivi (comité de pilotage).",
  "governance.committeeWithArticle": "Ce nom avec son article (le comité de pilotage).",
  "governance.CommitteeWithArticle": "Le même en début de phrase (Le comité de pilotage).",
  "governance.committeeWithDe": "Ce nom après « de » (du comité de pilotage).",
  "governance.committeeWithA": "Ce nom après « à » (au comité de pilotage).",
  "governance.meetings": "La fréquence des réunions (au moins une fois par an).",
});

/**
 * The block slots: a paragraph that holds only `{@name}` is replaced by the blocks the contract
 * gives (a list, a table…), or by nothing when there is nothing to show.
 *
 * @example
 * Object.keys(CLAUSE_BLOCK_SLOTS).includes("actionsByAxis") //=> true
 */
export const CLAUSE_BLOCK_SLOTS: Readonly<Record<string, string>> = Object.freeze({
  axes: "La liste des quatre axes du Pacte des solidarités.",
  diagnostic: "Le diagnostic territorial (paragraphes du préambule), précédé d’une phrase d’introduction.",
  priorities: "Les priorités retenues (liste), précédées d’une phrase d’introduction.",
  actionsByAxis: "La liste des actions par axe, avec le renvoi à leur fiche.",
  actionsByPart: "La liste des actions par partie (socle, initiatives), avec le renvoi à leur fiche.",
  socle: "Les engagements du socle que servent les actions, avec leur objectif (profils à socle).",
  fundingByYear: "Les engagements de chaque partie par année, en lettres et en chiffres.",
  paymentSchedule: "Le tableau des versements de l’État par année.",
  committeeMembers: "La composition de l’instance de suivi (liste), si elle est donnée.",
});

/**
 * The annexes a reference `{ref:…}` may point to, besides the articles (`{ref:financement}`
 * is written « article 5 »; `{ref:annexe-fiches}` « annexe 1 »).
 *
 * @example
 * ANNEX_IDS //=> ["annexe-fiches", "annexe-financier", "annexe-indicateurs"]
 */
export const ANNEX_IDS = Object.freeze(["annexe-fiches", "annexe-financier", "annexe-indicateurs"] as const);
/** One of {@link ANNEX_IDS}. */
export type AnnexId = (typeof ANNEX_IDS)[number];
