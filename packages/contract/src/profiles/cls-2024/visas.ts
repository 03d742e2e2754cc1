import { deepFreeze } from "@pacte/issues";
import type { Visa } from "../../clauses/visa";
import { CASF_VISA, DEPARTEMENTAL_CGCT_VISAS, deliberationVisa, METROPOLE_CGCT_VISAS, PUBLIC_FINANCE_VISAS } from "../common/visas";

const PACTE_VISA: Visa = {
  text: "Vu le Pacte des solidarités présenté le 18 septembre 2023",
  provenance: "press",
  sources: ["https://www.lagazettedescommunes.com/886762/lutte-contre-la-pauvrete-ce-quil-faut-retenir-du-pacte-des-solidarites"],
};

const FAQ = "https://solidarites.gouv.fr/node/2143";

/**
 * The visas of a *contrat local des solidarités* with a département (or a collectivity with
 * departmental powers), in order and without their final punctuation (the composer adds « ; »):
 * the LOLF and the finance law of the first year funded, the décrets on the préfets' powers and on
 * public accounting, the CASF, the CGCT with the statute of the collectivity when it has its own,
 * the Pacte, instruction n° DGCS/SD1B/2023/169 of 23 November 2023 (confirmed by the ministry's
 * FAQ), and the deliberation that empowers the executive. Each carries its provenance.
 *
 * @example
 * CLS_DEPARTEMENT_2024_VISAS.some((v) => typeof v !== "string" && v.text.includes("DGCS/SD1B/2023/169")) //=> true
 */
export const CLS_DEPARTEMENT_2024_VISAS: readonly Visa[] = deepFreeze([
  ...PUBLIC_FINANCE_VISAS,
  CASF_VISA,
  ...DEPARTEMENTAL_CGCT_VISAS,
  PACTE_VISA,
  {
    text: "Vu l'instruction interministérielle n° DGCS/SD1B/2023/169 du 23 novembre 2023 encadrant les pactes et contrats locaux des solidarités conclus avec les départements pour les années 2024 à 2027",
    provenance: "confirmed",
    sources: [FAQ, "https://banquedesterritoires.fr/contrats-locaux-des-solidarites-des-elements-de-cadrage-pour-les-departements-et-les-metropoles"],
  },
  deliberationVisa("le présent contrat"),
] satisfies Visa[]);

/**
 * The visas of a *contrat local des solidarités* with a métropole: as for a département, with
 * the CGCT articles of the métropole's statute and instruction n° DGCS/SD1B/2023/168 of
 * 27 October 2023.
 *
 * @example
 * CLS_METROPOLE_2024_VISAS.some((v) => typeof v !== "string" && v.text.includes("DGCS/SD1B/2023/168")) //=> true
 */
export const CLS_METROPOLE_2024_VISAS: readonly Visa[] = deepFreeze([
  ...PUBLIC_FINANCE_VISAS,
  CASF_VISA,
  ...METROPOLE_CGCT_VISAS,
  PACTE_VISA,
  {
    text: "Vu l'instruction interministérielle n° DGCS/SD1B/2023/168 du 27 octobre 2023 encadrant les pactes et contrats locaux des solidarités conclus avec les métropoles pour les années 2024 à 2027",
    provenance: "confirmed",
    sources: [FAQ, "https://lemediasocial.fr/pauvrete-consignes-pour-decliner-le-pacte-des-solidarites-dans-les-metropoles_PHDy41"],
  },
  deliberationVisa("le présent contrat"),
] satisfies Visa[]);
