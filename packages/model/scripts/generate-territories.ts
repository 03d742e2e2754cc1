/**
 * Writes the package's own copy of the territories reference data as TypeScript modules:
 * `src/territories/data/{departements,collectivites,metropoles}.ts`, from the CSV files of the
 * shared reference data plus the history and aliases below (facts the 2024 CSVs lack), and the
 * institutions' modules (regions, tribunaux administratifs, State services, deliberating bodies)
 * that `generate-institutions.ts` builds from the package's other CSV files.
 *
 * Run from `packages/model`:  npx tsx scripts/generate-territories.ts [path/to/data] (default: ./data, the package's copy of the reference CSVs)
 * The output is deterministic: the same CSVs give byte-identical modules.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { feminineTitle, type Collectivite, type CollectiviteKind } from "../src/territories/collectivite";
import { nameForms, type Departement } from "../src/territories/departement";
import type { Metropole, MetropoleStatute } from "../src/territories/metropole";
import { buildDeliberatingBodies, buildRegions, buildStateServices, buildTribunaux } from "./generate-institutions";

type Row = Record<string, string>;
type Confidence = "confirmed" | "unconfirmed";

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows keyed by header. */
export function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...body] = records.filter((r) => !(r.length === 1 && r[0] === ""));
  if (header === undefined) return [];
  return body.map((r) => {
    if (r.length !== header.length) throw new Error(`CSV row has ${r.length} fields, header has ${header.length}: ${r.join(",")}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]));
  });
}

// ---------------------------------------------------------------------------------------------
// Facts that the 2024 CSVs do not carry. Sources: shared/data/README.md and shared/docs/DOMAIN.md
// (dates of the CEA, Corse and Lyon: confirmed), the law of 28 February 2017 on the statute of
// Paris (Ville de Paris from 2019-01-01). Martinique and Guyane: the single collectivities were
// set up at the first meeting of their assembly after the elections of December 2015; for
// Martinique, Légifrance dates it 2015-12-18 (confirmed); for Guyane the day is not confirmed
// here (kept as 2016-01-01, `unconfirmed`). Mayotte became a département on 2011-03-31 (not in the shared docs:
// `unconfirmed`). No SIREN is invented: historical councils have none unless they are the same
// legal person as a row of the CSV (the Département du Rhône).
// ---------------------------------------------------------------------------------------------

interface Overlay {
  validFrom?: string;
  validityConfidence?: Confidence;
  extent?: "part";
  aliases?: readonly string[];
  executiveTitleConfidence?: Confidence;
}

const OVERLAYS: Readonly<Record<string, Overlay>> = {
  "20R": { validFrom: "2018-01-01", aliases: ["Corse"], executiveTitleConfidence: "unconfirmed" },
  "6AE": { validFrom: "2021-01-01", aliases: ["CEA", "Alsace"] },
  "69D": { validFrom: "2015-01-01", extent: "part" },
  "69M": { validFrom: "2015-01-01", extent: "part", aliases: ["Grand Lyon", "Lyon"] },
  "75C": { validFrom: "2019-01-01", aliases: ["Paris"] },
  // The CTM's articles of the CGCT are in force since 2015-12-18, the first meeting of the
  // assemblée de Martinique (loi n° 2011-884, art. 21; Légifrance's consolidation, as
  // republished on tricoteuses.fr/en/legifrance/sections/LEGISCTA000024409961).
  "972R": {
    validFrom: "2015-12-18",
    aliases: ["CTM", "Martinique", "la Martinique"],
    executiveTitleConfidence: "unconfirmed",
  },
  "973R": {
    validFrom: "2016-01-01",
    validityConfidence: "unconfirmed",
    aliases: ["CTG", "Guyane", "la Guyane"],
    executiveTitleConfidence: "unconfirmed",
  },
  "976R": { validFrom: "2011-03-31", validityConfidence: "unconfirmed" },
};

interface HistoricalEntry {
  code: string;
  departement: string;
  name?: string;
  executive: string;
  executiveTitleConfidence: Confidence;
  codeConfidence: Confidence;
  siren?: string;
  validTo: string;
  validityConfidence: Confidence;
  replacedBy?: readonly string[];
}

const COUNCIL = "président du conseil départemental";
const OLD_COUNCIL = "président du conseil général";

const HISTORY: readonly HistoricalEntry[] = [
  { code: "67D", departement: "67", executive: COUNCIL, executiveTitleConfidence: "confirmed", codeConfidence: "unconfirmed", validTo: "2020-12-31", validityConfidence: "confirmed", replacedBy: ["6AE"] },
  { code: "68D", departement: "68", executive: COUNCIL, executiveTitleConfidence: "confirmed", codeConfidence: "unconfirmed", validTo: "2020-12-31", validityConfidence: "confirmed", replacedBy: ["6AE"] },
  { code: "2AD", departement: "2A", executive: COUNCIL, executiveTitleConfidence: "confirmed", codeConfidence: "unconfirmed", validTo: "2017-12-31", validityConfidence: "confirmed", replacedBy: ["20R"] },
  { code: "2BD", departement: "2B", executive: COUNCIL, executiveTitleConfidence: "confirmed", codeConfidence: "unconfirmed", validTo: "2017-12-31", validityConfidence: "confirmed", replacedBy: ["20R"] },
  // The same legal person as today's 69D (same SIREN), before the Métropole de Lyon took part of its territory.
  { code: "69D", departement: "69", executive: OLD_COUNCIL, executiveTitleConfidence: "unconfirmed", codeConfidence: "confirmed", siren: "226900017", validTo: "2014-12-31", validityConfidence: "confirmed" },
  { code: "75D", departement: "75", executive: "maire de Paris", executiveTitleConfidence: "unconfirmed", codeConfidence: "unconfirmed", validTo: "2018-12-31", validityConfidence: "confirmed", replacedBy: ["75C"] },
  { code: "972D", departement: "972", executive: OLD_COUNCIL, executiveTitleConfidence: "unconfirmed", codeConfidence: "unconfirmed", validTo: "2015-12-17", validityConfidence: "confirmed", replacedBy: ["972R"] },
  { code: "973D", departement: "973", executive: OLD_COUNCIL, executiveTitleConfidence: "unconfirmed", codeConfidence: "unconfirmed", validTo: "2015-12-31", validityConfidence: "unconfirmed", replacedBy: ["973R"] },
];

interface MetropoleOverlay {
  seatDepartement: string;
  aliases: readonly string[];
  collectiviteCode?: string;
  /** The TNCC of a name that does not open on a noun of NOUN_TNCC (0: « de Bordeaux Métropole », 1: « d'Orléans Métropole »). */
  tncc?: number;
}

const METROPOLE_OVERLAYS: Readonly<Record<string, MetropoleOverlay>> = {
  "200054781": { seatDepartement: "75", aliases: ["MGP", "Grand Paris"] },
  "200054807": { seatDepartement: "13", aliases: ["AMP", "Aix-Marseille-Provence", "Marseille"] },
  "200046977": { seatDepartement: "69", aliases: ["Grand Lyon", "Lyon"], collectiviteCode: "69M" },
  "200093201": { seatDepartement: "59", aliases: ["MEL", "Lille"] },
  "243300316": { seatDepartement: "33", aliases: ["Bordeaux"], tncc: 0 },
  "253100986": { seatDepartement: "31", aliases: ["Toulouse"], tncc: 0 },
  "244400404": { seatDepartement: "44", aliases: ["Nantes"], tncc: 0 },
  "246700488": { seatDepartement: "67", aliases: ["Eurométropole", "Strasbourg"] },
  "200030195": { seatDepartement: "06", aliases: ["NCA", "Nice"] },
  "243400017": { seatDepartement: "34", aliases: ["Montpellier"], tncc: 0 },
  "243500139": { seatDepartement: "35", aliases: ["Rennes"], tncc: 0 },
  "253800825": { seatDepartement: "38", aliases: ["Grenoble"], tncc: 0 },
  "200023414": { seatDepartement: "76", aliases: ["Rouen"] },
  "245400676": { seatDepartement: "54", aliases: ["Nancy"] },
  "242900314": { seatDepartement: "29", aliases: ["Brest"], tncc: 0 },
  "248300543": { seatDepartement: "83", aliases: ["TPM", "Toulon"] },
  "243700754": { seatDepartement: "37", aliases: ["Tours"], tncc: 0 },
  "244500468": { seatDepartement: "45", aliases: ["Orléans"], tncc: 1 },
  "242100410": { seatDepartement: "21", aliases: ["Dijon"], tncc: 0 },
  "244200770": { seatDepartement: "42", aliases: ["Saint-Étienne"], tncc: 0 },
  "246300701": { seatDepartement: "63", aliases: ["Clermont-Ferrand"], tncc: 0 },
  "200039865": { seatDepartement: "57", aliases: ["Metz"], tncc: 0 },
};

const KINDS: Readonly<Record<string, CollectiviteKind>> = {
  département: "departement",
  "collectivité à statut particulier": "collectivite-a-statut-particulier",
  "collectivité territoriale unique": "collectivite-territoriale-unique",
};

const STATUTES: Readonly<Record<string, MetropoleStatute>> = {
  métropole: "metropole",
  "métropole à statut particulier": "metropole-a-statut-particulier",
  "collectivité territoriale à statut particulier": "collectivite-territoriale-a-statut-particulier",
};

const CONFIDENCES: Readonly<Record<string, Confidence>> = { C: "confirmed", U: "unconfirmed" };

/**
 * The article a name takes when it opens on one of these common nouns, as an INSEE TNCC:
 * « le Département de la Creuse », « la Collectivité de Corse », « la Métropole de Lyon »,
 * « la Ville de Paris », « l'Eurométropole de Strasbourg ». A name that opens on anything else
 * (« Bordeaux Métropole », « Orléans Métropole ») must carry its TNCC in an overlay, or the
 * generator stops: no article is guessed.
 */
const NOUN_TNCC: Readonly<Record<string, number>> = {
  Département: 2,
  Collectivité: 3,
  Métropole: 3,
  Ville: 3,
  Eurométropole: 5,
};

function tnccOfName(name: string, explicit: number | undefined): number {
  const tncc = explicit ?? NOUN_TNCC[name.split(" ")[0] ?? ""];
  if (tncc === undefined) throw new Error(`generate-territories: no TNCC for « ${name} »: add one to its overlay`);
  return tncc;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`generate-territories: unknown ${what}`);
  return value;
}

/** Builds the départements from `departements.csv` rows, in COG order. */
export function buildDepartements(rows: readonly Row[]): Departement[] {
  return rows.map((r) => {
    const name = required(r.NCCENR, "NCCENR");
    const tncc = Number(r.TNCC);
    return {
      code: required(r.DEP, "DEP"),
      name,
      regionCode: required(r.REG, "REG"),
      chefLieu: required(r.CHEFLIEU, "CHEFLIEU"),
      tncc,
      ...nameForms(name, tncc),
    };
  });
}

function departementAliases(dep: Departement): string[] {
  return dep.withArticle === dep.name ? [dep.name] : [dep.name, dep.withArticle];
}

/** Builds every version of the collectivities: the CSV rows with their overlays, then the history. */
export function buildCollectivites(rows: readonly Row[], departements: readonly Departement[]): Collectivite[] {
  const deps = new Map(departements.map((d) => [d.code, d]));
  const order = new Map(departements.map((d, i) => [d.code, i]));
  const out: Collectivite[] = [];
  for (const r of rows) {
    const code = required(r.code, "code");
    const o = OVERLAYS[code] ?? {};
    const codes = required(r.departements, "departements").split(";");
    const kind = required(KINDS[required(r.type, "type")], `type ${r.type}`);
    const single = codes.length === 1 ? deps.get(codes[0] ?? "") : undefined;
    const aliases = [...(kind === "departement" && single ? departementAliases(single) : []), ...(o.aliases ?? [])];
    const executive = required(r.executif, "executif");
    const c: Collectivite = {
      code,
      codeConfidence: required(CONFIDENCES[required(r.confiance_code, "confiance_code")], "confiance_code"),
      name: required(r.nom, "nom"),
      tncc: tnccOfName(required(r.nom, "nom"), undefined),
      kind,
      departements: codes,
      extent: o.extent ?? "whole",
      executiveTitle: { masculine: executive, feminine: feminineTitle(executive) },
      executiveTitleConfidence: o.executiveTitleConfidence ?? "confirmed",
      ...(r.siren ? { siren: r.siren } : {}),
      ...(r.siret_siege ? { siret: r.siret_siege } : {}),
      ...(o.validFrom ? { validFrom: o.validFrom } : {}),
      validityConfidence: o.validityConfidence ?? "confirmed",
      aliases,
    };
    out.push(c);
  }
  for (const h of HISTORY) {
    const dep = required(deps.get(h.departement), `département ${h.departement}`);
    out.push({
      code: h.code,
      codeConfidence: h.codeConfidence,
      name: h.name ?? `Département ${dep.withDe}`,
      tncc: tnccOfName(h.name ?? "Département", undefined),
      kind: "departement",
      departements: [h.departement],
      extent: "whole",
      executiveTitle: { masculine: h.executive, feminine: feminineTitle(h.executive) },
      executiveTitleConfidence: h.executiveTitleConfidence,
      ...(h.siren ? { siren: h.siren } : {}),
      validTo: h.validTo,
      validityConfidence: h.validityConfidence,
      aliases: departementAliases(dep),
      ...(h.replacedBy ? { replacedBy: [...h.replacedBy] } : {}),
    });
  }
  const rank = (c: Collectivite) => order.get(c.departements[0] ?? "") ?? Number.MAX_SAFE_INTEGER;
  return out.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      ((a.validFrom ?? "") < (b.validFrom ?? "") ? -1 : (a.validFrom ?? "") > (b.validFrom ?? "") ? 1 : 0),
  );
}

/** Builds the métropoles from `metropoles.csv` rows, in the CSV's order. */
export function buildMetropoles(rows: readonly Row[]): Metropole[] {
  return rows.map((r) => {
    const siren = required(r.siren, "siren");
    const o = required(METROPOLE_OVERLAYS[siren], `métropole ${siren} (add it to METROPOLE_OVERLAYS)`);
    const name = required(r.nom, "nom");
    return {
      name,
      tncc: tnccOfName(name, o.tncc),
      siren,
      statute: required(STATUTES[required(r.statut, "statut")], `statut ${r.statut}`),
      cgctArticle: required(r.article_cgct, "article_cgct"),
      seatDepartement: o.seatDepartement,
      ...(o.collectiviteCode ? { collectiviteCode: o.collectiviteCode } : {}),
      aliases: [...o.aliases],
    };
  });
}

function literal(value: unknown, shared: ReadonlyMap<string, string> = new Map()): string {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, shared)).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{ ${entries.map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literal(v, shared)}`).join(", ")} }`;
  }
  if (typeof value === "string") return shared.get(value) ?? JSON.stringify(value);
  return JSON.stringify(value);
}

/** Long strings that several records repeat (sources, notes), in order of first use: each becomes one constant. */
function sharedStrings(items: readonly unknown[]): Map<string, string> {
  const counts = new Map<string, number>();
  const visit = (v: unknown): void => {
    if (typeof v === "string") counts.set(v, (counts.get(v) ?? 0) + 1);
    else if (v !== null && typeof v === "object") for (const child of Object.values(v)) visit(child);
  };
  items.forEach(visit);
  const shared = new Map<string, string>();
  for (const [text, n] of counts) if (n >= 2 && text.length >= 40) shared.set(text, `S${shared.size}`);
  return shared;
}

const HEADER = (source: string) =>
  `// Generated by scripts/generate-territories.ts from the shared reference data (${source}).\n` +
  `// Do not edit by hand: change the CSV or the script, then run \`npx tsx scripts/generate-territories.ts\`.\n`;

