// A contract of N actions rendered in both formats, for the benchmark table's linear-cost rows:
// the Creuse sample contract (@pacte/contract/samples) whose actions are repeated to N, each with
// a description of a few lines and 1 000 € a year from each party, validated, composed, then
// rendered as PDF and as DOCX. Run in a fresh process per size, after a warm-up render of the
// sample itself, so that its peak resident set is the render's.
//
//   node --import tsx scripts/bench-large.ts --actions 1000
//
// The last line printed is JSON: { actions, pages, composeMs, pdfMs, docxMs, pdfBytes, docxBytes, maxRssKb }.
import { parseArgs } from "node:util";
import { CONTRACT_LIMITS, contractToDocument, validateContract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { renderDocx } from "@pacte/docx";
import { renderPdfWithLayout } from "@pacte/pdf";

/** The result line this script ends with. */
export interface LargeBenchResult {
  readonly actions: number;
  readonly pages: number;
  readonly composeMs: number;
  readonly pdfMs: number;
  readonly docxMs: number;
  readonly pdfBytes: number;
  readonly docxBytes: number;
  readonly maxRssKb: number;
}

const { values } = parseArgs({ options: { actions: { type: "string" } } });
const count = Number(values.actions ?? "1000");
if (!Number.isInteger(count) || count < 1) throw new Error("usage: bench-large.ts --actions N");

const input = creuseInput();
const base = input.actions;
const words = "L’action accompagne les personnes éloignées de l’emploi vers une insertion durable, avec un suivi renforcé. ";
input.actions = Array.from({ length: count }, (_, k) => {
  const a = structuredClone(base[k % base.length]);
  if (a === undefined) throw new Error("bench-large: the sample has no action");
  // 1 000 € a year from each party, so that the totals stay within the State's annual ceiling.
  for (const y of Object.keys(a.funding)) {
    const f = a.funding[y];
    if (f !== undefined) a.funding[y] = { ...f, state: 100_000, collectivite: 100_000 };
  }
  return { ...a, id: `A${a.axis}.${k + 1}`, description: words.repeat(4) };
});

// Warm-up on the sample as it is, so that the timed render does not pay for compiling the code.
const sample = validateContract(creuseInput());
if (!sample.success) throw new Error("bench-large: the sample does not validate");
await renderPdfWithLayout(contractToDocument(sample.data));
await renderDocx(contractToDocument(sample.data));

// A contract holds at most CONTRACT_LIMITS.actions actions (500): beyond, the first 500 are
// validated and the parsed actions repeated, to measure the renderers on the size asked for.
const allowed = Math.min(count, CONTRACT_LIMITS.actions);
const written = input.actions;
input.actions = written.slice(0, allowed);
const t0 = performance.now();
const checked = validateContract(input);
if (!checked.success) throw new Error(`bench-large: ${allowed} actions do not validate: ${checked.issues.slice(0, 3).map((i) => `${i.code} ${i.message}`).join("; ")}`);
const parsed = checked.data.actions;
const actions = Array.from({ length: count }, (_, k) => {
  const a = parsed[k % allowed];
  if (a === undefined) throw new Error("bench-large: no parsed action");
  return k < allowed ? a : { ...structuredClone(a), id: written[k]?.id ?? a.id };
});
const document = contractToDocument({ ...checked.data, actions });
const t1 = performance.now();
// Only the page count and the size are kept from the PDF: its layout report (every placed word)
// is let go before the DOCX is rendered, as the CLI does, so that the DOCX's time is not that of
// a collector walking a report the harness no longer needs.
const { pages, pdfBytes } = await (async () => {
  const pdf = await renderPdfWithLayout(document);
  return { pages: pdf.layout.pages.length, pdfBytes: pdf.bytes.length };
})();
const t2 = performance.now();
const docx = await renderDocx(document);
const t3 = performance.now();

const result: LargeBenchResult = {
  actions: count,
  pages,
  composeMs: t1 - t0,
  pdfMs: t2 - t1,
  docxMs: t3 - t2,
  pdfBytes,
  docxBytes: docx.length,
  maxRssKb: process.resourceUsage().maxRSS,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
