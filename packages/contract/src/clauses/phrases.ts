import { z } from "zod";

const Phrase = z.string().trim().min(1);

/**
 * The sentences a composition adds only when the contract needs them, as templates with the
 * slots of `CLAUSE_SLOTS` — a profile's data like its articles, so a team rewords any of them
 * in its own profile (`defineProfile({ ...CLS_DEPARTEMENT_2024, phrases: { retroactivity: "…" } })`;
 * the others keep their defaults):
 *
 * - `retroactivity`: actions begun since the period's start are eligible, when the signature
 *   comes after it and the profile's `period.retroactiveStart` is on;
 * - `entryIntoForce` / `entryIntoForceElectronic`: when the contract takes effect, by the
 *   signature mode;
 * - `financeLawPending`: the State's commitment for a year whose finance law was not yet
 *   promulgated on the signature date;
 * - `laterYearsByAmendment`: the years the contract leaves unfunded, set later by avenant;
 * - `balanceAfterEnd`: why the last balance is paid after the contract's end;
 * - `executionShortfallParity` / `executionShortfallAtLeast`: what happens when the
 *   collectivity spends less than the rule requires (profile `financing.executionShortfall`);
 * - `generalInterestTermination`: termination for a *motif d'intérêt général*;
 * - `signaturePaper` / `signatureElectronic`: the formula above the signature blocks.
 *
 * @example
 * ProfilePhrasesSchema.parse({}).signaturePaper //=> "Fait à {signature.place}, le {signature.date}, en {signature.originals} exemplaires originaux."
 */
export const ProfilePhrasesSchema = z.object({
  retroactivity: Phrase.default(
    "Les actions engagées à compter du {period.start}, y compris avant la date de signature, sont éligibles aux financements prévus par {contract.present}.",
  ),
  entryIntoForce: Phrase.default("{contract.Present} entre en vigueur à la date de sa signature par la dernière des parties."),
  entryIntoForceElectronic: Phrase.default(
    "{contract.Present} entre en vigueur à la date de la dernière des signatures électroniques des parties.",
  ),
  financeLawPending: Phrase.default(
    "Les engagements de l'État au titre de l'année {financeLaw.pendingYear} sont pris sous réserve de l'adoption de la loi de finances pour {financeLaw.pendingYear} et de l'ouverture des crédits correspondants.",
  ),
  laterYearsByAmendment: Phrase.default(
    "Les contributions des parties au titre {years.unfundedWithDe} sont fixées par avenant, dans la limite des crédits ouverts en loi de finances ; tant qu'un avenant ne les a pas fixées, aucune somme n'est due au titre de {years.unfundedThese}.",
  ),
  balanceAfterEnd: Phrase.default(
    "Le rapport d'exécution de l'année {period.lastYear} étant remis au plus tard le {payment.lastReportDue}, le solde dû au titre de cette année est versé après le terme {contract.presentWithDe} : les stipulations relatives au rapport d'exécution et aux versements demeurent applicables jusqu'à leur complète exécution.",
  ),
  executionShortfallParity: Phrase.default(
    "Si, pour une action et une année, la dépense effectivement supportée par {collectivite.designation} est inférieure à sa contribution prévue, la contribution de l'État à cette action est réduite dans la même proportion, de sorte qu'elle n'excède jamais celle {collectivite.designationWithDe} ; la différence est déduite du solde ou, à défaut, reversée à l'État.",
  ),
  executionShortfallAtLeast: Phrase.default(
    "Si, pour une année, la dépense effectivement supportée par {collectivite.designation} est inférieure à la contribution de l'État, celle-ci est réduite à due concurrence ; la différence est déduite du solde ou, à défaut, reversée à l'État.",
  ),
  generalInterestTermination: Phrase.default(
    "Chacune des parties peut en outre résilier {contract.present} pour un motif d'intérêt général, par lettre recommandée avec demande d'avis de réception, moyennant un préavis de {termination.generalInterestNotice}. Les dépenses engagées pour les actions avant la date d'effet de la résiliation restent éligibles, dans la limite des engagements prévus.",
  ),
  signaturePaper: Phrase.default("Fait à {signature.place}, le {signature.date}, en {signature.originals} exemplaires originaux."),
  signatureElectronic: Phrase.default(
    "{contract.Present} est {contract.signed} électroniquement par les parties ; chaque signature porte sa date, et {contract.present} prend date à la dernière d'entre elles.",
  ),
});
/** A profile's phrases, defaults applied. See {@link ProfilePhrasesSchema}. */
export type ProfilePhrases = z.output<typeof ProfilePhrasesSchema>;
