// Inputs that are valid but unusual render soundly: a 625-character title lays out with no word
// drawn over another, and a signatory named in Vietnamese reads back whole from both formats.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contractToDocument, parseContract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { renderDocx } from "@pacte/docx";
import { renderPdf } from "@pacte/pdf";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { pdfWords, type PdfWord } from "./pdf-words";
import { CAN_COMPARE, convertWithLibreOffice, hasTool } from "./same-words";

const work = mkdtempSync(join(tmpdir(), "pacte-hostile-render-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Pairs of words of one page whose boxes cover each other (more than a sliver: accents and kerning touch). */
function overlaps(words: readonly PdfWord[]): string[] {
  const found: string[] = [];
  const byPage = new Map<number, PdfWord[]>();
  for (const w of words) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
  for (const [page, list] of byPage) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (dx > 1 && dy > 0.35 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin)) found.push(`page ${page + 1} : « ${a.text} » sur « ${b.text} »`);
      }
    }
  }
  return found;
}

/** A title of 625 characters, of real words (the longest a team wrote was about 200). */
const LONG_TITLE = Array.from({ length: 60 }, (_, k) => `mesure${k + 1}`).join(" ").padEnd(625, " z").slice(0, 625).trim();

describe("unusual but valid inputs", () => {
  it("overlaps finds two words drawn over each other", () => {
    const w = (text: string, xMin: number) => ({ page: 0, text, xMin, yMin: 100, xMax: xMin + 40, yMax: 110 });
    expect(overlaps([w("un", 50), w("deux", 70), w("trois", 200)])).toEqual(["page 1 : « un » sur « deux »"]);
  });

  it.skipIf(!hasTool("pdftotext"))("a 625-character title: every word of it is drawn, none over another, in the PDF and in the DOCX as LibreOffice lays it out", async () => {
    expect(LONG_TITLE.length).toBeGreaterThanOrEqual(620);
    const input = creuseInput();
    input.title = LONG_TITLE;
    const document = contractToDocument(parseContract(input));
    const pdf = join(work, "long-title.pdf");
    writeFileSync(pdf, await renderPdf(document));
    const paths = [pdf];
    if (CAN_COMPARE) paths.push(...(await convertWithLibreOffice(work, new Map([["long-title-docx", await renderDocx(document)]]))).values());
    for (const path of paths) {
      const words = await pdfWords(path);
      expect(overlaps(words), path).toEqual([]);
      const firstPage = words.filter((w) => w.page === 0).map((w) => w.text).join(" ");
      for (const word of LONG_TITLE.split(" ").filter((x) => x.startsWith("mesure"))) expect(firstPage, path).toContain(word);
    }
  });

  it.skipIf(!hasTool("pdftotext"))("a signatory named « Nguyễn Thị Lộc »: the name reads back from the PDF and from the DOCX", async () => {
    const input = creuseInput();
    input.collectivite.executive.name = "Nguyễn Thị Lộc";
    const document = contractToDocument(parseContract(input));
    const pdf = join(work, "nguyen.pdf");
    writeFileSync(pdf, await renderPdf(document));
    const pdfText = (await pdfWords(pdf)).map((w) => w.text).join(" ").normalize("NFC");
    expect(pdfText).toContain("Nguyễn Thị Lộc");
    const docx = await renderDocx(document);
    const xml = strFromU8(unzipSync(docx)["word/document.xml"] ?? new Uint8Array()).normalize("NFC");
    expect(xml).toContain("Nguyễn");
    expect(xml).toContain("Lộc");
    if (CAN_COMPARE) {
      const [converted] = (await convertWithLibreOffice(work, new Map([["nguyen-docx", docx]]))).values();
      expect((await pdfWords(converted!)).map((w) => w.text).join(" ").normalize("NFC")).toContain("Nguyễn Thị Lộc");
    }
  });
});
