/**
 * The texts of an *avenant* (amendment), shared by every generation; they use the contract's
 * slots (`CLAUSE_SLOTS`) and `amendment.number`, `amendment.date`. `previousVisa` is used from
 * the second amendment on (`amendment.previous`: « l'avenant n° 1 », « les avenants n° 1 à 3 »).
 * `dueComplement` and `dueDeduction` settle an instalment already due on the avenant's date
 * whose amount it changes (`payment.year`, `payment.label`, `payment.difference`).
 *
 * @example
 * AMENDMENT_CLAUSES.title //=> "Avenant n° {amendment.number} {contract.withA} n° {reference}"
 */
export const AMENDMENT_CLAUSES = Object.freeze({
  title: "Avenant n° {amendment.number} {contract.withA} n° {reference}",
  contractVisa: "Vu {contract.withArticle} n° {reference} {contract.signed} le {signature.date} entre l'État et {collectivite.nameWithArticle}",
  previousVisa: "Vu {amendment.previous} {contract.withA} n° {reference}",
  deliberationVisa: "Vu {deliberation.designation} autorisant {collectivite.executiveDesignation} à signer le présent avenant",
  objet:
    "Le présent avenant a pour objet de modifier {contract.withArticle} n° {reference} {contract.signed} le {signature.date} entre l'État et {collectivite.nameWithArticle}.",
  reasons: "Il est conclu pour les motifs suivants :",
  unchanged:
    "Les stipulations {contract.withDe} n° {reference} qui ne sont pas modifiées par le présent avenant demeurent inchangées et continuent de produire leurs effets.",
  effect: "Le présent avenant prend effet à la date de sa signature par les parties.",
  dueComplement:
    "Le versement de l'État dû au titre de l'année {payment.year} ({payment.label}), échu à la date du présent avenant, est complété de {payment.difference}, versé à la signature du présent avenant.",
  dueDeduction:
    "Le versement de l'État dû au titre de l'année {payment.year} ({payment.label}), échu à la date du présent avenant, excède de {payment.difference} le montant qui résulte du présent avenant ; cette somme est déduite du versement suivant de l'État.",
  consolidated: "Version consolidée après l'avenant n° {amendment.number}",
});
