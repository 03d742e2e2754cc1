import { deepFreeze } from "@pacte/issues";
import type { SocleCommitment } from "../../profile-data";

const CAP_METIERS = "https://www.cap-metiers.pro/actualites/21560__16/Lutte-contre-pauvrete-des-precisions-sur-contractualisation-avec-les-departements.aspx";
const ASH_IGAS = "https://www.ash.tm.fr/societe/strategie-de-lutte-contre-la-pauvrete-bilan-mitige-pour-les-conventions-entre-letat-et-les-collectivites-686141.php";

/**
 * The socle of the CALPAE: the commitments common to every signatory, each with its objective
 * and the national indicators the sources read name (the IGAS's evaluation, as the press reports
 * it: the share of young people leaving child welfare taken in charge, the share of new RSA
 * recipients oriented within a month, the territorial coverage of the first unconditional social
 * reception). No source read gives the wording of the indicators of the *référent de parcours*
 * or of the training of social workers (in the socle from 2020): none is shipped — a team adds
 * its own in its profile.
 *
 * @example
 * CALPAE_2019_SOCLE.map((c) => c.id)
 * //=> ["sorties-ase", "orientation-rsa", "premier-accueil", "referent-parcours", "formation-travailleurs-sociaux"]
 */
export const CALPAE_2019_SOCLE: readonly SocleCommitment[] = deepFreeze([
  {
    id: "sorties-ase",
    label: "Prévention des sorties sans solution de l'aide sociale à l'enfance",
    objective:
      "prévenir toute sortie sans solution des jeunes qui atteignent la majorité à l'aide sociale à l'enfance, en leur garantissant un accompagnement vers le logement, les ressources et l'insertion",
    indicators: [
      {
        label: "Part des jeunes devenus majeurs dans l'année pris en charge selon le référentiel national",
        unit: "%",
        provenance: "press",
        sources: [ASH_IGAS],
      },
    ],
  },
  {
    id: "orientation-rsa",
    label: "Orientation des bénéficiaires du revenu de solidarité active dans un délai d'un mois",
    objective:
      "orienter chaque nouveau bénéficiaire du revenu de solidarité active vers un organisme accompagnateur dans le mois qui suit la notification de l'ouverture de ses droits",
    indicators: [
      { label: "Part des nouveaux bénéficiaires du RSA orientés en moins d'un mois", unit: "%", provenance: "press", sources: [ASH_IGAS, CAP_METIERS] },
    ],
  },
  {
    id: "premier-accueil",
    label: "Premier accueil social inconditionnel de proximité",
    objective: "généraliser sur tout le territoire un premier accueil social inconditionnel de proximité",
    indicators: [
      { label: "Taux de couverture du territoire par le premier accueil social inconditionnel", unit: "%", provenance: "press", sources: [ASH_IGAS] },
    ],
  },
  {
    id: "referent-parcours",
    label: "Démarche de référent de parcours",
    objective: "déployer la démarche de référent de parcours auprès des personnes qui relèvent de plusieurs intervenants sociaux",
    indicators: [],
  },
  {
    id: "formation-travailleurs-sociaux",
    label: "Formation des travailleurs sociaux",
    objective: "former les travailleurs sociaux aux démarches de la stratégie, notamment au premier accueil et au référent de parcours",
    fromYear: 2020,
    indicators: [],
  },
] satisfies SocleCommitment[]);
