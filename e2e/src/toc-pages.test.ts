import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareDocumentOrThrow, type Document } from "@pacte/document";
import { renderDocx } from "@pacte/docx";
import { renderPdfWithLayout } from "@pacte/pdf";
import { afterAll, describe, expect, it } from "vitest";
import { shippedDocuments } from "./contracts";
import { contractLike } from "./contract-like";
import { everyBlock, longDocument } from "./documents";
import { pdfPageCount, pdfWords, type PdfWord } from "./pdf-words";
import { CAN_COMPARE, SKIP_REASON, convertWithLibreOffice } from "./same-words";
import { docxTocEntries, headingPages } from "./toc-pages";

const work = mkdtempSync(join(tmpdir(), "pacte-toc-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CASES: readonly { name: string; document: Document }[] = [
  { name: "contract-like", document: contractLike() },
  { name: "long", document: longDocument },
  { name: "every-block", document: everyBlock },
];

describe("the DOCX's table of contents is right on first opening", () => {
  it("states, for every heading, the page the PDF puts it on (both formats paginate alike)", async () => {
    for (const c of CASES) {
      const docx = await renderDocx(c.document);
      const { layout } = await renderPdfWithLayout(c.document);
      const entries = docxTocEntries(docx);
      const toc = [...prepareDocumentOrThrow(c.document).tocs.values()][0];
      expect(entries.map((e) => e.title), c.name).toEqual(toc?.entries.map((h) => h.title.replace(/\u2011/g, "-")));
      expect(entries.map((e) => e.page), c.name).toEqual(toc?.entries.map((h) => layout.tocNumbers.get(h.id)));
    }
  }, 120_000);

  it.skipIf(!CAN_COMPARE)(
    "converted by LibreOffice, every heading lands on the page the DOCX's TOC states — a 40-page contract-like document among them",
    async () => {
      const files = new Map<string, Uint8Array>();
      for (const c of CASES) files.set(c.name, await renderDocx(c.document));
      const converted = await convertWithLibreOffice(work, files);
      for (const c of CASES) {
        const path = converted.get(c.name) ?? "";
        const entries = docxTocEntries(files.get(c.name) ?? new Uint8Array());
        expect(entries.length, c.name).toBeGreaterThan(3);
        const placed = headingPages(await pdfWords(path), entries.map((e) => e.title));
        expect(entries.map((e, i) => ({ title: e.title, page: placed[i] })), c.name).toEqual(entries.map((e) => ({ title: e.title, page: e.page })));
        if (c.name === "contract-like") expect(await pdfPageCount(path)).toBeGreaterThanOrEqual(38);
      }
    },
    600_000,
  );

  it.skipIf(!CAN_COMPARE)(
    "converted by LibreOffice, the demo, the examples and a contract of each profile: the same page count as the PDF, every heading on the page the TOC states, and the TOC's page numbers visible",
    async () => {
      const shipped = shippedDocuments();
      const files = new Map<string, Uint8Array>();
      for (const { name, document } of shipped) files.set(name, await renderDocx(document));
      const converted = await convertWithLibreOffice(work, files);
      for (const { name, document } of shipped) {
        const path = converted.get(name) ?? "";
        const { layout } = await renderPdfWithLayout(document);
        expect(await pdfPageCount(path), name).toBe(layout.pages.length);
        const entries = docxTocEntries(files.get(name) ?? new Uint8Array());
        if (name === "avenant") {
          expect(entries, "an avenant has no table of contents").toEqual([]);
          continue;
        }
        expect(entries.length, name).toBeGreaterThan(2);
        const words = await pdfWords(path);
        const placed = headingPages(words, entries.map((e) => e.title));
        expect(entries.map((e, i) => ({ title: e.title, page: placed[i] })), name).toEqual(entries.map((e) => ({ title: e.title, page: e.page })));
        // Each entry's number is drawn at the end of its line, right of the dot leader (LibreOffice
        // drew none when the right tab stood past the paragraph's right indent).
        const tocPages = new Set(words.filter((w: PdfWord) => w.text === "Sommaire").map((w) => w.page));
        expect(tocPages.size, name).toBeGreaterThan(0);
        const lastWords = new Map<string, string>();
        for (const w of words) if (tocPages.has(w.page)) lastWords.set(`${w.page}:${Math.round(w.yMin)}`, w.text);
        const numbers = [...lastWords.values()].flatMap((t) => /\.(\d+)$/.exec(t)?.[1] ?? []).map(Number);
        expect(numbers.length, name).toBeGreaterThanOrEqual(entries.length);
        expect(numbers, name).toEqual(expect.arrayContaining(entries.map((e) => e.page)));
      }
    },
    600_000,
  );
});
