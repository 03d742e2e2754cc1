// Realistic contract inputs, one of each shipped profile (people's names are fictional; the
// figures of the CALPAE are those of a real convention). Plain data: every function returns a
// fresh object, so a caller may change it freely.
import type { ContractInput } from "../input";

/** Euros written in code → integer cents (the amounts here are round). */
const eur = (euros: number): number => Math.round(euros * 100);

const YEARS_2024 = ["2024", "2025", "2026", "2027"] as const;

type ActionInput = ContractInput["actions"][number];

/** The same State and collectivity amount each year (50/50), plus optional other partners. */
function parity(
  amounts: readonly [number, number, number, number],
  others?: { name: string; amounts: readonly [number, number, number, number] },
): ActionInput["funding"] {
  const out: ActionInput["funding"] = {};
  YEARS_2024.forEach((year, k) => {
    const a = eur(amounts[k] ?? 0);
    const other = others !== undefined ? eur(others.amounts[k] ?? 0) : 0;
    out[year] = { state: a, collectivite: a, ...(other > 0 && others !== undefined ? { others: [{ name: others.name, amount: other }] } : {}) };
  });
  return out;
}

function indicator(label: string, unit: string, baseline: number, targets: readonly [number, number, number, number]) {
  return {
    label,
    unit,
    baseline,
    baselineYear: 2023,
    targets: Object.fromEntries(YEARS_2024.map((y, k) => [y, targets[k] ?? 0])),
  };
}

/**
 * A *contrat local des solidarités* 2024–2027 with the Département de la Creuse (23D), profile
 * `cls-departement-2024`, signed on 5 July 2024 as real contracts were (actions eligible since
 * 1 January): 12 actions over axes 1 (5 actions), 3 (4) and 4 (3), each with its porteur, publics
 * and territory, four years of 50/50 funding (some with the CAF or the ARS adding money), a State
 * annual ceiling of 500 000 €, indicators for every action; the State service (the Creuse's
 * DDETSPP) comes from the reference data. Valid, without warnings.
 *
 * @example
 * validateContract(creuseInput()).success //=> true
 * creuseInput().actions.length //=> 12
 */
