/**
 * Writes the institutions' reference data as TypeScript modules —
 * `src/territories/data/{regions,tribunaux-administratifs,state-services,deliberating-bodies}.ts` —
 * from the package's CSV files (`data/regions.csv`, `data/tribunaux-administratifs.csv`,
 * `data/services-etat.csv`, `data/organes-deliberants.csv`), the départements, collectivities
 * and métropoles built by `generate-territories.ts`, and the few rules below, each with its
 * provenance. `npx tsx scripts/generate-territories.ts` runs both generators.
 *
 * The output is deterministic: the same CSVs give byte-identical modules.
 */
import { departementOfCommune } from "../src/insee";
import type { Provenance } from "../src/pacte/provenance";
import type { Collectivite } from "../src/territories/collectivite";
import type { DeliberatingBody, DeliberatingBodyRole } from "../src/territories/deliberating-body";
import { nameForms, type Departement } from "../src/territories/departement";
import type { Region, RegionalPrefetStyle } from "../src/territories/region";
import type { StateServiceAcronym, StateServiceRecord } from "../src/territories/state-service";
import type { TribunalAdministratif } from "../src/territories/tribunal-administratif";

type Row = Record<string, string>;

const PROVENANCES: Readonly<Record<string, Provenance>> = { C: "confirmed", P: "press", U: "unconfirmed", I: "inferred" };

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === "") throw new Error(`generate-institutions: missing ${what}`);
  return value;
}

function provenanceOf(code: string | undefined, what: string): Provenance {
  return required(PROVENANCES[code ?? ""], `confidence of ${what} (C, P, U or I)`);
}

