// The benchmark's floors do the same work as our renderers, or their ratios mean nothing: the PDF
// floor (scripts/bench-floor.ts) writes every run our engine placed, on as many pages, with the
// same faces; the bare DOCX (scripts/bench-docx-bare.ts) holds every word of the document. Read
// back here: pdftotext on the floor when poppler is installed, the XML of the bare DOCX always.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "@cantoo/pdf-lib";
import { documentWords } from "@pacte/document";
import { loadPacteSans, renderPdfWithLayout } from "@pacte/pdf";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { bareDocx } from "../../../scripts/bench-docx-bare";
import { floorInput, floorPdf } from "../../../scripts/bench-floor";
import { contractToDocument, parseContract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";

const hasPdftotext = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

const document = contractToDocument(parseContract(creuseInput()));
// Spaces aside; the non-breaking hyphens are drawn with the hyphen-minus (Pacte Sans has no other).
const squash = (s: string): string => s.replace(/\s+/gu, "").replace(/[\u2010\u2011]/gu, "-");

describe("the benchmark's floors", () => {
  it("the PDF floor writes every run of our layout, on as many pages, with the faces our runs name", async () => {
    const { layout } = await renderPdfWithLayout(document);
    const input = floorInput(layout, [await loadPacteSans()]);
    expect([...input.faces.keys()].sort()).toEqual(expect.arrayContaining(["Pacte Sans/bold", "Pacte Sans/regular"]));
    const bytes = await floorPdf(input);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(layout.pages.length);
    if (!hasPdftotext) return;
    const dir = mkdtempSync(join(tmpdir(), "pacte-floor-"));
    try {
      writeFileSync(join(dir, "floor.pdf"), bytes);
      const pages = execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "floor.pdf"), "-"], { encoding: "utf8", maxBuffer: 1 << 26 }).split("\f");
      layout.pages.forEach((page, k) => {
        const read = squash(pages[k] ?? "");
        for (const t of page.texts) expect(read).toContain(squash(t.text));
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("the bare DOCX holds every word of the document, in order", async () => {
    const xml = strFromU8(unzipSync(await bareDocx(document))["word/document.xml"] ?? new Uint8Array());
    const text = squash(xml.replace(/<w:tab\/>/g, " ").replace(/<[^>]+>/g, ""));
    let from = 0;
    const missing: string[] = [];
    for (const word of documentWords(document)) {
      const at = text.indexOf(squash(word).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"), from);
      if (at < 0) missing.push(word);
      else from = at;
    }
    expect(missing.slice(0, 10)).toEqual([]);
  }, 60_000);
});
