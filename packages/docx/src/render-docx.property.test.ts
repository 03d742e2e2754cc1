import { PacteError, prepareDocumentOrThrow, type Block, type Document, type Inline, type List, type TextRun } from "@pacte/document";
import fc from "fast-check";
import { strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./render-docx";
import { malformedParts, parseXml, textOf, unzipDocx } from "./test-support/read-docx";
import { SQUARE_PNG } from "./test-support/sample-document";

// ---- Hostile text ------------------------------------------------------------------------------

const HOSTILE = [
  `<&>"'`,
  "]]>",
  "<w:t>not a tag</w:t>",
  "&amp; &lt; &#x1F600;",
  "😀 👩‍👩‍👧 🇫🇷",
  "𝄞 𝕏",
  "שלום עולם",
  "مرحبا بالعالم",
  "עברית and English mixed العربية",
  "",
  " ",
  "  espaces  ",
  "\u00a0\u202f« guillemets »",
  "Ça coûte 1 234,56 €",
];
/** Any UTF-16 code units: controls, lone surrogates, U+FFFE/FFFF — what the renderer must refuse. */
const rawUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 });
const longWord = fc.integer({ min: 1, max: 5000 }).map((n) => "x".repeat(n));
const safeText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }).map((t) => t.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "")) },
  { weight: 1, arbitrary: longWord },
);
/** Tabs and line ends inside a text: the model wants lineBreak inlines instead, so they are refused. */
const layoutCharacters = fc.constantFrom("a\tb", "ligne\nsuivante", "windows\r\nfin", "sep\u2028arateur");
const anyText = fc.oneof({ weight: 150, arbitrary: safeText }, { weight: 1, arbitrary: rawUnits }, { weight: 1, arbitrary: layoutCharacters });

// ---- Documents ---------------------------------------------------------------------------------

const textRun: fc.Arbitrary<TextRun> = fc.record(
  { type: fc.constant("text" as const), text: anyText, bold: fc.boolean(), italic: fc.boolean(), underline: fc.boolean(), superscript: fc.boolean() },
  { requiredKeys: ["type", "text"] },
);
const inline: fc.Arbitrary<Inline> = fc.oneof(
  { weight: 6, arbitrary: textRun },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("link" as const), href: safeText.map((s) => `https://exemple.fr/${s.replace(/\s/g, "")}`), children: fc.array(textRun, { minLength: 1, maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.constant({ type: "lineBreak" as const }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("field" as const), field: fc.constantFrom("pageNumber" as const, "pageCount" as const) }) },
  { weight: 1, arbitrary: fc.constant({ type: "ref" as const, target: "REF" }) },
);
const inlines = fc.array(inline, { maxLength: 5 });

const nestedList: fc.Arbitrary<List> = fc
  .tuple(fc.integer({ min: 1, max: 8 }), fc.boolean(), fc.array(inlines, { minLength: 1, maxLength: 12 }))
  .map(([depth, ordered, contents]) => {
    let list: List | undefined;
    for (let d = depth - 1; d >= 0; d--) {
      const content = contents[d % contents.length] ?? [];
      list = { type: "list", ordered: d % 2 === 0 ? ordered : !ordered, items: [{ content, ...(list ? { children: list } : {}) }, { content: [] }] };
    }
    return list!;
  });

const table = fc.integer({ min: 1, max: 4 }).chain((n) => {
  const row = fc.array(fc.record({ content: inlines, align: fc.constantFrom("left" as const, "center" as const, "right" as const) }, { requiredKeys: ["content"] }), { minLength: n, maxLength: n });
  const width = fc.oneof(fc.constant("auto" as const), fc.record({ pt: fc.integer({ min: 10, max: 400 }) }), fc.record({ fr: fc.integer({ min: 1, max: 5 }) }));
  return fc.record(
    {
      type: fc.constant("table" as const),
      caption: anyText,
      columns: fc.array(fc.record({ width, align: fc.constantFrom("left" as const, "right" as const) }, { requiredKeys: [] }), { minLength: n, maxLength: n }),
      header: fc.array(row, { maxLength: 2 }),
      rows: fc.array(row, { maxLength: 6 }),
      totals: fc.array(row, { maxLength: 1 }),
    },
    { requiredKeys: ["type", "columns", "header", "rows", "totals"] },
  );
});

