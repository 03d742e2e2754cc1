// A tour of @pacte/model: run it with `npm run demo` at the repository's root.
// Copy it as a template: everything here is the package's public API.
import {
  AXES,
  CONCERTATION_MEETINGS,
  collectivitesForDepartement,
  formatSiret,
  getCollectivite,
  listCollectivites,
  listDepartements,
  listMetropoles,
  resolveCollectivite,
  safeParseMoney,
  safeParseSiren,
  splitCents,
  centsToDecimalString,
  REFERENCE_DATE,
} from "@pacte/model";

const line = (s = "") => console.log(s);

line("Pacte des solidarités — les quatre axes");
for (const axis of AXES) line(`  ${axis.number}. ${axis.wording}`);

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
  const parts = splitCents(total.data, [1, 1, 1]);
  line(`\n100 000,00 € en trois parts exactes : ${parts.map(centsToDecimalString).join(" + ")}`);
}
line(`\nConcertation : ${CONCERTATION_MEETINGS.length} réunions connues, dès le ${CONCERTATION_MEETINGS[0]?.date}.`);
