// The same kind of contract, built in TypeScript with contractBuilder(): useful when the
// actions come from a database, a spreadsheet or a form rather than a YAML file.
//   contractBuilder() … .validate() → a checked Contract, or issues
//   → contractToDocument → PDF + DOCX in out/
//
// Run it: `npm run builder` here. (People's names are fictional; amounts are invented.)
import { contractBuilder, contractToDocument, contractTotals, type ContractInput } from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import { eurosToCents, getCollectivite } from "@pacte/model";
import { fileBaseName, formatSize, invalidInput, outputFolder, printWarnings, renderBoth, run, shown, writeFiles } from "@pacte/example-support";

const YEARS = ["2024", "2025", "2026", "2027"] as const;

/** An action as the input takes it (amounts in integer cents). */
type ActionInput = ContractInput["actions"][number];

/** One action as a team might keep it in a table: who carries it, for whom, where, and State euros per year (the Département matches them). */
interface ActionRow {
  readonly id: string;
  readonly axis: 1 | 3 | 4;
  readonly title: string;
  readonly carrier: string;
  readonly publics: readonly string[];
  readonly territory: string;
  readonly indicator: readonly [label: string, unit: string, baseline: number, target2027: number];
  readonly euros: readonly [number, number, number, number];
  readonly reinforced?: { readonly kind: "caseload" | "publics" | "zones"; readonly detail: string };
}

const ROWS: readonly ActionRow[] = [
  { id: "N1.1", axis: 1, title: "Places d’accueil du jeune enfant à vocation d’insertion", carrier: "Direction de l’enfance et de la famille", publics: ["Parents bénéficiaires du RSA en recherche d’emploi"], territory: "Nevers, Cosne-Cours-sur-Loire, Clamecy", indicator: ["Places réservées", "places", 10, 30], euros: [30000, 32000, 35000, 35000] },
  { id: "N1.2", axis: 1, title: "Repas à un euro dans les collèges ruraux", carrier: "Direction de l’éducation et des collèges", publics: ["Collégiens boursiers"], territory: "Collèges des cantons ruraux", indicator: ["Collégiens bénéficiaires", "élèves", 0, 600], euros: [20000, 25000, 25000, 25000] },
  { id: "N1.3", axis: 1, title: "Accompagnement des jeunes majeurs sortant de l’aide sociale à l’enfance", carrier: "Direction de l’enfance et de la famille", publics: ["Jeunes majeurs sortant de l’aide sociale à l’enfance"], territory: "Tout le département", indicator: ["Jeunes accompagnés", "jeunes", 25, 60], euros: [45000, 45000, 45000, 45000],
    reinforced: { kind: "publics", detail: "Jusqu’à 21 ans, sans condition de contrat jeune majeur." } },
  { id: "N1.4", axis: 1, title: "Médiation familiale et soutien à la parentalité", carrier: "Caisse d’allocations familiales de la Nièvre", publics: ["Familles monoparentales"], territory: "Tout le département", indicator: ["Familles accompagnées", "familles", 0, 150], euros: [15000, 18000, 20000, 20000] },
  { id: "N3.1", axis: 3, title: "Premier accueil social inconditionnel en maisons France services", carrier: "Direction de l’action sociale de proximité", publics: ["Toute personne qui se présente"], territory: "Maisons France services du département", indicator: ["Points d’accueil", "lieux", 6, 12], euros: [40000, 40000, 40000, 40000],
    reinforced: { kind: "zones", detail: "Six cantons ruraux supplémentaires." } },
  { id: "N3.2", axis: 3, title: "Repérage du non-recours aux droits", carrier: "Direction de l’action sociale de proximité", publics: ["Personnes âgées isolées", "Travailleurs pauvres"], territory: "Tout le département", indicator: ["Droits ouverts après repérage", "dossiers", 0, 250], euros: [35000, 40000, 40000, 40000] },
  { id: "N3.3", axis: 3, title: "Référent de parcours pour les allocataires du RSA", carrier: "Direction de l’insertion", publics: ["Allocataires du RSA"], territory: "Tout le département", indicator: ["Personnes accompagnées", "personnes", 150, 300], euros: [50000, 50000, 50000, 50000],
    reinforced: { kind: "caseload", detail: "File active portée de 150 à 300 personnes." } },
  { id: "N3.4", axis: 3, title: "Équipe mobile d’aller-vers en milieu rural", carrier: "Direction de l’action sociale de proximité", publics: ["Personnes isolées sans moyen de transport"], territory: "Morvan et Puisaye", indicator: ["Personnes rencontrées", "personnes", 0, 300], euros: [25000, 25000, 25000, 25000] },
  { id: "N4.1", axis: 4, title: "Diagnostics de précarité énergétique à domicile", carrier: "Direction de l’habitat", publics: ["Ménages en précarité énergétique"], territory: "Tout le département", indicator: ["Logements diagnostiqués", "logements", 0, 100], euros: [30000, 30000, 30000, 30000] },
  { id: "N4.2", axis: 4, title: "Location solidaire de véhicules", carrier: "Direction de l’insertion", publics: ["Personnes en insertion professionnelle sans véhicule"], territory: "Tout le département", indicator: ["Contrats de location", "contrats", 20, 80], euros: [25000, 25000, 25000, 25000],
    reinforced: { kind: "publics", detail: "Ouverture aux jeunes en contrat d’engagement." } },
  { id: "N4.3", axis: 4, title: "Épiceries solidaires et circuits courts", carrier: "Direction de l’insertion", publics: ["Foyers à faibles ressources"], territory: "Nevers, Decize, Château-Chinon", indicator: ["Foyers bénéficiaires", "foyers", 0, 250], euros: [20000, 22000, 25000, 25000] },
  { id: "N4.4", axis: 4, title: "Jardins partagés d’insertion", carrier: "Direction de l’insertion", publics: ["Allocataires du RSA"], territory: "Nevers et Cosne-Cours-sur-Loire", indicator: ["Jardiniers accueillis", "personnes", 0, 60], euros: [10000, 12000, 12000, 12000] },
];