const chart = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc.record(
    {
      type: fc.constant("chart" as const),
      kind: fc.constantFrom("bar" as const, "stackedBar" as const, "line" as const),
      title: anyText,
      unit: fc.constantFrom("euros" as const, "percent" as const, "number" as const),
      categories: fc.array(anyText, { minLength: n, maxLength: n }),
      series: fc.array(fc.record({ name: anyText.map((t) => `S${t}`), values: fc.array(fc.option(fc.integer({ min: 0, max: 1_000_000_000_000 }), { nil: null }), { minLength: n, maxLength: n }) }), { minLength: 1, maxLength: 4 }),
      categoryLabel: anyText,
      valueLabel: anyText,
      height: fc.integer({ min: 20, max: 900 }),
    },
    { requiredKeys: ["type", "kind", "title", "unit", "categories", "series"] },
  ),
);

const leaf: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constant("heading" as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), id: fc.constant("h"), label: anyText, text: anyText, toc: fc.boolean(), pageBreakBefore: fc.boolean() }, { requiredKeys: ["type", "level", "id", "text"] }),
  fc.record({ type: fc.constant("paragraph" as const), content: inlines, style: fc.constantFrom("body" as const, "title" as const, "quote" as const, "note" as const), align: fc.constantFrom("left" as const, "justify" as const) }, { requiredKeys: ["type", "content"] }),
  nestedList,
  table,
  fc.constant({ type: "pageBreak" as const }),
  fc.record({ type: fc.constant("toc" as const), title: anyText, maxLevel: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const) }, { requiredKeys: ["type"] }),
  fc.record({ type: fc.constant("signatures" as const), signatories: fc.array(fc.record({ role: anyText, quality: anyText, name: anyText, place: anyText, date: fc.constant("2024-02-29"), fieldId: fc.constant("s") }, { requiredKeys: ["role", "quality", "name", "fieldId"] }), { minLength: 1, maxLength: 5 }) }),
  fc.record({ type: fc.constant("image" as const), data: fc.constant(SQUARE_PNG), mimeType: fc.constant("image/png" as const), alt: safeText.map((s) => `alt ${s}`), width: fc.integer({ min: 1, max: 2000 }) }, { requiredKeys: ["type", "data", "mimeType", "alt"] }),
  fc.record({ type: fc.constant("issuerMark" as const), lines: fc.array(anyText, { minLength: 1, maxLength: 3 }) }),
  chart,
);
const { block } = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, fc.record({ type: fc.constant("keepTogether" as const), blocks: fc.array(tie("block"), { maxLength: 3 }) })),
}));

/** Gives headings and signature fields unique ids, and points references at a heading (or drops them). */
function wire(body: Block[]): Block[] {
  let n = 0;
  let s = 0;
  const ids: string[] = [];
  const ids1 = (blocks: Block[]): Block[] =>
    blocks.map((b) => {
      if (b.type === "heading") {
        const id = `h${++n}`;
        ids.push(id);
        return { ...b, id };
      }
      if (b.type === "signatures") return { ...b, signatories: b.signatories.map((x) => ({ ...x, fieldId: `s${++s}` })) };
      if (b.type === "keepTogether") return { ...b, blocks: ids1(b.blocks) };
      return b;
    });
  // A keep-together group holds no page break, table of contents or heading breaking the page.
  const grouped = (blocks: Block[]): Block[] =>
    blocks.flatMap((b): Block[] => {
      if (b.type === "pageBreak" || b.type === "toc") return [];
      if (b.type === "heading") return [{ ...b, pageBreakBefore: false }];
      if (b.type === "keepTogether") return [{ ...b, blocks: grouped(b.blocks) }];
      return [b];
    });
  const ungroup = (blocks: Block[]): Block[] => blocks.map((b) => (b.type === "keepTogether" ? { ...b, blocks: grouped(b.blocks) } : b));
  const withIds = ids1(ungroup(body));
  const fix = (content: Inline[]): Inline[] => content.flatMap((i): Inline[] => (i.type === "ref" ? (ids[0] ? [{ ...i, target: ids[0] }] : []) : [i]));
  const fixList = (l: List): List => ({ ...l, items: l.items.map((it) => ({ content: fix(it.content), ...(it.children ? { children: fixList(it.children) } : {}) })) });
  const refs = (blocks: Block[]): Block[] =>
    blocks.map((b) => {
      if (b.type === "paragraph") return { ...b, content: fix(b.content) };
      if (b.type === "list") return fixList(b);
      if (b.type === "table") return { ...b, header: b.header.map((r) => r.map((c) => ({ ...c, content: fix(c.content) }))), rows: b.rows.map((r) => r.map((c) => ({ ...c, content: fix(c.content) }))), totals: b.totals.map((r) => r.map((c) => ({ ...c, content: fix(c.content) }))) };
      if (b.type === "keepTogether") return { ...b, blocks: refs(b.blocks) };
      return b;
    });
  return refs(withIds);
}

