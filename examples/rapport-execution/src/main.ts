// The Creuse's 2024 execution report:
//   the report as the collectivity writes it (rapport-2024.yaml, amounts in euros as written)
//   + the signed contract (`creuseInput()` from @pacte/contract/samples, the contract of
//     ../contrat-departement/contrat.yaml)
//   → validateExecution (every problem at once, with its code, its path and a French message)
//   → settleExecution (the State's due per action, the balance to pay or the money to recover)
//   → executionReportToDocument → PDF + DOCX in out/.
//
// Run it: `npm run demo` here. Other files: `npm run demo -- RAPPORT.yaml [CONTRAT.yaml]`.
import { fileURLToPath } from "node:url";
import { parseContract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { formatEuros } from "@pacte/document";
import { executionReportToDocument, settleExecution, validateExecution } from "@pacte/execution";
import { fileArguments, fileBaseName, formatSize, invalidInput, outputFolder, printWarnings, readContract, readYaml, renderBoth, run, shown, writeFiles } from "@pacte/example-support";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const [reportFile = here("../rapport-2024.yaml"), contractFile] = fileArguments();

run(async () => {
  const contract = contractFile === undefined ? parseContract(creuseInput()) : await readContract(contractFile);
  const checked = validateExecution(await readYaml(reportFile), contract);
  if (!checked.success) throw invalidInput(shown(reportFile), [...checked.issues, ...checked.warnings]);
  printWarnings(checked.warnings, shown(reportFile));
  const execution = checked.data;

  const settlement = settleExecution(execution, contract);
  console.log(`Rapport d’exécution ${execution.year} du contrat ${contract.reference} — ${contract.collectivite.name}`);
  console.log(`  Engagé : ${formatEuros(settlement.committed.total)} ; dépensé : ${formatEuros(settlement.spent.total)}`);
  console.log(`  Part de l’État due : ${formatEuros(settlement.stateDue)} ; déjà versée : ${formatEuros(settlement.paidBeforeReport)}`);
  console.log(`  Solde à verser : ${formatEuros(settlement.balance)} ; à reverser : ${formatEuros(settlement.recovered)}`);
  if (settlement.carriedOver > 0) console.log(`  Reporté sur ${execution.year + 1} : ${formatEuros(settlement.carriedOver)}`);

  const rendered = await renderBoth(executionReportToDocument(execution, contract, { settlement }));
  const name = `${fileBaseName(contract.reference)}-rapport-execution-${execution.year}`;
  const written = await writeFiles(outputFolder(import.meta.url), { [`${name}.pdf`]: rendered.pdf, [`${name}.docx`]: rendered.docx });
  console.log(`  Rapport : ${rendered.pages} pages (PDF ${formatSize(rendered.pdf.length)}, DOCX ${formatSize(rendered.docx.length)})`);
  for (const path of written) console.log(`    → ${shown(path)}`);
});