export function creuseInput(): ContractInput {
  const actions: ActionInput[] = [
    {
      id: "A1.1",
      axis: 1,
      title: "Accueil des jeunes enfants en situation de pauvreté",
      description: "Réserver des places en crèche à vocation d’insertion professionnelle pour les familles monoparentales.",
      objectives: ["Lever le frein de la garde d’enfants", "Favoriser la socialisation précoce"],
      publics: ["Familles monoparentales bénéficiaires du RSA"],
      carrier: "Direction de l’enfance et de la famille",
      territory: "Guéret, Aubusson, La Souterraine",
      nature: "reinforced",
      reinforcement: { kind: "caseload", detail: "De 20 à 45 places réservées." },
      referentiel: "1.1",
      personalData: true,
      indicators: [indicator("Places réservées", "places", 20, [30, 35, 40, 45])],
      funding: parity([40000, 45000, 50000, 50000], { name: "CAF de la Creuse", amounts: [10000, 10000, 10000, 10000] }),
    },
    {
      id: "A1.2",
      axis: 1,
      title: "Petits déjeuners à l’école dans les territoires ruraux",
      nature: "new",
      publics: ["Élèves des écoles en zone de revitalisation rurale"],
      carrier: "Direction de l’éducation et des collèges",
      territory: "Communes classées en zone de revitalisation rurale",
      indicators: [indicator("Élèves bénéficiaires", "élèves", 0, [300, 450, 500, 500])],
      funding: parity([25000, 30000, 30000, 30000]),
    },
    {
      id: "A1.3",
      axis: 1,
      title: "Prévention spécialisée auprès des 16-25 ans",
      publics: ["Jeunes de 16 à 25 ans en rupture"],
      carrier: "Association départementale de prévention spécialisée",
      territory: "Sud du département",
      nature: "reinforced",
      reinforcement: { kind: "zones", detail: "Extension au sud du département." },
      indicators: [indicator("Jeunes accompagnés", "jeunes", 120, [150, 170, 190, 200])],
      funding: parity([60000, 60000, 65000, 65000]),
    },
    {
      id: "A1.4",
      axis: 1,
      title: "Accompagnement des sortants de l’aide sociale à l’enfance",
      publics: ["Jeunes majeurs sortant de l’aide sociale à l’enfance"],
      carrier: "Direction de l’enfance et de la famille",
      territory: "Ensemble du département",
      personalData: true,
      nature: "reinforced",
      reinforcement: { kind: "publics", detail: "Jeunes majeurs jusqu’à 21 ans sans contrat jeune majeur." },
      indicators: [indicator("Jeunes sans solution à 18 ans", "jeunes", 12, [8, 6, 4, 2])],
      funding: parity([35000, 35000, 35000, 35000]),
    },
    {
      id: "A1.5",
      axis: 1,
      title: "Soutien à la parentalité en protection maternelle et infantile",
      publics: ["Familles avec un enfant de moins de trois ans"],
      carrier: "Service de protection maternelle et infantile",
      territory: "Ensemble du département",
      personalData: true,
      nature: "new",
      indicators: [indicator("Familles suivies", "familles", 0, [80, 100, 120, 120])],
      funding: parity([20000, 22000, 24000, 24000], { name: "ARS Nouvelle-Aquitaine", amounts: [5000, 5000, 5000, 5000] }),
    },
    {
      id: "A3.1",
      axis: 3,
      title: "Premier accueil social inconditionnel de proximité",
      publics: ["Toute personne rencontrant une difficulté sociale"],
      carrier: "Direction des solidarités",
      territory: "Maisons France services du département",
      nature: "reinforced",
      reinforcement: { kind: "zones", detail: "Six nouveaux points d’accueil en maisons France services." },
      indicators: [indicator("Points d’accueil", "lieux", 8, [10, 12, 14, 14])],
      funding: parity([45000, 45000, 45000, 45000]),
    },
    {
      id: "A3.2",
      axis: 3,
      title: "Territoire zéro non-recours",
      nature: "new",
      publics: ["Personnes éligibles au RSA, à la prime d’activité ou à la complémentaire santé solidaire"],
      carrier: "Direction de l’insertion et de l’accès aux droits",
      territory: "Ensemble du département",
      personalData: true,
      indicators: [indicator("Droits ouverts après repérage", "dossiers", 0, [150, 250, 300, 300])],
      funding: parity([50000, 55000, 55000, 55000], { name: "CAF de la Creuse", amounts: [15000, 15000, 15000, 15000] }),
    },
    {
      id: "A3.3",
      axis: 3,
      title: "Référent de parcours pour les allocataires du RSA",
      publics: ["Allocataires du RSA"],
      carrier: "Direction de l’insertion et de l’accès aux droits",
      territory: "Ensemble du département",
      personalData: true,
      nature: "reinforced",
      reinforcement: { kind: "caseload", detail: "File active portée de 200 à 350 personnes." },
      indicators: [indicator("Personnes accompagnées", "personnes", 200, [250, 300, 330, 350])],
      funding: parity([55000, 55000, 55000, 55000]),
    },
    {
      id: "A3.4",
      axis: 3,
      title: "Aller-vers les personnes isolées en milieu rural",
      publics: ["Personnes isolées en milieu rural"],
      carrier: "Direction des solidarités",
      territory: "Cantons ruraux du nord et de l’est du département",
      nature: "new",
      indicators: [indicator("Personnes rencontrées", "personnes", 0, [200, 300, 350, 350])],
      funding: parity([30000, 30000, 30000, 30000]),
    },
    {
      id: "A4.1",
      axis: 4,
      title: "Lutte contre la précarité énergétique des ménages modestes",
      publics: ["Ménages aux revenus modestes"],
      carrier: "Service de l’habitat",
      territory: "Ensemble du département",
      nature: "new",
      indicators: [indicator("Logements diagnostiqués", "logements", 0, [60, 90, 120, 120])],
      funding: parity([35000, 35000, 35000, 35000]),
    },
    {
      id: "A4.2",
      axis: 4,
      title: "Mobilité solidaire : garage et location de véhicules à bas coût",
      publics: ["Personnes en insertion sans moyen de transport"],
      carrier: "Association de mobilité solidaire",
      territory: "Bassins de Guéret et d’Aubusson",
      nature: "reinforced",
      reinforcement: { kind: "publics", detail: "Ouverture aux jeunes en contrat d’engagement." },
      indicators: [indicator("Locations solidaires", "contrats", 40, [60, 80, 90, 100])],
      funding: parity([30000, 30000, 30000, 30000]),
    },
    {
      id: "A4.3",
      axis: 4,
      title: "Alimentation durable et accessible : épiceries solidaires itinérantes",
      publics: ["Foyers aux faibles revenus"],
      carrier: "Réseau départemental des épiceries solidaires",
      territory: "Bourgs sans commerce alimentaire",
      nature: "new",
      indicators: [indicator("Foyers bénéficiaires", "foyers", 0, [150, 220, 260, 280])],
      funding: parity([25000, 28000, 30000, 30000]),
    },
  ];
  return {
    reference: "CLS-23-2024-001",
    profile: "cls-departement-2024",
    state: { departement: "23", prefet: { name: "Anne Martin", gender: "f" } },
    collectivite: {
      ref: "23D",
      executive: { name: "Valérie Simonet", gender: "f" },
      siret: "22230962700016",
      deliberation: { number: "CP-2024-06-03", date: "2024-06-03", body: "commission permanente" },
      address: "4 place Louis-Lacrocq, 23000 Guéret",
    },
    signature: { place: "Guéret", date: "2024-07-05" },
    preambule: {
      diagnostic: [
        "La Creuse est l’un des départements les plus ruraux de France ; un habitant sur cinq y vit sous le seuil de pauvreté.",
      ],
      priorities: ["Agir dès la petite enfance", "Garantir l’accès aux droits sur tout le territoire"],
    },
    stateAnnualCeiling: eur(500000),
    actions,
    governance: {
      committee: "comité de pilotage du contrat local des solidarités",
      members: [
        "la préfète de la Creuse ou son représentant",
        "la présidente du conseil départemental de la Creuse ou son représentant",
        "la caisse d’allocations familiales de la Creuse",
        "France Travail",
      ],
      meetingsPerYear: 2,
      meetingDates: ["03-15", "10-15"],
    },
  };
}

