import { deepFreeze } from "@pacte/issues";
import type { Visa } from "../../clauses/visa";

// The legal texts the shipped profiles cite, each with the provenance of the reference and
// where it was read. What no source confirms is cited without a number (or not at all).

const LEGIFRANCE_2004_374 = "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000249712";
const LEGIFRANCE_GBCP = "http://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000026597003&dateTexte=&categorieLien=id";

/**
 * The visas of public finance every shipped profile opens with: the LOLF (loi organique
 * n° 2001-692), the finance law the contract cites (`{financeLaw.designation}`: that of the first
 * year funded, never one promulgated after the signature), the décret n° 2004-374 on the préfets'
 * powers and the GBCP decree (n° 2012-1246), all confirmed by Légifrance.
 *
 * @example
 * PUBLIC_FINANCE_VISAS.map((v) => typeof v === "string" ? v : v.provenance) //=> ["confirmed", "confirmed", "confirmed", "confirmed"]
 */
export const PUBLIC_FINANCE_VISAS: readonly Visa[] = deepFreeze([
  {
    text: "Vu la loi organique n° 2001-692 du 1er août 2001 relative aux lois de finances",
    provenance: "confirmed",
    sources: [LEGIFRANCE_2004_374, LEGIFRANCE_GBCP],
  },
  { text: "Vu {financeLaw.designation}", provenance: "confirmed", sources: [] },
  {
    text: "Vu le décret n° 2004-374 du 29 avril 2004 relatif aux pouvoirs des préfets, à l'organisation et à l'action des services de l'État dans les régions et départements",
    provenance: "confirmed",
    sources: [LEGIFRANCE_2004_374],
  },
  {
    text: "Vu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique",
    provenance: "confirmed",
    sources: [LEGIFRANCE_GBCP],
  },
] satisfies Visa[]);

/**
 * The code de l'action sociale et des familles, with its article L. 121-1 (the département
 * defines and carries out the social action policy), confirmed by Légifrance.
 *
 * @example
 * (CASF_VISA as { text: string }).text //=> "Vu le code de l'action sociale et des familles, notamment son article L. 121-1"
 */
export const CASF_VISA: Visa = deepFreeze({
  text: "Vu le code de l'action sociale et des familles, notamment son article L. 121-1",
  provenance: "confirmed",
  sources: ["https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006074069/LEGISCTA000006142832/2020-02-27/"],
} satisfies Visa);

/**
 * The code général des collectivités territoriales for a collectivity with departmental powers,
 * with the statute of each one that has its own: a département (L. 3211-1, its social powers;
 * Mayotte's with the loi n° 2010-1487, press-level), the Ville de Paris (L. 2512-1), the
 * Métropole de Lyon (L. 3611-1), the Collectivité de Corse (L. 4421-1), Martinique (L. 7211-1)
 * and Guyane (L. 7111-1) with the loi n° 2011-884, the Collectivité européenne d'Alsace
 * (L. 3431-1 and the loi n° 2019-816). Each applies only to its collectivity.
 *
 * @example
 * DEPARTEMENTAL_CGCT_VISAS.length //=> 9
 */