function module(source: string, typeName: string, typeFile: string, constName: string, doc: string, items: readonly unknown[]): string {
  const shared = sharedStrings(items);
  const constants = [...shared].map(([text, name]) => `const ${name} = ${JSON.stringify(text)};\n`).join("");
  return (
    HEADER(source) +
    `import type { ${typeName} } from "../${typeFile}";\n\n` +
    (constants !== "" ? `${constants}\n` : "") +
    `/** ${doc} */\n` +
    `export const ${constName}: readonly ${typeName}[] = [\n` +
    items.map((i) => `  ${literal(i, shared)},\n`).join("") +
    `];\n`
  );
}

/** The text of the package's CSV files, by role. */
export interface ReferenceCsv {
  readonly departements: string;
  readonly collectivites: string;
  readonly metropoles: string;
  readonly regions: string;
  readonly tribunaux: string;
  readonly services: string;
  readonly organes: string;
}

/** The CSV file of each role, in the data folder. */
export const CSV_FILES: Readonly<Record<keyof ReferenceCsv, string>> = {
  departements: "departements.csv",
  collectivites: "collectivites.csv",
  metropoles: "metropoles.csv",
  regions: "regions.csv",
  tribunaux: "tribunaux-administratifs.csv",
  services: "services-etat.csv",
  organes: "organes-deliberants.csv",
};

