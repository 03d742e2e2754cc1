// `npm run bench`: the same ~30-page contract rendered by @pacte/pdf and by pdfmake (with the
// same font files, Pacte Sans = Liberation Sans subset), in the same run. Prints both medians and
// the ratio, and shows that the glyph measurement caches make a second render measure nothing.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Document } from "@pacte/document";
import { bench, describe } from "vitest";
import { fontMetrics } from "../src/fonts/font-metrics";
import { pacteSans } from "../src/fonts/pacte-sans";
import { renderPdfWithLayout } from "../src/default-fonts";
import { sampleDocument } from "../src/test-support/sample-document";
import { pdfmakeDefinition } from "./pdfmake-document";

interface PdfMake {
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  addFonts(fonts: Record<string, Record<string, string>>): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Uint8Array> };
}

const require = createRequire(import.meta.url);
const pdfmake = require("pdfmake") as PdfMake;
const font = (style: string): string => fileURLToPath(new URL(`../assets/fonts/PacteSans-${style}.ttf`, import.meta.url));
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => true);
pdfmake.addFonts({ Pacte: { normal: font("Regular"), bold: font("Bold"), italics: font("Italic"), bolditalics: font("BoldItalic") } });

/** About 30 pages: 24 articles, a financial table, signatures, an annex table of 700 rows. */
const document: Document = sampleDocument({ articles: 24, annexRows: 850 });

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const pageCount = (bytes: Uint8Array): number => (Buffer.from(bytes).toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
const renderPacte = async (): Promise<Uint8Array> => (await renderPdfWithLayout(document)).bytes;
const renderPdfmake = async (): Promise<Uint8Array> => pdfmake.createPdf(pdfmakeDefinition(document)).getBuffer();

// Warm both up, then check that a warm render measures nothing again (the glyph caches).
const regular = fontMetrics(pacteSans().regular);
const coldStart = regular.stats();
const pactePages = pageCount(await renderPacte());
const pdfmakePages = pageCount(await renderPdfmake());
const before = regular.stats();
await renderPacte();
const after = regular.stats();

// Medians over runs of each engine in turn (each block after three warm-up renders, so that neither
// pays for the other's garbage), printed before vitest's own table.
const RUNS = 9;
const times = { pacte: [] as number[], pdfmake: [] as number[] };
const measure = async (render: () => Promise<Uint8Array>, into: number[]): Promise<void> => {
  for (let i = 0; i < 3; i++) await render();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await render();
    into.push(performance.now() - t0);
  }
};
await measure(renderPacte, times.pacte);
await measure(renderPdfmake, times.pdfmake);
const a = median(times.pacte);
const b = median(times.pdfmake);
console.log(
  [
    "",
    `@pacte/pdf : median ${a.toFixed(1)} ms over ${RUNS} renders (${pactePages} pages)`,
    `pdfmake    : median ${b.toFixed(1)} ms over ${RUNS} renders (${pdfmakePages} pages)`,
    `ratio      : @pacte/pdf is ${(b / a).toFixed(2)}× faster than pdfmake (median against median)`,
    `glyph cache: the first render looked ${before.glyphLookups - coldStart.glyphLookups} code points and ${before.kerningLookups - coldStart.kerningLookups} kerning pairs up in Pacte Sans regular; a warm render ${after.glyphLookups - before.glyphLookups} and ${after.kerningLookups - before.kerningLookups}; shaping runs: ${after.layoutRuns}`,
    "",
  ].join("\n"),
);

describe("render the same 30-page contract", () => {
  bench("@pacte/pdf renderPdf", async () => void (await renderPacte()), { time: 3000, iterations: 8, warmupIterations: 1 });
  bench("pdfmake 0.3 createPdf().getBuffer()", async () => void (await renderPdfmake()), { time: 3000, iterations: 8, warmupIterations: 1 });
});
