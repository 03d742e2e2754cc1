// From a YAML file to a signed-ready contract, as PDF and DOCX:
//   read contrat.yaml → checkContractText (issues with their lines, or a checked Contract) → contractToDocument
//   → renderPdf + renderDocx → out/<reference>.pdf and out/<reference>.docx
//
// Run it: `npm run demo` here (or `npm run demo` at the repository's root).
// Another file: `npm run demo -- path/to/contrat.yaml`; another folder: `-- --out sortie/`.
import { fileURLToPath } from "node:url";
import { contractToDocument, contractTotals, type Contract } from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import { fileArguments, fileBaseName, formatSize, outputFolder, readContract, renderBoth, run, shown, writeFiles } from "@pacte/example-support";

const file = fileArguments()[0] ?? fileURLToPath(new URL("../contrat.yaml", import.meta.url));

/** The contract's money, as a person checks it before signing. */
function printTotals(contract: Contract): void {
  const totals = contractTotals(contract);
  const axes = [...new Set(contract.actions.map((a) => a.axis))].sort();
  console.log(contract.title ? `${contract.title} n° ${contract.reference}` : contract.reference);
  console.log(`  ${contract.collectivite.name}, ${contract.actions.length} actions sur les axes ${axes.join(", ")}, ${contract.years[0]}–${contract.years.at(-1)}`);
  console.log(`  État ${formatEuros(totals.total.state)} · ${contract.collectivite.name} ${formatEuros(totals.total.collectivite)} · autres financeurs ${formatEuros(totals.total.others)}`);
  console.log(`  Total ${formatEuros(totals.total.total)}`);
  for (const y of totals.byYear) console.log(`    ${y.year} : État ${formatEuros(y.amounts.state)}, total ${formatEuros(y.amounts.total)}`);
}

run(async () => {
  // checkContractText (in readContract) never throws on user data: it returns every issue at
  // once, each with a path, its line in the file, a stable code and a French message (pass
  // { lang: "en" } for English).
  const contract = await readContract(file);
  printTotals(contract);

  // The contract as a renderer-neutral document, then the same document twice.
  const document = contractToDocument(contract);
  const { pdf, pages, docx } = await renderBoth(document);
  const base = fileBaseName(contract.reference);
  const written = await writeFiles(outputFolder(import.meta.url), { [`${base}.pdf`]: pdf, [`${base}.docx`]: docx });

  console.log(`  PDF : ${pages} pages, ${formatSize(pdf.length)} → ${shown(written[0] ?? "")}`);
  console.log(`  DOCX : ${formatSize(docx.length)} → ${shown(written[1] ?? "")}`);
});