const documentArb: fc.Arbitrary<Document> = fc
  .record({ title: safeText.map((t) => `T${t}`), body: fc.array(block, { maxLength: 10 }), custom: fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/), anyText, { maxKeys: 3 }) })
  .map(({ title, body, custom }) => ({ meta: { title, createdAt: "2024-01-15T10:00:00Z", customProperties: custom }, body: wire(body) }));

// ---- What must read back -----------------------------------------------------------------------

const BAD = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Every string of a document (those the renderer must refuse when bad). */
const strings = (doc: Document): string[] => {
  const out: string[] = [doc.meta.title, ...Object.values(doc.meta.customProperties ?? {})];
  JSON.stringify(doc.body, (key, value: unknown) => {
    if (typeof value === "string" && key !== "type" && key !== "mimeType") out.push(value);
    return key === "data" ? undefined : value;
  });
  return out;
};
const lines = (text: string) => text.replace(/\r\n?/g, "\n");
/** The texts a reader must find in word/document.xml, in the form the renderer writes them. */
function expectedTexts(doc: Document): string[] {
  const out: string[] = [];
  const inl = (content: readonly Inline[]) => content.forEach((i) => (i.type === "text" ? out.push(lines(i.text)) : i.type === "link" ? i.children.forEach((c) => out.push(lines(c.text))) : undefined));
  const list = (l: List) => l.items.forEach((it) => (inl(it.content), it.children && list(it.children)));
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === "heading") out.push(lines(b.label && b.text ? `${b.label} – ${b.text}` : b.label || b.text));
      else if (b.type === "paragraph") inl(b.content);
      else if (b.type === "list") list(b);
      else if (b.type === "table" && b.header.length + b.rows.length + b.totals.length > 0) {
        if (b.caption) out.push(lines(b.caption));
        [...b.header, ...b.rows, ...b.totals].forEach((r) => r.forEach((c) => inl(c.content)));
      } else if (b.type === "keepTogether") walk(b.blocks);
      else if (b.type === "signatures") b.signatories.forEach((s) => out.push(lines(s.role), lines(s.quality), lines(s.name)));
      else if (b.type === "issuerMark") b.lines.forEach((l) => out.push(lines(l)));
      // A chart's title above it, its categories and series' names in its data table.
      else if (b.type === "chart") out.push(lines(b.title), ...b.categories.map(lines), ...b.series.map((x) => lines(x.name)));
    }
  };
  walk(doc.body);
  return out.filter((t) => t !== "");
}

describe("renderDocx over generated documents with hostile text", () => {
  it("writes well-formed XML parts whose text reads back complete, or refuses with issues — never another exception", async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const bad = strings(doc).some((s) => BAD.test(s));
        let bytes: Uint8Array;
        try {
          bytes = await renderDocx(doc);
        } catch (error) {
          expect(error).toBeInstanceOf(PacteError);
          const issues = (error as PacteError).issues;
          expect(issues.length).toBeGreaterThan(0);
          const characters = ["document.invalid_character", "document.tab_in_text", "document.newline_in_text"];
          // Characters outside the repertoire the PDF draws (emoji, Hebrew, Arabic…) and invisible format characters.
          const repertoire = ["document.unsupported_character", "document.invisible_character"];
          const errors = issues.filter((i) => i.severity === "error");
          expect(errors.every((i) => [...characters, ...repertoire].includes(i.code) && i.path.length > 0)).toBe(true);
          expect(bad || errors.every((i) => repertoire.includes(i.code))).toBe(true);
          if (!bad) expect(/[^\u0000-\u007f]/.test(JSON.stringify(doc))).toBe(true);
          return;
        }
        expect(bad).toBe(false);
        expect(malformedParts(bytes)).toEqual({});
        const text = textOf(parseXml(strFromU8(unzipDocx(bytes)["word/document.xml"]!)));
        // What the renderer writes is the prepared document: French typography applied.
        const missing = expectedTexts(prepareDocumentOrThrow(doc).document).filter((t) => !text.includes(t));
        expect(missing).toEqual([]);
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it("gives the same bytes for the same generated document", async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const a = await renderDocx(doc).catch(() => undefined);
        if (!a) return;
        const b = await renderDocx(structuredClone(doc));
        expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
