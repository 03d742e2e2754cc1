import { deepFreeze } from "@pacte/issues";
import type { Visa } from "../../clauses/visa";
import { CASF_VISA, DEPARTEMENTAL_CGCT_VISAS, deliberationVisa, PUBLIC_FINANCE_VISAS } from "../common/visas";

/**
 * The visas of a *convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi*
 * (2019–2023): the LOLF and the finance law of the year funded, the décrets on the préfets'
 * powers and on public accounting, the CASF, the CGCT with the collectivity's statute, the
 * national strategy (announced on 13 September 2018, press), the ministerial instruction of
 * 4 February 2019 on the contractualisation (its date is press-level and its number was found in
 * no source: it is cited without one), and the deliberation.
 *
 * @example
 * CALPAE_2019_VISAS.some((v) => typeof v !== "string" && v.text.includes("4 février 2019")) //=> true
 */
export const CALPAE_2019_VISAS: readonly Visa[] = deepFreeze([
  ...PUBLIC_FINANCE_VISAS,
  CASF_VISA,
  ...DEPARTEMENTAL_CGCT_VISAS,
  {
    text: "Vu la stratégie nationale de prévention et de lutte contre la pauvreté présentée le 13 septembre 2018",
    provenance: "press",
    sources: [
      "https://www.banquedesterritoires.fr/contractualisation-avec-les-departements-sur-la-strategie-pauvrete-une-instruction-livre-le-mode?pk_campaign=newsletter_hebdo&pk_kwd=2019-03-15&pk_source=Actualit%25C3%25A9s_Localtis&pk_medium=newsletter_hebdo",
    ],
  },
  {
    text: "Vu l'instruction ministérielle du 4 février 2019 relative à la contractualisation entre l'État et les départements d'appui à la lutte contre la pauvreté et d'accès à l'emploi",
    provenance: "press",
    sources: ["https://www.cap-metiers.pro/actualites/21560__16/Lutte-contre-pauvrete-des-precisions-sur-contractualisation-avec-les-departements.aspx"],
  },
  deliberationVisa("la présente convention"),
] satisfies Visa[]);
