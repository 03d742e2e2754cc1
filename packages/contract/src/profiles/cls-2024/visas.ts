/**
 * The default visas of a *contrat local des solidarités* with a département (or a collectivity
 * with departmental powers), without their final punctuation (the composer adds « ; » and « . »):
 * the codes, the finance act of the signature year, the Pacte, instruction DGCS/SD1B/2023/169 of
 * 23 November 2023, and the deliberation that empowers the executive. Legal texts are cited
 * generically: no article number is asserted.
 *
 * @example
 * CLS_DEPARTEMENT_2024_VISAS[0] //=> "Vu le code de l'action sociale et des familles"
 */
export const CLS_DEPARTEMENT_2024_VISAS: readonly string[] = Object.freeze([
  "Vu le code de l'action sociale et des familles",
  "Vu le code général des collectivités territoriales",
  "Vu la loi de finances pour {signature.year}",
  "Vu le Pacte des solidarités présenté le 18 septembre 2023",
  "Vu l'instruction DGCS/SD1B/2023/169 du 23 novembre 2023 encadrant les contrats locaux des solidarités conclus avec les départements",
  "Vu {deliberation.designation} autorisant {collectivite.executiveDesignation} à signer le présent contrat",
]);

/**
 * The default visas of a *contrat local des solidarités* with a métropole: as for a
 * département, with instruction DGCS/SD1B/2023/168 of 27 October 2023.
 *
 * @example
 * CLS_METROPOLE_2024_VISAS[4] //=> "Vu l'instruction DGCS/SD1B/2023/168 du 27 octobre 2023 encadrant les contrats locaux des solidarités conclus avec les métropoles"
 */
export const CLS_METROPOLE_2024_VISAS: readonly string[] = Object.freeze([
  "Vu le code de l'action sociale et des familles",
  "Vu le code général des collectivités territoriales",
  "Vu la loi de finances pour {signature.year}",
  "Vu le Pacte des solidarités présenté le 18 septembre 2023",
  "Vu l'instruction DGCS/SD1B/2023/168 du 27 octobre 2023 encadrant les contrats locaux des solidarités conclus avec les métropoles",
  "Vu {deliberation.designation} autorisant {collectivite.executiveDesignation} à signer le présent contrat",
]);
