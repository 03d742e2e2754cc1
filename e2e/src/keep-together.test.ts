import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocx } from "@pacte/docx";
import { renderPdfWithLayout } from "@pacte/pdf";
import { afterAll, describe, expect, it } from "vitest";
import { renderPdf } from "@pacte/pdf";
import { shippedContracts } from "./contracts";
import { pdfWords, wordsByPage, type PdfWord } from "./pdf-words";
import { CAN_COMPARE, SKIP_REASON, convertWithLibreOffice } from "./same-words";
import { keepProblems, rowsByPage, tablesAroundPageEnds } from "./tables";

const SHIFTS = [0, 1, 2, 3, 4];
const work = mkdtempSync(join(tmpdir(), "pacte-keep-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("tables keep together across pages", () => {
  it("keepProblems finds a lone row and a parted total", () => {
    expect(keepProblems(rowsByPage([["T3R1"], ["T3R2", "T3R3", "T3Total"]]))).toEqual(["table 3: page 1 holds one row (1)"]);
    expect(keepProblems(rowsByPage([["T2R1", "T2R2"], ["T2Total"]]))).toEqual(["table 2: page 2 holds one row (Infinity)", "table 2: its total is on page 2, its last row on page 1"]);
    expect(keepProblems(rowsByPage([["T1R1", "T1Total"]]))).toEqual([]);
  });

  it(
    "in the PDF, from the engine's layout report: tables of 1 to 60 rows around page ends",
    async () => {
      let crossing = 0;
      for (const shift of SHIFTS) {
        const { layout } = await renderPdfWithLayout(tablesAroundPageEnds(60, shift));
        const pages = layout.pages.map((page) => page.texts.filter((t) => t.region === "body").map((t) => t.text));
        const tables = rowsByPage(pages);
        expect(tables.size).toBe(60);
        expect(keepProblems(tables), `shift ${shift}`).toEqual([]);
        crossing += [...tables.values()].filter((byPage) => byPage.size > 1).length;
      }
      // The check saw tables cut at page ends, not only tables that happened to fit.
      expect(crossing).toBeGreaterThan(60);
    },
    240_000,
  );

  it.skipIf(!CAN_COMPARE)(
    "in the DOCX, as LibreOffice lays it out (read back with pdftotext -bbox)",
    async () => {
      const files = new Map<string, Uint8Array>();
      for (const shift of SHIFTS) files.set(`tables-${shift}`, await renderDocx(tablesAroundPageEnds(60, shift)));
      const converted = await convertWithLibreOffice(work, files);
      let crossing = 0;
      for (const [name, path] of converted) {
        const tables = rowsByPage(wordsByPage(await pdfWords(path)));
        expect(tables.size, name).toBe(60);
        expect(keepProblems(tables), name).toEqual([]);
        crossing += [...tables.values()].filter((byPage) => byPage.size > 1).length;
      }
      expect(crossing).toBeGreaterThan(60);
    },
    600_000,
  );

  /**
   * The first word of the first body row under each header of the financial table
   * (« Action et financeur 2024 … Total »), on every page that shows that header: the leftmost
   * word of the highest line below it (by position: pdftotext's word order puts spanning cells
   * elsewhere).
   */
  const firstRowsUnderHeader = (words: readonly PdfWord[]): string[] => {
    const out: string[] = [];
    const pages = new Map<number, PdfWord[]>();
    for (const w of words) pages.set(w.page, [...(pages.get(w.page) ?? []), w]);
    for (const list of pages.values()) {
      const header = list.find((w, i) => w.text === "financeur" && list[i - 1]?.text === "et" && list[i - 2]?.text === "Action");
      if (header === undefined) continue;
      const below = list.filter((w) => w.yMin > header.yMax);
      const top = Math.min(...below.map((w) => w.yMin));
      const row = below.filter((w) => w.yMin < top + 1).sort((a, b) => a.xMin - b.xMin);
      if (row[0] !== undefined) out.push(row[0].text);
    }
    return out;
  };
  const PARTED = /^(Total|Sous-total|État|Département|Métropole|Collectivité|Autres)$/u;

  it.skipIf(!CAN_COMPARE)(
    "the financial annex of every shipped contract: no page of it starts with a total, a subtotal or a party row parted from its action, in the PDF and in the DOCX as LibreOffice lays it out",
    async () => {
      const files = new Map<string, Uint8Array>();
      const problems: string[] = [];
      let continued = 0;
      for (const { name, document } of shippedContracts()) {
        const path = join(work, `${name}.pdf`);
        writeFileSync(path, await renderPdf(document));
        files.set(`${name}-docx`, await renderDocx(document));
        const firsts = firstRowsUnderHeader(await pdfWords(path));
        continued += firsts.length - 1;
        problems.push(...firsts.filter((w) => PARTED.test(w)).map((w) => `${name} (PDF) : une page commence par « ${w} »`));
      }
      for (const [name, path] of await convertWithLibreOffice(work, files)) {
        problems.push(...firstRowsUnderHeader(await pdfWords(path)).filter((w) => PARTED.test(w)).map((w) => `${name} (LibreOffice) : une page commence par « ${w} »`));
      }
      expect(problems).toEqual([]);
      // The financial tables do cross pages.
      expect(continued).toBeGreaterThan(3);
    },
    600_000,
  );
});
