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
import { testPng } from "./test-support/png";
import { firstMissingWord, normalizedText } from "./test-support/words-in-order";

const POPPLER = hasTool("pdftotext");
const EPS = 0.01;
/** Documents rendered by the main property: 25, or FC_RUNS to look harder (see the README). */
const RUNS = Number(process.env.FC_RUNS ?? 25);
const PNG = testPng(40, 20);

// ---------------------------------------------------------------- generators

const LETTERS = "abcdefghijklmnopqrstuvwxyzéèêàâçîôùûœæ’ABCDÉÈÀÇŒ0123456789";
const plainWord = fc
  .array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 14 })
  .map((cs) => cs.join(""));
const frenchBits = fc.constantFrom("1\u202F234,56\u00A0€", "«\u202Fguillemets\u202F»", "porte\u2011monnaie", "l’État", "2024–2027", "a-t-il", "—", "…", "%", "n°", "1er", "«", "»", ";", ":", "!", "?");
/** A long word that does not repeat itself (a linear congruential sequence over the letters). */
const longWord = fc.tuple(fc.integer({ min: 1, max: 2 ** 30 }), fc.integer({ min: 200, max: 5000 })).map(([seed, n]) => {
  let x = seed;
  let out = "";
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += LETTERS[x % LETTERS.length] ?? "a";
  }
  return out;
});
const word = fc.oneof({ weight: 20, arbitrary: plainWord }, { weight: 4, arbitrary: frenchBits }, { weight: 1, arbitrary: longWord });
const sentence = (max: number): fc.Arbitrary<string> =>
  fc.tuple(fc.array(word, { minLength: 1, maxLength: max }), fc.array(fc.constantFrom(" ", " ", " ", "\u00A0", " \u200B"), { minLength: max, maxLength: max })).map(([ws, seps]) =>
    ws.map((w, i) => (i === 0 ? w : `${seps[i] ?? " "}${w}`)).join(""),
  );

const marks = fc.record({ bold: fc.boolean(), italic: fc.boolean(), underline: fc.boolean(), superscript: fc.boolean() }, { requiredKeys: [] });
const textRun = (max: number): fc.Arbitrary<TextRun> => fc.tuple(sentence(max), marks).map(([text, m]) => ({ type: "text", text, ...m }));

// Fields come with spaces around them: documentWords skips them, so "a<12>b" would read "ab".
const inline = (ids: readonly string[]): fc.Arbitrary<Inline[]> =>
  fc.oneof(
    { weight: 12, arbitrary: textRun(30).map((r) => [r]) },
    { weight: 1, arbitrary: fc.constant<Inline[]>([{ type: "lineBreak" }]) },
    { weight: 1, arbitrary: textRun(4).map((r): Inline[] => [{ type: "link", href: "https://example.org/a", children: [r] }]) },
    { weight: 1, arbitrary: fc.constantFrom<Inline["type"]>("field").chain(() => fc.constantFrom<"pageNumber" | "pageCount">("pageNumber", "pageCount")).map((field): Inline[] => [{ type: "text", text: " p. " }, { type: "field", field }, { type: "text", text: " " }]) },
    ...(ids.length > 0 ? [{ weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ids), fc.option(textRun(3), { nil: undefined })).map(([target, r]): Inline[] => [r ? { type: "ref", target, children: [r] } : { type: "ref", target }]) }] : []),
  );
const content = (ids: readonly string[], max = 6): fc.Arbitrary<Inline[]> =>
  fc.array(inline(ids), { minLength: 1, maxLength: max }).map((chunks) => {
    const xs = chunks.flat();
    return xs[0]?.type === "text" ? xs : [{ type: "text", text: "début" }, ...xs];
  });

const cellContent = (ids: readonly string[]): fc.Arbitrary<Inline[]> =>
  fc.oneof(
    { weight: 10, arbitrary: textRun(6).map((r): Inline[] => [r]) },
    { weight: 2, arbitrary: content(ids, 3) },
    // taller than a page: many short lines
    { weight: 1, arbitrary: fc.integer({ min: 60, max: 140 }).map((n): Inline[] => Array.from({ length: n }, (_, i): Inline[] => [{ type: "text", text: `l${i}` }, { type: "lineBreak" }]).flat()) },
  );

