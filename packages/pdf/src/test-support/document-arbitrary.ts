// Documents drawn by fast-check for the renderer's properties: headings, paragraphs of every
// style with marks, links, references and page fields, nested lists, tables (long ones over many
// pages, rows taller than a page, spans, captions), images with alternative text and decorative
// ones, an issuer mark (with a logo or a decorative one), charts of every kind (up to the limits),
// keep-together groups, page breaks, a table of contents and signatures: every kind of block.
import type { Block, Document, Inline, TableRow, TextRun } from "@pacte/document";
import fc from "fast-check";
import { testPng } from "./png";

const PNG = testPng(40, 20);

const LETTERS = "abcdefghijklmnopqrstuvwxyzéèêàâçîôùûœæ’ABCDÉÈÀÇŒ0123456789";
/** A word of letters, accented ones and digits. */
export const plainWord = fc
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
          // Without header rows, the first column heads the rows: every table says what its cells are.
          ...(header ? {} : { rowHeaders: true }),
          rows: Array.from({ length: rowCount }, (_, r) => row(r)),
          totals: totals ? [Array.from({ length: cols }, (_, c) => ({ content: [{ type: "text" as const, text: c === 0 ? "Total" : "9\u202F999" }] }))] : [],
        };
      }),
    );
}

/** A few words of a chart's title, names or categories (no 5 000-character word: a category heads a row of its data table). */
const chartWords = (max: number): fc.Arbitrary<string> => fc.array(fc.oneof({ weight: 6, arbitrary: plainWord }, { weight: 1, arbitrary: frenchBits }), { minLength: 1, maxLength: max }).map((ws) => ws.join(" "));

/** A chart of any kind and unit, of 1 to 60 categories (mostly a few) and 1 to 8 series, some values missing. */
const chartBlock: fc.Arbitrary<Block> = fc
  .record({
    kind: fc.constantFrom("bar" as const, "stackedBar" as const, "line" as const),
    unit: fc.constantFrom("euros" as const, "percent" as const, "number" as const),
    title: chartWords(8),
    n: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 8 }) }, { weight: 1, arbitrary: fc.integer({ min: 9, max: 60 }) }),
    k: fc.integer({ min: 1, max: 8 }),
    labels: fc.record({ categoryLabel: chartWords(3), valueLabel: chartWords(3) }, { requiredKeys: [] }),
    height: fc.option(fc.integer({ min: 20, max: 900 }), { nil: undefined }),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
  })
  .chain((c) =>
    fc.tuple(fc.array(chartWords(4), { minLength: c.n, maxLength: c.n }), fc.array(chartWords(3), { minLength: c.k, maxLength: c.k })).map(([categories, names]): Block => {
      let x = c.seed;
      const next = (): number => (x = (x * 1103515245 + 12345) % 2 ** 31);
      const value = (): number | null => (next() % 11 === 0 ? null : c.unit === "euros" ? next() % 100_000_000 : (next() % 10_000) / 7);
      return {
        type: "chart",
        kind: c.kind,
        unit: c.unit,
        title: c.title,
        categories,
        series: names.map((name) => ({ name, values: categories.map(value) })),
        ...c.labels,
        ...(c.height !== undefined ? { height: c.height } : {}),
      };
    }),
  );

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
    fc.constant<Block>({ type: "image", data: PNG, mimeType: "image/png", decorative: true, width: 200, align: "center" }),
    chartBlock,
  ];
  if (depth > 0) {
    leaf.push(fc.array(block(ids, depth - 1).filter((b) => b.type !== "pageBreak"), { minLength: 1, maxLength: 3 }).map((blocks): Block => ({ type: "keepTogether", blocks })));
  }
  return fc.oneof(...leaf);
}

/** A document of headings (h0, h1…), blocks, maybe a table of contents and signatures. */
export const documentArb: fc.Arbitrary<Document> = fc
  .record({
    headings: fc.array(fc.tuple(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, sentence(8), fc.option(fc.constantFrom("Article 1", "Annexe 2"), { nil: undefined })), { minLength: 0, maxLength: 6 }),
    toc: fc.boolean(),
    issuer: fc.constantFrom("none", "lines", "logo", "decorative logo"),
    signatures: fc.integer({ min: 0, max: 3 }),
    blocksPerSection: fc.array(fc.array(block(["h0", "h1"], 1), { minLength: 0, maxLength: 4 }), { minLength: 7, maxLength: 7 }),
  })
  .map(({ headings, toc, issuer, signatures, blocksPerSection }) => {
    const ids = headings.map((_, i) => `h${i}`);
    const body: Block[] = [];
    if (issuer !== "none") {
      const logo = issuer === "logo" ? { data: PNG, mimeType: "image/png" as const, alt: "Logo d’essai", width: 60 } : { data: PNG, mimeType: "image/png" as const, decorative: true, width: 60 };
      body.push({ type: "issuerMark", lines: ["PRÉFÈTE DE LA CREUSE", "Direction départementale"], ...(issuer === "lines" ? {} : { logo }) });
    }
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
