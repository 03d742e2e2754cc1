// The tagged PDF holds for documents fast-check draws (the repository's fixed seed): every block
// kind, long tables over many pages, rows taller than a page, images with alternative text and
// decorative ones, links, references, lists nested, signatures. The structure checker passes on
// each, and poppler reads the structure tree's text in the order it reads the content.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkTaggedPdf, stripArtifacts, type StructElementInfo } from "./check";
import { renderPdfWithLayout } from "./default-fonts";
import { hasTool, pdfStructText, pdfText } from "../test/pdf-tools";
import { documentArb } from "./test-support/document-arbitrary";

const POPPLER = hasTool("pdfinfo") && hasTool("pdftotext");
/** Documents rendered: 12, or FC_RUNS to look harder. */
const RUNS = Number(process.env.FC_RUNS ?? 12);
const squash = (s: string): string => s.replace(/\s+/gu, "");
const count = (e: StructElementInfo | null, role: string): number => (e === null ? 0 : (e.role === role ? 1 : 0) + e.children.reduce((n, c) => n + count(c, role), 0));

describe("renderPdf — tagged PDF properties over generated documents", () => {
  it("passes the structure checker; poppler reads the tree's text as it reads the content without artifacts", async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const { bytes, layout } = await renderPdfWithLayout(doc);
        const report = await checkTaggedPdf(bytes);
        if (report.failures.length > 0) {
          writeFileSync(join(tmpdir(), "pacte-pdf-tagged-fail.pdf"), bytes);
          writeFileSync(join(tmpdir(), "pacte-pdf-tagged-fail.json"), JSON.stringify(doc, (_k, v: unknown) => (v instanceof Uint8Array ? "<png>" : v)));
        }
        expect(report.failures).toEqual([]);
        // One Form per signature field, one TOCI per entry the table of contents printed.
        expect(count(report.root, "Form")).toBe(layout.signatureFields.length);
        expect(count(report.root, "TOCI")).toBe(layout.tocNumbers.size);
        if (POPPLER) {
          // Page by page, the tree's content in the tree's order is what pdftotext reads in the
          // page's content (artifacts aside) — a row taller than a page is read cell by cell in
          // the tree, each cell whole, and part by part on each page.
          const pages = pdfText(await stripArtifacts(bytes), "raw").map(squash);
          const tree = report.pageTexts.map(squash);
          const at = tree.findIndex((t, i) => t !== pages[i]);
          if (at >= 0) writeFileSync(join(tmpdir(), "pacte-pdf-tagged-order.pdf"), bytes);
          expect({ page: at, tree: tree[at]?.slice(0, 200), content: pages[at]?.slice(0, 200) }).toEqual({ page: -1, tree: undefined, content: undefined });
          expect(pages.length).toBe(tree.length);
          // And our reading of the tree is poppler's (pdfinfo -struct-text is slow on long files: up to 12 pages).
          if (layout.pages.length <= 12) expect(squash(pdfStructText(bytes).join("")) === squash(report.text)).toBe(true);
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, Math.max(600_000, RUNS * 50_000)); // renders and runs poppler each time: minutes on a loaded 2-core machine, not a speed claim
});