export const DEPARTEMENTAL_CGCT_VISAS: readonly Visa[] = deepFreeze([
  {
    text: "Vu le code général des collectivités territoriales, notamment son article L. 3211-1",
    provenance: "confirmed",
    sources: ["https://senat.fr./rap/r19-706/r19-7066.html"],
    appliesTo: { collectiviteKinds: ["departement"] },
  },
  {
    text: "Vu la loi n° 2010-1487 du 7 décembre 2010 relative au Département de Mayotte",
    provenance: "press",
    sources: ["http://fr.hellokids.com/w/index.php?diff=prev&oldid=164502531&title=Collectivit%C3%A9_%C3%A0_statut_particulier"],
    appliesTo: { collectivites: ["976R"] },
  },
  {
    text: "Vu le code général des collectivités territoriales, notamment son article L. 2512-1",
    provenance: "confirmed",
    sources: ["http://www.weka.fr/base-juridique/code_CGCT_LEGISCTA000006181032.html"],
    appliesTo: { collectivites: ["75C"] },
  },
  {
    text: "Vu le code général des collectivités territoriales, notamment son article L. 3611-1",
    provenance: "confirmed",
    sources: ["https://www.legifrance.gouv.fr/affichCode.do?idArticle=LEGIARTI000028528966&idSectionTA=LEGISCTA000028528963&cidTexte=LEGITEXT000006070633&dateTexte=20190826"],
    appliesTo: { collectivites: ["69M"] },
  },
  {
    text: "Vu le code général des collectivités territoriales, notamment son article L. 4421-1",
    provenance: "confirmed",
    sources: ["https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070633/articles/LEGIARTI000006392428?version=LEGIARTI000033463146&date=2022-12-30"],
    appliesTo: { collectivites: ["20R"] },
  },
  {
    text: "Vu le code général des collectivités territoriales, notamment son article L. 7211-1",
    provenance: "confirmed",
    sources: ["https://juriblio.fr/codes/code-general-des-collectivites-territoriales/partie-legislative/septieme-partie/livre-ii/titre-ier/chapitre-unique"],
    appliesTo: { collectivites: ["972R"] },
  },
  {
    text: "Vu le code général des collectivités territoriales, notamment son article L. 7111-1",
    provenance: "confirmed",
    sources: ["https://documentation.outre-mer.gouv.fr/List_Record_extra.htm?record=19138227124919564099&idlist=1"],
    appliesTo: { collectivites: ["973R"] },
  },
  {
    text: "Vu la loi n° 2011-884 du 27 juillet 2011 relative aux collectivités territoriales de Guyane et de Martinique",
    provenance: "confirmed",
    sources: ["https://expat-elan.fr/projets-de-loi-lois-et-ordonnances/lois/2011/830-loi-no-2011-884-du-27-juillet-2011-texte-no-2?rCH=2"],
    appliesTo: { collectivites: ["972R", "973R"] },
  },
  {
    text: "Vu le code général des collectivités territoriales, notamment ses articles L. 3211-1 et L. 3431-1, et la loi n° 2019-816 du 2 août 2019 relative aux compétences de la Collectivité européenne d'Alsace",
    provenance: "confirmed",
    sources: ["http://www.affaires-publiques.org/textof/TO/D2/15473-0819.htm", "https://www.doctrine.fr/l/texts/lois/JORFTEXT000038872957"],
    appliesTo: { collectivites: ["6AE"] },
  },
] satisfies Visa[]);

/**
 * The code général des collectivités territoriales for a métropole: the articles of its statute —
 * L. 5217-1 and L. 5217-2 (its powers, and those it may take from the département by
 * convention) for a métropole of common law, L. 5218-1 for Aix-Marseille-Provence, L. 5219-1 for
 * the Grand Paris, L. 3611-1 for the Métropole de Lyon —, each confirmed.
 *
 * @example
 * METROPOLE_CGCT_VISAS.length //=> 4
 */
export const METROPOLE_CGCT_VISAS: readonly Visa[] = deepFreeze([
  {
    text: "Vu le code général des collectivités territoriales, notamment ses articles L. 5217-1 et L. 5217-2",
    provenance: "confirmed",
    sources: ["https://git.tricoteuses.fr/codes/code_general_des_collectivites_territoriales/commit/2993368f5b492ecd8fe1b470dc7154be707be35b.diff"],
    appliesTo: { metropoleStatutes: ["metropole"] },
  },
  {
    text: "Vu le code général des collectivités territoriales, notamment son article L. 5218-1",
    provenance: "confirmed",
    sources: ["https://collectivites-locales.gouv.fr/competences/les-delegations-de-competences-de-letat"],
    appliesTo: { collectivites: ["200054807"] },
  },
  {
    text: "Vu le code général des collectivités territoriales, notamment son article L. 5219-1",
    provenance: "confirmed",
    sources: ["https://collectivites-locales.gouv.fr/competences/les-delegations-de-competences-de-letat"],
    appliesTo: { collectivites: ["200054781"] },
  },
  {
    text: "Vu le code général des collectivités territoriales, notamment son article L. 3611-1",
    provenance: "confirmed",
    sources: ["https://www.legifrance.gouv.fr/affichCode.do?idArticle=LEGIARTI000028528966&idSectionTA=LEGISCTA000028528963&cidTexte=LEGITEXT000006070633&dateTexte=20190826"],
    appliesTo: { collectivites: ["69M"] },
  },
] satisfies Visa[]);

/**
 * The deliberation that empowers the executive (a template of the contract's own data).
 *
 * @example
 * (deliberationVisa("le présent contrat") as { text: string }).text.startsWith("Vu {deliberation.designation}") //=> true
 */
export function deliberationVisa(present: string): Visa {
  return deepFreeze({
    text: `Vu {deliberation.designation} autorisant {collectivite.executiveDesignation} à signer ${present}`,
    provenance: "inferred",
    sources: [],
  } satisfies Visa);
}
