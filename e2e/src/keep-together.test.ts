import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocx } from "@pacte/docx";
import { renderPdfWithLayout } from "@pacte/pdf";
import { afterAll, describe, expect, it } from "vitest";
import { pdfWords, wordsByPage } from "./pdf-words";
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
});
