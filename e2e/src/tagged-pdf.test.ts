import { renderPdf } from "@pacte/pdf";
import { describe, expect, it } from "vitest";
import { shippedDocuments } from "./contracts";
import { englishLandscape, everyBlock, longDocument, signatoryCounts } from "./documents";
import { HAS_POPPLER, checkAccessiblePdf, failureLines } from "./tagged-pdf";

// The PDFs we produce are accessible documents: the structure checker passes and poppler agrees,
// for documents with every block kind, 1 to 4 signatories, a table across pages and a landscape
// English document, and for every document the toolkit ships: the demo, the examples (the
// Métropole's contract, the avenant and its consolidated contract, the execution report) and a
// contract of each profile. poppler's `pdfinfo -struct-text` (about a second a page) reads the
// tree of the synthetic documents here and of the demo in demo-contract.test.ts; the shipped
// documents get the checker, « Tagged: yes » and the page-by-page comparison with pdftotext.
describe("the PDFs are tagged PDF/UA-1 documents", () => {
  if (!HAS_POPPLER) console.warn("poppler-utils missing (apt-get install poppler-utils): only the structure checker runs");
  it.each([
    ["every-block", everyBlock],
    ["signatories", signatoryCounts],
    ["long", longDocument],
    ["english-landscape", englishLandscape],
  ] as const)("%s", async (_name, document) => {
    const { report, poppler } = await checkAccessiblePdf(await renderPdf(document));
    expect(failureLines(report.failures)).toEqual([]);
    expect(poppler).toEqual([]);
  }, 120_000);

  it.each(shippedDocuments().map(({ name, document }) => [name, document] as const))("shipped: %s", async (_name, document) => {
    const { report, poppler } = await checkAccessiblePdf(await renderPdf(document), { structText: false });
    expect(failureLines(report.failures)).toEqual([]);
    expect(poppler).toEqual([]);
  }, 180_000);
});