/**
 * Bordeaux Métropole's *contrat local des solidarités* 2024–2027, profile `cls-metropole-2024`:
 * 8 actions over the four axes (two each), 50/50 funding, signed in June 2024 with a start
 * retroactive to 1 January 2024. Valid, without warnings.
 *
 * @example
 * bordeauxInput().profile //=> "cls-metropole-2024"
 */
export function bordeauxInput(): ContractInput {
  const action = (
    id: string,
    axis: 1 | 2 | 3 | 4,
    title: string,
    amounts: readonly [number, number, number, number],
    who: { publics: string; territory: string; personalData?: boolean },
  ): ActionInput => ({
    id,
    axis,
    title,
    nature: "new",
    carrier: "Bordeaux Métropole",
    publics: [who.publics],
    territory: who.territory,
    ...(who.personalData === true ? { personalData: true } : {}),
    indicators: [indicator("Personnes accompagnées", "personnes", 0, [100, 150, 200, 200])],
    funding: parity(amounts),
  });
  return {
    reference: "CLS-BM-2024",
    profile: "cls-metropole-2024",
    state: {
      departement: "33",
      prefet: { name: "Paul Lefèvre", gender: "m" },
      prefetDeRegion: { name: "Paul Lefèvre", gender: "m", region: "Nouvelle-Aquitaine" },
    },
    collectivite: {
      ref: "243300316",
      executive: { name: "Claire Moreau", gender: "f" },
      siret: "24330031600011",
      deliberation: { number: "2024-215", date: "2024-05-24", body: "conseil métropolitain" },
    },
    signature: { place: "Bordeaux", date: "2024-06-14" },
    actions: [
      action("M1.1", 1, "Accueil petite enfance à vocation d’insertion", [120000, 120000, 130000, 130000], { publics: "Parents de jeunes enfants en parcours d’insertion", territory: "Quartiers prioritaires de la politique de la ville", personalData: true }),
      action("M1.2", 1, "Réussite éducative dans les quartiers prioritaires", [80000, 85000, 90000, 90000], { publics: "Enfants de 2 à 16 ans et leurs familles", territory: "Quartiers prioritaires de la politique de la ville" }),
      action("M2.1", 2, "Levée des freins périphériques à l’emploi", [100000, 100000, 100000, 100000], { publics: "Personnes éloignées de l’emploi", territory: "Territoire de la métropole", personalData: true }),
      action("M2.2", 2, "Insertion par l’activité économique des jeunes", [70000, 75000, 75000, 75000], { publics: "Jeunes de 16 à 25 ans sans emploi ni formation", territory: "Territoire de la métropole" }),
      action("M3.1", 3, "Maraudes mixtes et accès aux droits des sans-abri", [150000, 150000, 150000, 150000], { publics: "Personnes sans abri", territory: "Bordeaux et communes de la première couronne", personalData: true }),
      action("M3.2", 3, "Domiciliation et accompagnement administratif", [60000, 60000, 60000, 60000], { publics: "Personnes sans domicile stable", territory: "Territoire de la métropole", personalData: true }),
      action("M4.1", 4, "Rénovation énergétique des logements des ménages précaires", [90000, 95000, 100000, 100000], { publics: "Ménages en situation de précarité énergétique", territory: "Territoire de la métropole" }),
      action("M4.2", 4, "Tarification solidaire des transports", [50000, 50000, 50000, 50000], { publics: "Bénéficiaires de minima sociaux", territory: "Réseau de transport de la métropole" }),
    ],
  };
}