function sourcesOf(cell: string | undefined): string[] {
  return (cell ?? "")
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** "préfet de la région Grand Est" → "préfète de la région Grand Est". */
function feminineOfPrefet(title: string): string {
  return title.replace(/^préfet(?=\s|$)/u, "préfète");
}

// ---------------------------------------------------------------------------------------------
// Regions. Names, TNCC and chefs-lieux: the INSEE COG (as republished by datagouv), with the
// names the decrees of 28 September 2016 gave (« Grand Est », not the COG file's « Grand-Est »),
// and the list of the regional circonscriptions of décret n° 2016-1689.
// ---------------------------------------------------------------------------------------------

const REGION_SOURCES = [
  "github:datagouv/decoupage-administratif/sources/regions.csv",
  "https://juriblio.fr/decrets/decret-no-2016-1689-du-8-decembre-2016/167771258",
  "https://ash.tm.fr/hebdo/2978/veille-juridique/les-noms-des-sept-nouvelles-grandes-regions-sont-officiels-372747.php",
];

const STYLES: Readonly<Record<string, RegionalPrefetStyle>> = {
  region: "region-and-departement",
  departement: "departement",
};

/** Builds the regions from `regions.csv` rows and the départements (their `regionCode`). */
export function buildRegions(rows: readonly Row[], departements: readonly Departement[]): Region[] {
  return rows.map((r) => {
    const code = required(r.REG, "REG");
    const name = required(r.NCCENR, `NCCENR of region ${code}`);
    const tncc = Number(required(r.TNCC, `TNCC of region ${code}`));
    const chefLieu = required(r.CHEFLIEU, `CHEFLIEU of region ${code}`);
    const chefLieuDepartement = required(departementOfCommune(chefLieu), `département of commune ${chefLieu}`);
    const deps = departements.filter((d) => d.regionCode === code).map((d) => d.code);
    if (!deps.includes(chefLieuDepartement)) throw new Error(`generate-institutions: region ${code}: chef-lieu ${chefLieu} outside its départements`);
    const style = required(STYLES[r.forme ?? ""], `forme of region ${code}`);
    const title = r.titre_prefet ?? "";
    if ((style === "region-and-departement") !== (title !== "")) throw new Error(`generate-institutions: region ${code}: a title goes with the style "region"`);
    const forms = nameForms(name, tncc);
    return {
      code,
      name,
      tncc,
      article: forms.article,
      withArticle: forms.withArticle,
      withDe: forms.withDe,
      chefLieu,
      chefLieuDepartement,
      departements: deps,
      validFrom: required(r.valid_from, `valid_from of region ${code}`),
      prefet: {
        style,
        ...(title !== "" ? { title: { masculine: title, feminine: feminineOfPrefet(title) } } : {}),
        provenance: provenanceOf(r.confiance_titre, `the préfet's title of region ${code}`),
        sources: sourcesOf(r.sources_titre),
      },
      sources: [...REGION_SOURCES],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Tribunaux administratifs: code de justice administrative, art. R221-3 (seats and ressorts,
// version in force since 9 November 2015, décret n° 2015-1444) and art. R221-1 (names: the
// seat's city; overseas, the territory since décret n° 2015-1145).
// ---------------------------------------------------------------------------------------------

const TA_SINCE = "2015-11-09";
const TA_SOURCES = [
  "http://www.legifrance.gouv.fr/affichCode.do?idSectionTA=LEGISCTA000006165687&cidTexte=LEGITEXT000006070933",
  "https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070933/articles/LEGIARTI000006449584?version=LEGIARTI000031459523",
  "https://legal.tricoteuses.fr/articles/LEGIARTI000031180461",
  "https://www.conseil-etat.fr/actualites/les-tribunaux-administratifs-d-outre-mer-changent-de-denomination",
];

/** Builds the tribunaux administratifs from `tribunaux-administratifs.csv`; every département in exactly one ressort. */
export function buildTribunaux(rows: readonly Row[], departements: readonly Departement[]): TribunalAdministratif[] {
  const seen = new Map<string, string>();
  const known = new Set(departements.map((d) => d.code));
  const out = rows.map((r) => {
    const seat = required(r.siege, "siege");
    const deps = required(r.departements, `departements of ${seat}`).split(";");
    for (const d of deps) {
      if (!known.has(d)) throw new Error(`generate-institutions: TA ${seat}: unknown département ${d}`);
      const other = seen.get(d);
      if (other !== undefined) throw new Error(`generate-institutions: département ${d} in the ressort of ${other} and ${seat}`);
      seen.set(d, seat);
    }
    return {
      seat,
      name: required(r.nom, `nom of ${seat}`),
      tncc: 2,
      departements: deps,
      validFrom: TA_SINCE,
      provenance: "confirmed" as const,
      sources: [...TA_SOURCES],
    };
  });
  const missing = departements.filter((d) => !seen.has(d.code)).map((d) => d.code);
  if (missing.length > 0) throw new Error(`generate-institutions: no tribunal administratif for ${missing.join(", ")}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// State services. Since 1 April 2021 (décret n° 2020-1545): `services-etat.csv`, one row per
// département (DDETS where a DDPP exists, DDETSPP elsewhere — two institutional lists agree;
// DEETS overseas; no acronym where sources do not settle it). Before, from 1 January 2010
// (décret n° 2009-1484), the solidarity side was the DDCS or the DDCSPP that the 2021 direction
// took over: inferred here from the 2021 row, never confirmed, so a contract of 2019–2020 asks
// for it.
// ---------------------------------------------------------------------------------------------

const SINCE_2021 = "2021-04-01";
const UNTIL_2021 = "2021-03-31";
const DDI_SINCE = "2010-01-01";
const PREDECESSOR: Partial<Readonly<Record<StateServiceAcronym, StateServiceAcronym>>> = { DDETS: "DDCS", DDETSPP: "DDCSPP" };
const PREDECESSOR_SOURCES = [
  "http://lot.gouv.fr/Services-de-l-Etat/Direction-de-l-emploi-du-travail-des-solidarites-et-de-la-protection-des-populations/La-reforme-de-l-organisation-territoriale-de-l-Etat-de-2021",
  "https://www.charente-maritime.gouv.fr/layout/set/print/Actualites/Rapprocher-les-enjeux-lies-a-l-emploi-aux-enjeux-de-solidarite-insertion-logement-etc",
  "https://lemouvement.info/2021/04/03/occitanie-la-reforme-de-lorganisation-territoriale-de-letat-se-poursuit/",
];
const ACRONYMS = new Set<string>(["DDETS", "DDETSPP", "DEETS"]);

/** Builds every version of the départements' State services from `services-etat.csv`. */
export function buildStateServices(rows: readonly Row[], departements: readonly Departement[]): StateServiceRecord[] {
  const byDep = new Map(rows.map((r) => [required(r.departement, "departement"), r]));
  const out: StateServiceRecord[] = [];
  for (const d of departements) {
    const r = required(byDep.get(d.code), `services-etat.csv row for ${d.code}`);
    if (r.valid_from !== SINCE_2021) throw new Error(`generate-institutions: ${d.code}: valid_from must be ${SINCE_2021}`);
    const acronym = r.sigle ?? "";
    if (acronym !== "" && !ACRONYMS.has(acronym)) throw new Error(`generate-institutions: ${d.code}: unknown sigle ${acronym}`);
    const provenance = provenanceOf(r.confiance, `service of ${d.code}`);
    const note = r.note ?? "";
    const predecessor = acronym === "" ? undefined : PREDECESSOR[acronym as StateServiceAcronym];
    out.push(
      predecessor !== undefined
        ? {
            departement: d.code,
            acronym: predecessor,
            validFrom: DDI_SINCE,
            validTo: UNTIL_2021,
            note: `déduit : la ${acronym} a repris en 2021 la ${predecessor} ; à vérifier pour une convention antérieure à avril 2021`,
            provenance: "inferred",
            sources: [...PREDECESSOR_SOURCES],
          }
        : {
            departement: d.code,
            validFrom: DDI_SINCE,
            validTo: UNTIL_2021,
            note: "service antérieur à avril 2021 non renseigné",
            provenance: "unconfirmed",
            sources: [],
          },
      {
        departement: d.code,
        ...(acronym !== "" ? { acronym: acronym as StateServiceAcronym } : {}),
        validFrom: SINCE_2021,
        ...(note !== "" ? { note } : {}),
        provenance,
        sources: sourcesOf(r.sources),
      },
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Deliberating bodies: `organes-deliberants.csv` holds those of the collectivities with a statute
// of their own (Corse, Alsace, Lyon, Paris, Martinique, Guyane). The bodies every other
// collectivity and métropole has by law (conseil départemental and commission permanente;
// conseil and bureau of a métropole that is an EPCI) follow a rule the look-up applies at run
// time (`src/internal/rule-bodies.ts`): they are not stored.
// ---------------------------------------------------------------------------------------------

const ROLES = new Set<string>(["assembly", "permanent-commission", "executive-council", "bureau"]);

/** Builds the deliberating bodies of `organes-deliberants.csv`; every holder must be a collectivity of the reference data. */
export function buildDeliberatingBodies(rows: readonly Row[], collectivites: readonly Collectivite[]): DeliberatingBody[] {
  const codes = new Set(collectivites.map((c) => c.code));
  return rows.map((r) => {
    const holder = required(r.titulaire, "titulaire");
    if (!codes.has(holder)) throw new Error(`generate-institutions: unknown holder ${holder}`);
    const role = required(r.role, `role of ${holder}`);
    if (!ROLES.has(role)) throw new Error(`generate-institutions: ${holder}: unknown role ${role}`);
    const gender = required(r.genre, `genre of ${holder}`);
    if (gender !== "m" && gender !== "f") throw new Error(`generate-institutions: ${holder}: genre must be m or f`);
    return {
      holder,
      role: role as DeliberatingBodyRole,
      name: required(r.nom, `nom of ${holder}`),
      shortName: required(r.nom_court, `nom_court of ${holder}`),
      tncc: Number(required(r.tncc, `tncc of ${holder}`)),
      gender,
      ...(r.valid_from ? { validFrom: r.valid_from } : {}),
      ...(r.valid_to ? { validTo: r.valid_to } : {}),
      ...(r.note ? { note: r.note } : {}),
      provenance: provenanceOf(r.confiance, `body of ${holder}`),
      sources: sourcesOf(r.sources),
    };
  });
}