/** Renders every data module from the text of the CSV files: file name → content. */
export function renderTerritories(csv: ReferenceCsv): Record<string, string> {
  const departements = buildDepartements(parseCsv(csv.departements));
  const collectivites = buildCollectivites(parseCsv(csv.collectivites), departements);
  const metropoles = buildMetropoles(parseCsv(csv.metropoles));
  const regions = buildRegions(parseCsv(csv.regions), departements);
  const tribunaux = buildTribunaux(parseCsv(csv.tribunaux), departements);
  const services = buildStateServices(parseCsv(csv.services), departements);
  const bodies = buildDeliberatingBodies(parseCsv(csv.organes), collectivites);
  return {
    "departements.ts": module(
      "departements.csv",
      "Departement",
      "departement",
      "DEPARTEMENT_DATA",
      `The ${departements.length} départements of the INSEE COG, in COG order.`,
      departements,
    ),
    "collectivites.ts": module(
      "collectivites.csv + history in the script",
      "Collectivite",
      "collectivite",
      "COLLECTIVITE_DATA",
      `Every version (${collectivites.length}) of the collectivities with departmental powers, historical ones included, in COG order of their first département.`,
      collectivites,
    ),
    "metropoles.ts": module(
      "metropoles.csv",
      "Metropole",
      "metropole",
      "METROPOLE_DATA",
      `The ${metropoles.length} métropoles.`,
      metropoles,
    ),
    "regions.ts": module(
      "regions.csv + departements.csv",
      "Region",
      "region",
      "REGION_DATA",
      `The ${regions.length} regions of the 2016 map, in INSEE order, with their préfet's title.`,
      regions,
    ),
    "tribunaux-administratifs.ts": module(
      "tribunaux-administratifs.csv",
      "TribunalAdministratif",
      "tribunal-administratif",
      "TRIBUNAL_ADMINISTRATIF_DATA",
      `The ${tribunaux.length} tribunaux administratifs whose ressort holds a département (CJA R221-1 and R221-3).`,
      tribunaux,
    ),
    "state-services.ts": module(
      "services-etat.csv + the 2010–2021 predecessors in the script",
      "StateServiceRecord",
      "state-service",
      "STATE_SERVICE_DATA",
      `Every version (${services.length}) of the départements' State services in charge of solidarity, in COG order.`,
      services,
    ),
    "deliberating-bodies.ts": module(
      "organes-deliberants.csv",
      "DeliberatingBody",
      "deliberating-body",
      "DELIBERATING_BODY_DATA",
      `The deliberating bodies (${bodies.length} versions) of the collectivities with a statute of their own; the others follow a rule (src/internal/rule-bodies.ts).`,
      bodies,
    ),
  };
}

/** Reads the CSV files of a data folder. */
export function readSharedCsv(dir: string): ReferenceCsv {
  const read = (file: string) => readFileSync(join(dir, file), "utf8");
  return {
    departements: read(CSV_FILES.departements),
    collectivites: read(CSV_FILES.collectivites),
    metropoles: read(CSV_FILES.metropoles),
    regions: read(CSV_FILES.regions),
    tribunaux: read(CSV_FILES.tribunaux),
    services: read(CSV_FILES.services),
    organes: read(CSV_FILES.organes),
  };
}

const here = dirname(fileURLToPath(import.meta.url));
/** Where the shared reference data sits next to the repository checkout, by default. */
export const DEFAULT_SHARED_DATA_DIR = resolve(here, "../data");
/** Where the generated modules go. */
export const OUTPUT_DIR = resolve(here, "../src/territories/data");

const invoked = process.argv[1];
if (invoked !== undefined && import.meta.url === pathToFileURL(resolve(invoked)).href) {
  const dir = resolve(process.argv[2] ?? DEFAULT_SHARED_DATA_DIR);
  const files = renderTerritories(readSharedCsv(dir));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(OUTPUT_DIR, name), content);
    console.log(`wrote ${join(OUTPUT_DIR, name)}`);
  }
}
