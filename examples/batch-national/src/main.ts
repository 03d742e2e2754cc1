// A national campaign in one command: montants.csv (one row per collectivity with departmental
// powers and per métropole, with the State's yearly amounts) → one contract input per row
// (out/batch-national/entrees/*.json) → `pacte batch` renders them all, PDF and DOCX, on worker
// threads → out/batch-national/, with the summary table.
//
// Run it: `npm run demo` here; one worker: `npm run demo -- --jobs 1`; PDF only:
// `npm run demo -- --format pdf`. Every option after `--` goes to `pacte batch`.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { readSheetFile, runCli } from "@pacte/cli";
import { cellText, readSheetRecords, sheetAmount, sheetIssue, sheetIssueAddress, type ContractInput, type Issue, type SheetColumnSpec } from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import { getCollectivite, getDepartement, getMetropole, splitCents, type Cents } from "@pacte/model";
import { outputFolder } from "./output-folder";

const YEARS = ["2024", "2025", "2026", "2027"] as const;
const CSV = fileURLToPath(new URL("../montants.csv", import.meta.url));

type ActionInput = ContractInput["actions"][number];
type Profile = "cls-departement-2024" | "cls-metropole-2024";

/** A row of montants.csv, checked. */
interface Row {
  readonly line: number;
  readonly ref: string;
  readonly name: string;
  readonly profile: Profile;
  readonly state: readonly Cents[]; // per year, in cents
}

/**
 * The generic actions each contract gets: a few per axis the profile requires, and the share
 * of the State's yearly amount each one takes (the collectivity matches it: 50/50).
 */
const ACTIONS: Readonly<Record<Profile, readonly { id: string; axis: 1 | 2 | 3 | 4; title: string; publics: string; indicator: string; unit: string; weight: number }[]>> = {
  "cls-departement-2024": [
    { id: "A1.1", axis: 1, title: "Accueil du jeune enfant à vocation d’insertion professionnelle", publics: "Parents de jeunes enfants en parcours d’insertion", indicator: "Places réservées", unit: "places", weight: 3 },
    { id: "A1.2", axis: 1, title: "Accompagnement des sortants de l’aide sociale à l’enfance", publics: "Jeunes majeurs sortant de l’aide sociale à l’enfance", indicator: "Jeunes accompagnés", unit: "jeunes", weight: 2 },
    { id: "A3.1", axis: 3, title: "Premier accueil social inconditionnel de proximité", publics: "Toute personne rencontrant une difficulté sociale", indicator: "Points d’accueil", unit: "lieux", weight: 3 },
    { id: "A3.2", axis: 3, title: "Repérage et réduction du non-recours aux droits", publics: "Personnes éligibles à des droits non ouverts", indicator: "Droits ouverts après repérage", unit: "dossiers", weight: 2 },
    { id: "A4.1", axis: 4, title: "Lutte contre la précarité énergétique", publics: "Ménages aux revenus modestes", indicator: "Logements diagnostiqués", unit: "logements", weight: 2 },
  ],
  "cls-metropole-2024": [
    { id: "M1.1", axis: 1, title: "Réussite éducative et accueil du jeune enfant", publics: "Enfants et familles des quartiers prioritaires", indicator: "Enfants accompagnés", unit: "enfants", weight: 3 },
    { id: "M2.1", axis: 2, title: "Levée des freins périphériques à l’emploi", publics: "Personnes éloignées de l’emploi", indicator: "Personnes accompagnées", unit: "personnes", weight: 3 },
    { id: "M3.1", axis: 3, title: "Maraudes et accès aux droits des personnes sans abri", publics: "Personnes sans abri", indicator: "Personnes rencontrées", unit: "personnes", weight: 3 },
    { id: "M3.2", axis: 3, title: "Domiciliation et accompagnement administratif", publics: "Personnes sans domicile stable", indicator: "Personnes domiciliées", unit: "personnes", weight: 2 },
    { id: "M4.1", axis: 4, title: "Tarification solidaire des transports et de l’énergie", publics: "Ménages aux revenus modestes", indicator: "Ménages bénéficiaires", unit: "ménages", weight: 2 },
  ],
};