/**
 * A *convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi* (CALPAE) 2019 for
 * the Pyrénées-Orientales (66D) over 2019–2021, profile `calpae-2019`, with the 2019 envelope of
 * the real convention (State 775 213,70 €, département 904 724,25 €) — a CALPAE funds its first
 * year, the later years being set by avenant: three socle actions (exits from child welfare,
 * first unconditional social reception, orientation of RSA recipients within a month) and one
 * local initiative, without any Pacte axis (the CALPAE is older than the Pacte). Valid, with one
 * warning: no source settles the State service of the Pyrénées-Orientales in 2019
 * (`contract.state_service_unknown`), so the text says « les services de l'État ».
 *
 * @example
 * calpaeInput().actions.map((a) => a.part) //=> ["socle", "socle", "socle", "initiative"]
 */
export function calpaeInput(): ContractInput {
  const funding = (state: number, collectivite: number): ActionInput["funding"] => ({ "2019": { state, collectivite } });
  const ind = (label: string, targets: readonly [number, number, number]) => ({
    label,
    unit: "personnes",
    targets: { "2019": targets[0], "2020": targets[1], "2021": targets[2] },
  });
  const department = "Ensemble du département";
  return {
    reference: "CALPAE-66-2019",
    profile: "calpae-2019",
    state: { departement: "66", prefet: { name: "Jean Roux", gender: "m" } },
    collectivite: {
      ref: "66D",
      executive: { name: "Hélène Garcia", gender: "f" },
      deliberation: { number: "2019-CP-118", date: "2019-06-17", body: "commission permanente" },
    },
    signature: { place: "Perpignan", date: "2019-07-01" },
    actions: [
      { id: "S1", part: "socle", socle: "sorties-ase", title: "Sorties de l’aide sociale à l’enfance", nature: "new",
        publics: ["Jeunes devenus majeurs à l’aide sociale à l’enfance"], carrier: "Direction de l’enfance et de la famille", territory: department, personalData: true,
        indicators: [ind("Jeunes accompagnés", [100, 150, 200])], funding: funding(20000000, 23000000) },
      { id: "S2", part: "socle", socle: "premier-accueil", title: "Premier accueil social inconditionnel", nature: "new",
        publics: ["Toute personne rencontrant une difficulté sociale"], carrier: "Direction de l’action sociale", territory: "Maisons sociales de proximité",
        indicators: [ind("Personnes accueillies", [100, 150, 200])], funding: funding(17521370, 20000000) },
      { id: "S3", part: "socle", socle: "orientation-rsa", title: "Orientation des allocataires du RSA en un mois", nature: "new",
        publics: ["Nouveaux bénéficiaires du revenu de solidarité active"], carrier: "Direction de l’insertion", territory: department, personalData: true,
        indicators: [ind("Allocataires orientés", [100, 150, 200])], funding: funding(25000000, 30000000) },
      { id: "I1", part: "initiative", title: "Maraudes sociales en milieu rural", nature: "new",
        publics: ["Personnes isolées en milieu rural"], carrier: "Direction de l’action sociale", territory: "Hauts cantons",
        indicators: [ind("Personnes rencontrées", [100, 150, 200])], funding: funding(15000000, 17472425) },
    ],
  };
}
