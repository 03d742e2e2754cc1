/**
 * The default visas of a *convention d'appui à la lutte contre la pauvreté et d'accès à
 * l'emploi* (2019–2023): the codes, the finance act, the national strategy and the ministerial
 * instructions on the contractualisation (cited generically), and the deliberation.
 *
 * @example
 * CALPAE_2019_VISAS[3] //=> "Vu la stratégie nationale de prévention et de lutte contre la pauvreté"
 */
export const CALPAE_2019_VISAS: readonly string[] = Object.freeze([
  "Vu le code de l'action sociale et des familles",
  "Vu le code général des collectivités territoriales",
  "Vu la loi de finances pour {signature.year}",
  "Vu la stratégie nationale de prévention et de lutte contre la pauvreté",
  "Vu les instructions ministérielles relatives à la contractualisation entre l'État et les collectivités au titre de cette stratégie",
  "Vu {deliberation.designation} autorisant {collectivite.executiveDesignation} à signer la présente convention",
]);