/** Fictional signatories, picked in turn. */
const PEOPLE = [
  { name: "Camille Laurent", gender: "f" },
  { name: "Julien Mercier", gender: "m" },
  { name: "Nadia Benali", gender: "f" },
  { name: "Olivier Petit", gender: "m" },
  { name: "Sandrine Roche", gender: "f" },
  { name: "Thomas Girard", gender: "m" },
  { name: "Élise Fontaine", gender: "f" },
] as const;

/** The columns of montants.csv: `ref`, `nom`, `profil`, then `etat_2024` … `etat_2027` (the State's amount in euros). */
const COLUMNS: readonly SheetColumnSpec[] = [
  { key: "ref", labels: ["ref"], required: true },
  { key: "name", labels: ["nom"], required: true },
  { key: "profile", labels: ["profil"], required: true },
  { key: "state", labels: ["etat"], perYear: true, required: true },
];
const PROFILES: readonly Profile[] = ["cls-departement-2024", "cls-metropole-2024"];
const isProfile = (p: string | undefined): p is Profile => (PROFILES as readonly (string | undefined)[]).includes(p);

/**
 * Reads montants.csv with the command's CSV reader (csv-parse) and `readSheetRecords` of
 * `@pacte/contract`; every bad cell is reported at its cell (`montants.csv:E12`), and nothing is
 * rendered.
 */
async function readRows(): Promise<{ rows: Row[]; problems: Issue[] }> {
  const read = await readSheetFile(CSV, { comment: "#" });
  if (read.table === undefined) return { rows: [], problems: [...read.issues] };
  const sheet = readSheetRecords(read.table, COLUMNS);
  if (!sheet.success) return { rows: [], problems: [...sheet.issues, ...sheet.warnings] };
  const problems: Issue[] = [...sheet.warnings];
  const header = { row: sheet.data.headerRow, column: 1 };
  for (const year of YEARS) if (!sheet.data.years.includes(Number(year))) problems.push(sheetIssue("sheet.missing_column", header, { label: `etat_${year}` }));
  const rows: Row[] = [];
  for (const record of sheet.data.records) {
    const { ref, name, profile } = record.fields;
    const chosen = cellText(profile?.value ?? null);
    if (!isProfile(chosen)) {
      if (profile !== undefined) problems.push(sheetIssue("sheet.choice", profile.at, { label: profile.label, received: chosen ?? "", allowed: PROFILES }));
      continue;
    }
    const state: Cents[] = [];
    for (const year of YEARS) {
      const cell = record.years[year]?.state;
      if (cell === undefined) continue;
      // sheetAmount reads euros ("412000", "412 000,00 €") into integer cents, or says why not, at its cell.
      const amount = sheetAmount(cell.value, cell.label, cell.at);
      if (!amount.success) problems.push(...amount.issues);
      else if (amount.data === undefined) problems.push(sheetIssue("sheet.missing_value", cell.at, { label: cell.label }));
      else state.push(amount.data);
    }
    if (state.length === YEARS.length) rows.push({ line: record.row, ref: cellText(ref?.value ?? null) ?? "", name: cellText(name?.value ?? null) ?? "", profile: chosen, state });
  }
  return { rows, problems };
}

