import { documentPlainText, prepareDocumentOrThrow, type Block, type Document, type Inline, type TableRow, type TextRun } from "@pacte/document";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PacteError } from "@pacte/issues";
import { renderPdfWithLayout } from "./default-fonts";
import type { PdfLayout } from "./render-pdf";
import { hasTool, pdfText } from "../test/pdf-tools";
import { documentArb, plainWord } from "./test-support/document-arbitrary";
import { firstMissingWord, normalizedText } from "./test-support/words-in-order";

const POPPLER = hasTool("pdftotext");
const EPS = 0.01;
/** Documents rendered by the main property: 25, or FC_RUNS to look harder (see the README). */
const RUNS = Number(process.env.FC_RUNS ?? 25);

// ---------------------------------------------------------------- checks

type Area = PdfLayout["textArea"];
const outside = (r: Area, a: Area): boolean =>
  r.x < a.x - EPS || r.x + r.width > a.x + a.width + EPS || r.y < a.y - EPS || r.y + r.height > a.y + a.height + EPS;

/** Every glyph run of the body inside the text area, of headers and footers inside the printable area; every box inside the text area. */
function expectInsideAreas(layout: PdfLayout): void {
  const { textArea: t, printableArea: p } = layout;
  const bad: string[] = [];
  for (const page of layout.pages) {
    for (const g of page.texts) {
      if (outside(g, g.region === "body" ? t : p)) bad.push(`page ${page.index + 1}, ${g.region} "${g.text.slice(0, 20)}" at ${g.x.toFixed(2)},${g.y.toFixed(2)} ${g.width.toFixed(2)}×${g.height.toFixed(2)}`);
    }
    for (const b of page.boxes) if (outside(b, t)) bad.push(`page ${page.index + 1}, ${b.kind} box at ${b.x.toFixed(2)},${b.y.toFixed(2)} ${b.width.toFixed(2)}×${b.height.toFixed(2)}`);
  }
  if (bad.length > 0) writeFileSync(join(tmpdir(), "pacte-pdf-fail-areas.json"), JSON.stringify(bad, null, 1));
  expect(bad.slice(0, 5)).toEqual([]);
}

/** Writes a failing case to the system's temporary folder for a closer look. */
function dumpFailure(doc: Document, bytes: Uint8Array, raw: string, miss: unknown): void {
  const dir = tmpdir();
  writeFileSync(join(dir, "pacte-pdf-fail.json"), JSON.stringify(doc, (_k, v: unknown) => (v instanceof Uint8Array ? "<png>" : v)));
  writeFileSync(join(dir, "pacte-pdf-fail.pdf"), bytes);
  writeFileSync(join(dir, "pacte-pdf-fail.txt"), raw);
  writeFileSync(join(dir, "pacte-pdf-fail-miss.json"), JSON.stringify(miss));
}

/** The plain-text units of some blocks of a document, references to its headings resolved. */
function unitsOf(doc: Document, blocks: Block[]): string[] {
  const headings = doc.body.filter((b) => b.type === "heading");
  const units = documentPlainText({ ...doc, body: [...blocks, ...headings] });
  return units.slice(0, units.length - headings.length); // each heading gives one unit, last
}

describe("renderPdf — properties over generated documents", () => {
  it.skipIf(!POPPLER)("never loses a word and never places a glyph outside the printable area", async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (input) => {
        const { bytes, layout } = await renderPdfWithLayout(input);
        expectInsideAreas(layout);
        // The words the renderer draws are the prepared document's (French typography raises
        // « n° » into « n » and a superscript « o »).
        const doc = prepareDocumentOrThrow(input).document;
        // Headers and footers are drawn after each page's body: take them out, so that a word cut
        // over two pages reads whole.
        const raw = pdfText(bytes, "raw").join("\f").replace(/En-tête|Page\s*\d+\s*sur\s*\d+/g, "");
        const text = normalizedText(raw);
        // Read in the order the engine drew (pdftotext -raw): every word of the paragraphs,
        // headings and lists in document order; every word of each table cell in order (a row
        // split over two pages interleaves its cells' parts); each signature block in order (it
        // reads "Fait à <place>" before the name).
        const flat = doc.body.flatMap((b) => (b.type === "keepTogether" ? b.blocks : [b]));
        const flowing = flat.filter((b) => b.type !== "signatures" && b.type !== "table");
        const words = unitsOf(doc, flowing).flatMap((u) => u.split(/\s+/u)).filter((w) => w !== "");
        const miss = firstMissingWord(words, text);
        if (miss) dumpFailure(doc, bytes, raw, miss);
        expect(miss).toBeUndefined();
        for (const b of flat) {
          if (b.type === "table") {
            for (const unit of unitsOf(doc, [b])) {
              const m = firstMissingWord(unit.split(/\s+/u), text, { interleaved: true });
              if (m) dumpFailure(doc, bytes, raw, m);
              expect(m, unit.slice(0, 80)).toBeUndefined();
            }
          }
          if (b.type !== "signatures") continue;
          for (const s of b.signatories) expect(firstMissingWord([s.role, s.quality, s.place ?? "", s.name].join(" ").split(/\s+/), text)).toBeUndefined();
        }
        // The table of contents printed the pages where the headings landed.
        for (const h of layout.headings) if (layout.tocNumbers.has(h.id)) expect(layout.tocNumbers.get(h.id)).toBe(h.pageIndex + 1);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, Math.max(300_000, RUNS * 12_000)); // renders with pdftotext each: minutes on a loaded 2-core machine, not a speed claim

  it("throws nothing but PacteError on hostile characters, and names each one", async () => {
    const hostile = fc.constantFrom("😀", "\u0000", "\u0007", "\uD800", "\u202E", "שלום", "مرحبا", "e\u0301", "\u200D", "\uFEFF", "\u2028", "𝔘", "\u00AD", "\t", "\n", "\u0085", "\uFFFF", "漢字", "\u2011", "\u00A0", "\u202F");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(plainWord, hostile), { minLength: 1, maxLength: 6 }), fc.constantFrom("text", "heading", "cell", "footer"), async (parts, where) => {
        const text = parts.map(([w, h]) => `${w}${h}`).join(" ");
        const run: TextRun = { type: "text", text };
        const body: Block[] =
          where === "heading"
            ? [{ type: "heading", level: 1, id: "t", text }]
            : where === "cell"
              ? [{ type: "table", columns: [{}], header: [], rows: [[{ content: [run] }]], totals: [] }]
              : [{ type: "paragraph", content: [run] }];
        const doc: Document = { meta: { title: "Hostile", createdAt: "2024-03-12" }, body, ...(where === "footer" ? { footer: { center: [run] } } : {}) };
        try {
          const { layout } = await renderPdfWithLayout(doc);
          expectInsideAreas(layout);
        } catch (e) {
          expect(e).toBeInstanceOf(PacteError);
          const issues = (e as PacteError).issues;
          expect(issues.length).toBeGreaterThan(0);
          for (const i of issues) {
            expect(i.code).toMatch(/^(pdf|document|schema)\./);
            expect(i.message.length).toBeGreaterThan(10);
            if (i.code === "pdf.missing_glyph") expect(String(i.params.codePoint)).toMatch(/^U\+[0-9A-F]{4,6}$/);
          }
        }
      }),
      { numRuns: 50 },
    );
  }, 120_000);
});