/** A row of the table → an action of the contract input: 50/50 funding, in integer cents. */
function toAction(row: ActionRow): ActionInput {
  const [label, unit, baseline, target] = row.indicator;
  return {
    id: row.id,
    axis: row.axis,
    title: row.title,
    carrier: row.carrier,
    publics: [...row.publics],
    territory: row.territory,
    nature: row.reinforced ? "reinforced" : "new",
    ...(row.reinforced ? { reinforcement: row.reinforced } : {}),
    indicators: [{ label, unit, baseline, baselineYear: 2023, targets: { "2027": target } }],
    funding: Object.fromEntries(
      YEARS.map((year, k) => {
        const cents = eurosToCents(row.euros[k] ?? 0);
        return [year, { state: cents, collectivite: cents }];
      }),
    ),
  };
}

run(async () => {
  // Reference data from @pacte/model: the Nièvre's SIRET is known, no need to type it.
  const nievre = getCollectivite("58D");

  let builder = contractBuilder()
    .reference("CLS-58-2024-001")
    .profile("cls-departement-2024")
    .state({ departement: "58", prefet: { name: "Marc Durand", gender: "m" } })
    .collectivite({
      ref: "58D",
      executive: { name: "Sophie Bernard", gender: "f" },
      ...(nievre?.siret ? { siret: nievre.siret } : {}),
      deliberation: { number: "2023-CD-214", date: "2023-12-04", body: "conseil départemental" },
    })
    .signature("Nevers", "2023-12-18")
    .preambule({
      diagnostic: ["La Nièvre perd des habitants et vieillit ; la pauvreté y touche d’abord les familles monoparentales et les jeunes."],
      priorities: ["Prévenir dès l’enfance", "Aller vers les personnes isolées"],
    })
    .stateAnnualCeiling(eurosToCents(400_000))
    .governance({ committee: "comité départemental des solidarités", meetingsPerYear: 1 });
  for (const row of ROWS) builder = builder.addAction(toAction(row));

  // validate() returns issues instead of throwing (build() would throw a PacteError).
  const result = builder.validate();
  if (!result.success) throw invalidInput("contrat construit en TypeScript", [...result.issues, ...result.warnings]);
  printWarnings(result.warnings, "contrat construit en TypeScript");
  const contract = result.data;

  const totals = contractTotals(contract);
  console.log(`${contract.title} n° ${contract.reference} — ${contract.collectivite.name}`);
  console.log(`  ${contract.actions.length} actions · État ${formatEuros(totals.total.state)} · Département ${formatEuros(totals.total.collectivite)} · total ${formatEuros(totals.total.total)}`);

  const { pdf, pages, docx } = await renderBoth(contractToDocument(contract));
  const base = fileBaseName(contract.reference);
  const [pdfPath, docxPath] = await writeFiles(outputFolder(import.meta.url), { [`${base}.pdf`]: pdf, [`${base}.docx`]: docx });
  console.log(`  PDF : ${pages} pages, ${formatSize(pdf.length)} → ${shown(pdfPath ?? "")}`);
  console.log(`  DOCX : ${formatSize(docx.length)} → ${shown(docxPath ?? "")}`);
});
