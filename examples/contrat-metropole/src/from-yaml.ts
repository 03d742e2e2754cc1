// A métropole's contract from its YAML file: the checks, the money per axis, the State's
// payment schedule, and three files in out/ — the contract as PDF and DOCX, and its
// obligations (payments, committee meetings, reports due, end) as an iCalendar file that any
// calendar application imports.
//
// Run it: `npm run demo` here. Another file: `npm run demo -- chemin/contrat.yaml`.
import { fileURLToPath } from "node:url";
import { contractICalendar, contractToDocument, contractTotals, paymentSchedule } from "@pacte/contract";
import { formatDate, formatDateRange, formatEuros, formatPercent } from "@pacte/document";
import { AXES } from "@pacte/model";
import { fileArguments, fileBaseName, formatSize, outputFolder, readContract, renderBoth, run, shown, writeFiles } from "@pacte/example-support";

const file = fileArguments()[0] ?? fileURLToPath(new URL("../contrat.yaml", import.meta.url));

run(async () => {
  const contract = await readContract(file);

  const totals = contractTotals(contract);
  console.log(`${contract.title} n° ${contract.reference} — ${contract.collectivite.name}`);
  console.log(`  signé le ${formatDate(contract.signature.date)}, en vigueur ${formatDateRange(contract.period.start, contract.period.end)}`);
  for (const axis of totals.byAxis) {
    const wording = AXES.find((a) => a.number === axis.axis)?.wording ?? "";
    console.log(`  Axe ${axis.axis} (${wording}) : État ${formatEuros(axis.total.state)}`);
  }
  console.log(`  Total : État ${formatEuros(totals.total.state)}, métropole ${formatEuros(totals.total.collectivite)}, autres ${formatEuros(totals.total.others)}`);

  // When the State pays, year by year (the profile's default instalments unless the input sets them).
  const schedule = paymentSchedule(contract);
  const first = schedule.years[0];
  if (first !== undefined) {
    console.log(`  Versements de l’État en ${first.year} :`);
    for (const p of first.payments) console.log(`    ${formatDate(p.due)} : ${formatEuros(p.amount)} (${formatPercent(p.percent, undefined, { scale: "percent" })})`);
  }

  const { pdf, pages, docx } = await renderBoth(contractToDocument(contract));
  const ics = contractICalendar(contract);
  const base = fileBaseName(contract.reference);
  const [pdfPath, docxPath, icsPath] = await writeFiles(outputFolder(import.meta.url), {
    [`${base}.pdf`]: pdf,
    [`${base}.docx`]: docx,
    [`${base}.ics`]: ics,
  });
  console.log(`  PDF : ${pages} pages, ${formatSize(pdf.length)} → ${shown(pdfPath ?? "")}`);
  console.log(`  DOCX : ${formatSize(docx.length)} → ${shown(docxPath ?? "")}`);
  console.log(`  Agenda : ${ics.split("BEGIN:VEVENT").length - 1} échéances → ${shown(icsPath ?? "")}`);
});
