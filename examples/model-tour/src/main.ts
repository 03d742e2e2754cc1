// A tour of @pacte/model: run it with `npm run demo -w examples/model-tour` at the repository's root.
// Copy it as a template: everything here is the packages' public API.
import {
  AXES,
  CONCERTATION_MEETINGS,
  REFERENCE_DATE,
  collectivitesForDepartement,
  deliberatingBody,
  findTerritories,
  formatSiret,
  getCollectivite,
  isSettled,
  listCollectivites,
  listDepartements,
  listMetropoles,
  prefetQuality,
  resolveCollectivite,
  safeParseMoney,
  safeParseSiren,
  signingPrefetFor,
  splitCents,
  stateServiceFor,
  tribunalAdministratifFor,
  type Cents,
} from "@pacte/model";
// Amounts are printed the French way (« 33 333,34 € »): the document package owns fr-FR formatting.
import { formatEuros } from "@pacte/document";

const line = (s = "") => console.log(s);

line("Pacte des solidarités — les quatre axes");
for (const axis of AXES) line(`  ${axis.number}. ${axis.wording}\n     (amorce de la concertation : « ${axis.seedWording} »)`);

line();
line(`Territoires au ${REFERENCE_DATE}`);
line(`  ${listDepartements().length} départements`);
line(`  ${listCollectivites({ asOf: REFERENCE_DATE }).length} collectivités à compétences départementales`);
line(`  ${listMetropoles().length} métropoles`);

line();
line("Qui signe pour le Bas-Rhin (67) ?");
for (const asOf of ["2019-06-01", "2024-06-01"]) {
  const names = collectivitesForDepartement("67", asOf).map((c) => `${c.name} (${c.code})`);
  line(`  au ${asOf} : ${names.join(", ")}`);
}

line();
line("« 69 » : tout ce que le département contient, chaque territoire une fois");
const rhone = findTerritories("69");
if (rhone.status === "departement")
  for (const e of rhone.entries) line(`  ${e.kind === "collectivite" ? `${e.collectivite.name} (${e.collectivite.code})${e.metropole ? " — aussi une métropole" : ""}` : e.metropole.name}`);
const corse = findTerritories("20");
if (corse.status === "ambiguous") line(`« 20 » est ambigu (${corse.reason}) : ${corse.candidates.map((c) => (c.kind === "departement" ? c.departement.code : "?")).join(" ou ")}`);

line();
line("L'État, partie au contrat");
for (const [target, gender] of [["23D", "f"], ["20R", "m"], ["75C", "m"]] as const) {
  const signer = signingPrefetFor(target);
  const quality = signer === undefined ? undefined : prefetQuality(signer.departement, { gender });
  const service = signer === undefined ? undefined : stateServiceFor(signer.departement);
  const ta = signer === undefined ? undefined : tribunalAdministratifFor(signer.departement);
  line(`  ${getCollectivite(target)?.name} : ${quality?.withArticle ?? "?"}`);
  line(`    service : ${service?.status === "known" ? `${service.service.acronymWithArticle} (${service.service.fullName})` : `à fournir dans l'entrée (${service?.status === "unknown" ? service.reason : "?"})`}`);
  line(`    litiges : ${ta?.withArticle ?? "?"}`);
  line(`    délibération ${deliberatingBody(target, "assembly")?.withDe ?? "?"}${quality && !isSettled(quality.provenance) ? " — titre à vérifier" : ""}`);
}

const creuse = getCollectivite("23D");
if (creuse?.siret) line(`\nSIRET du ${creuse.name} : ${formatSiret(creuse.siret, { separator: " " })}`);
const found = resolveCollectivite("cote d'or");
line(`« cote d'or » désigne : ${found?.name ?? "rien"}`);

line();
line("Contrôles (des problèmes, pas des exceptions) :");
const siren = safeParseSiren("222309628");
if (!siren.success) for (const i of siren.issues) line(`  ${i.code}  ${i.message}`);
const amount = safeParseMoney("1,234");
if (!amount.success) for (const i of amount.issues) line(`  ${i.code}  ${i.message}`);

const total = safeParseMoney("100 000,00 €");
if (total.success) {
  const parts: readonly Cents[] = splitCents(total.data, [1, 1, 1]);
  line(`\n${formatEuros(total.data)} en trois parts exactes : ${parts.map((p) => formatEuros(p)).join(" + ")}`);
}
line(`\nConcertation : ${CONCERTATION_MEETINGS.length} réunions connues, dès le ${CONCERTATION_MEETINGS[0]?.date} (« ${CONCERTATION_MEETINGS[0]?.subject} »).`);