function tableBlock(ids: readonly string[]): fc.Arbitrary<Block> {
  return fc
    .record({
      cols: fc.integer({ min: 1, max: 5 }),
      big: fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(1000) }),
      header: fc.boolean(),
      totals: fc.boolean(),
      caption: fc.option(sentence(6), { nil: undefined }),
      widths: fc.array(fc.oneof(fc.constant("auto" as const), fc.record({ pt: fc.integer({ min: 20, max: 200 }) }), fc.record({ fr: fc.integer({ min: 1, max: 4 }) })), { minLength: 5, maxLength: 5 }),
      span: fc.boolean(),
      tag: fc.integer({ min: 0, max: 1e9 }),
    })
    .chain((t) =>
      fc.array(fc.array(cellContent(ids), { minLength: t.cols, maxLength: t.cols }), { minLength: t.big > 0 ? 1 : 0, maxLength: t.big > 0 ? 3 : 20 }).map((cells): Block => {
        const { cols, big, header, totals, caption, widths, span, tag } = t;
        const rowCount = big > 0 ? big : cells.length;
        const cell = (r: number, c: number): Inline[] => cells[r]?.[c] ?? [{ type: "text", text: `ligne ${tag + r}` }];
        const row = (r: number): TableRow =>
          span && cols > 1 && r % 4 === 3
            ? [{ content: cell(r, 0), colSpan: cols }]
            : Array.from({ length: cols }, (_, c) => ({ content: cell(r, c), ...(c === cols - 1 ? { align: "right" as const } : {}) }));
        return {
          type: "table",
          ...(caption !== undefined ? { caption } : {}),
          columns: widths.slice(0, cols).map((width) => ({ width })),
          header: header ? [Array.from({ length: cols }, (_, c) => ({ content: [{ type: "text" as const, text: `Titre ${c}` }] }))] : [],
          rows: Array.from({ length: rowCount }, (_, r) => row(r)),
          totals: totals ? [Array.from({ length: cols }, (_, c) => ({ content: [{ type: "text" as const, text: c === 0 ? "Total" : "9\u202F999" }] }))] : [],
        };
      }),
    );
}

function block(ids: readonly string[], depth: number): fc.Arbitrary<Block> {
  const leaf: fc.Arbitrary<Block>[] = [
    fc.record({ c: content(ids), align: fc.constantFrom("left", "center", "right", "justify"), style: fc.constantFrom("body", "quote", "small", "note", "title", "subtitle", "center"), keep: fc.boolean() }).map(
      ({ c, align, style, keep }): Block => ({ type: "paragraph", content: c, align, style, ...(keep ? { keepWithNext: true } : {}) }),
    ),
    fc.record({ ordered: fc.boolean(), items: fc.array(content(ids, 3), { minLength: 1, maxLength: 5 }), nested: fc.option(fc.array(content(ids, 2), { minLength: 1, maxLength: 3 }), { nil: undefined }) }).map(
      ({ ordered, items, nested }): Block => ({
        type: "list",
        ordered,
        items: items.map((c, i) => (i === 0 && nested ? { content: c, children: { type: "list", ordered: !ordered, items: nested.map((n) => ({ content: n })) } } : { content: c })),
      }),
    ),
    tableBlock(ids),
    fc.constant<Block>({ type: "pageBreak" }),
    fc.constant<Block>({ type: "image", data: PNG, mimeType: "image/png", alt: "Image d’essai", width: 120 }),
  ];
  if (depth > 0) {
    leaf.push(fc.array(block(ids, depth - 1).filter((b) => b.type !== "pageBreak"), { minLength: 1, maxLength: 3 }).map((blocks): Block => ({ type: "keepTogether", blocks })));
  }
  return fc.oneof(...leaf);
}

/** A document of headings (h0, h1…), blocks, maybe a table of contents and signatures. */
const documentArb: fc.Arbitrary<Document> = fc
  .record({
    headings: fc.array(fc.tuple(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, sentence(8), fc.option(fc.constantFrom("Article 1", "Annexe 2"), { nil: undefined })), { minLength: 0, maxLength: 6 }),
    toc: fc.boolean(),
    signatures: fc.integer({ min: 0, max: 3 }),
    blocksPerSection: fc.array(fc.array(block(["h0", "h1"], 1), { minLength: 0, maxLength: 4 }), { minLength: 7, maxLength: 7 }),
  })
  .map(({ headings, toc, signatures, blocksPerSection }) => {
    const ids = headings.map((_, i) => `h${i}`);
    const body: Block[] = [];
    if (toc) body.push({ type: "toc" });
    body.push(...(blocksPerSection[0] ?? []));
    headings.forEach(([level, text, label], i) => {
      body.push({ type: "heading", level, id: `h${i}`, text, ...(label ? { label } : {}) });
      body.push(...(blocksPerSection[i + 1] ?? []));
    });
    if (signatures > 0) {
      body.push({
        type: "signatures",
        signatories: Array.from({ length: signatures }, (_, i) => ({ role: `Pour la partie ${i + 1}`, quality: "La présidente", name: `Nom ${i}`, place: "Guéret", date: "2024-03-01", fieldId: `sig-${i}` })),
      });
    }
    // references to headings that do not exist are the validator's business: drop them
    const known = new Set(ids);
    const clean = (xs: Inline[]): Inline[] => xs.filter((x) => x.type !== "ref" || known.has(x.target));
    const fix = (b: Block): Block => {
      switch (b.type) {
        case "paragraph":
          return { ...b, content: clean(b.content) };
        case "list":
          return {
            ...b,
            items: b.items.map((it) => ({ ...it, content: clean(it.content), ...(it.children ? { children: fix(it.children) as typeof it.children } : {}) })),
          };
        case "table":
          return { ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, content: clean(c.content) }))) };
        case "keepTogether":
          return { ...b, blocks: b.blocks.map(fix) };
        default:
          return b;
      }
    };
    return { meta: { title: "Document généré", createdAt: "2024-03-12" }, header: { left: [{ type: "text", text: "En-tête" }] }, body: body.map(fix) } satisfies Document;
  });

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