/** One row → a contract input, as a team would write it by hand. */
function toInput(row: Row, k: number): ContractInput {
  const departemental = row.profile === "cls-departement-2024";
  const collectivite = departemental ? getCollectivite(row.ref, { asOf: "2024-01-01" }) : undefined;
  const metropole = departemental ? undefined : getMetropole(row.ref);
  // The préfet of the département (of the seat, for a métropole) signs for the State. An unknown
  // ref is passed on as it is: the contract's checks report it, and the batch goes on without it.
  const departement = collectivite?.departements[0] ?? metropole?.seatDepartement ?? row.ref;
  const place = `la préfecture ${getDepartement(departement)?.withDe ?? ""}`.trim();
  const siret = collectivite?.siret;
  const specs = ACTIONS[row.profile];
  // Each year's State amount shared between the actions by weight, exactly (no cent lost).
  const shares = row.state.map((total) => splitCents(total, specs.map((s) => s.weight)));
  const carrier = collectivite?.name ?? metropole?.name ?? row.name;
  const actions: ActionInput[] = specs.map((spec, a) => ({
    id: spec.id,
    axis: spec.axis,
    title: spec.title,
    publics: [spec.publics],
    carrier,
    territory: departemental ? "Ensemble du territoire départemental" : "Territoire de la métropole",
    nature: "new",
    indicators: [{ label: spec.indicator, unit: spec.unit, baseline: 0, baselineYear: 2023, targets: { "2027": 100 } }],
    funding: Object.fromEntries(
      YEARS.map((year, y) => {
        const cents = shares[y]?.[a] ?? 0;
        return [year, { state: cents, collectivite: cents }];
      }),
    ),
  }));
  return {
    reference: departemental ? `CLS-2024-${row.ref}` : `CLS-2024-M-${row.ref}`,
    profile: row.profile,
    state: { departement, prefet: PEOPLE[k % PEOPLE.length] ?? PEOPLE[0] },
    collectivite: {
      ref: row.ref,
      executive: PEOPLE[(k + 3) % PEOPLE.length] ?? PEOPLE[0],
      ...(siret !== undefined ? { siret } : {}),
      deliberation: departemental
        ? { number: `CP-2024-${String(k + 1).padStart(3, "0")}`, date: "2024-06-03", body: "commission permanente" }
        : { number: `2024-${String(k + 1).padStart(3, "0")}`, date: "2024-05-24", body: "conseil métropolitain" },
    },
    // Signed during 2024, as the real contracts were: actions are eligible from 1 January 2024.
    signature: { place, date: departemental ? "2024-06-24" : "2024-06-14" },
    actions,
  };
}

const passthrough = process.argv.slice(2);
const out = outputFolder(import.meta.url, "batch-national");
const inputs = join(out, "entrees");

const { rows, problems } = await readRows();
if (problems.some((p) => p.severity === "error")) {
  console.error(`montants.csv : ${problems.length} problème${problems.length > 1 ? "s" : ""} à corriger`);
  for (const p of problems) console.error(`  montants.csv:${sheetIssueAddress(p) ?? ""}  ${p.code}  ${p.message}`);
  process.exit(1);
}

// The inputs are written afresh each time (an old file would be rendered too).
await rm(inputs, { recursive: true, force: true });
await mkdir(inputs, { recursive: true });
let total = 0;
for (const [k, row] of rows.entries()) {
  const input = toInput(row, k);
  total += row.state.reduce((a, b) => a + b, 0);
  await writeFile(join(inputs, `${input.reference}.json`), `${JSON.stringify(input, null, 2)}\n`);
}
const metropoles = rows.filter((r) => r.profile === "cls-metropole-2024").length;
console.log(
  `${rows.length} contrats (${rows.length - metropoles} collectivités à compétences départementales, ${metropoles} métropoles), ` +
    `État ${formatEuros(total)} sur 2024–2027, entrées dans ${relative(process.env.INIT_CWD ?? process.cwd(), inputs) || "."}`,
);

// The `pacte` command, called as a function: the same checks, workers, progress and summary
// table as `npx pacte batch . --out .. --force` run in out/batch-national/entrees. Running it
// from the inputs' folder keeps the file names short in the table.
process.exitCode = await runCli(["batch", ".", "--out", relative(inputs, out), "--force", ...passthrough], {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: inputs,
});
