// An amendment (avenant) to the Creuse contract, and the consolidated contract after it:
//   the signed contract (../contrat-departement/contrat.yaml) + its revised version
//   (contrat-revise.yaml) + the avenant's terms (avenant.yaml)
//   → createAmendment (checks both versions, computes the changes)
//   → amendmentToDocument (only what changes) and consolidatedContractToDocument (the whole
//     contract as amended) → PDF + DOCX of each in out/.
//
// Run it: `npm run demo` here. Other files: `npm run demo -- BASE.yaml REVISE.yaml [AVENANT.yaml]`.
import { fileURLToPath } from "node:url";
import {
  amendmentToDocument,
  consolidatedContractToDocument,
  contractTotals,
  createAmendment,
  type ContractChange,
} from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import { fileArguments, fileBaseName, formatSize, invalidInput, outputFolder, printWarnings, readYaml, renderBoth, run, shown, writeFiles } from "@pacte/example-support";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const [baseFile = here("../../contrat-departement/contrat.yaml"), revisedFile = here("../contrat-revise.yaml"), termsFile = here("../avenant.yaml")] = fileArguments();

const PARTY = { state: "État", collectivite: "Département", other: "autre financeur" } as const;

/** One change, in a line a person reads. */
function describe(change: ContractChange): string {
  switch (change.kind) {
    case "funding":
      return `${change.actionId} ${change.year}, ${change.partner ?? PARTY[change.party]} : ${formatEuros(change.before)} → ${formatEuros(change.after)}`;
    case "action-added":
      return `action ajoutée ${change.actionId} « ${change.action.title} »`;
    case "action-removed":
      return `action retirée ${change.actionId} « ${change.action.title} »`;
    case "action-field":
      return `${change.actionId} : ${change.field} modifié`;
    case "field":
      return `${change.path.join(".")} modifié`;
  }
}

run(async () => {
  const [base, revised, terms] = [await readYaml(baseFile), await readYaml(revisedFile), await readYaml(termsFile)];

  // Both versions are validated against their profile; their issues come back under `base.…`
  // and `revised.…`, the terms' under `amendment.…`.
  const result = createAmendment(base, revised, terms as { number: number; date: string });
  if (!result.success) throw invalidInput("avenant", result.issues);
  printWarnings(result.warnings, "avenant");
  const amendment = result.data;

  const before = contractTotals(amendment.base).total;
  const after = contractTotals(amendment.revised).total;
  console.log(`Avenant n° ${amendment.number} au contrat ${amendment.base.reference} — ${amendment.base.collectivite.name}`);
  console.log(`  ${amendment.changes.length} modifications :`);
  for (const change of amendment.changes) console.log(`    ${describe(change)}`);
  console.log(`  État : ${formatEuros(before.state)} → ${formatEuros(after.state)} ; total : ${formatEuros(before.total)} → ${formatEuros(after.total)}`);

  const avenant = await renderBoth(amendmentToDocument(amendment));
  const consolidated = await renderBoth(consolidatedContractToDocument(amendment.revised, [amendment]));

  // The names `pacte amend` uses too.
  const ref = fileBaseName(amendment.base.reference);
  const names = { avenant: `${ref}-avenant-${amendment.number}`, consolide: `${ref}-consolide-avenant-${amendment.number}` };
  const written = await writeFiles(outputFolder(import.meta.url), {
    [`${names.avenant}.pdf`]: avenant.pdf,
    [`${names.avenant}.docx`]: avenant.docx,
    [`${names.consolide}.pdf`]: consolidated.pdf,
    [`${names.consolide}.docx`]: consolidated.docx,
  });
  console.log(`  Avenant : ${avenant.pages} pages (PDF ${formatSize(avenant.pdf.length)}, DOCX ${formatSize(avenant.docx.length)})`);
  console.log(`  Contrat consolidé : ${consolidated.pages} pages (PDF ${formatSize(consolidated.pdf.length)}, DOCX ${formatSize(consolidated.docx.length)})`);
  for (const path of written) console.log(`    → ${shown(path)}`);
});
