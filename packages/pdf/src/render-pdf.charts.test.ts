// Charts in the PDF, read back: each kind drawn, its words in order before its data table (for
// pdftotext as in the structure tree), one Figure with the generated alternative text followed by
// a Table, qpdf and the structure checker content, the same bytes twice, a chart moved whole to
// the next page, and the largest chart with no two labels overlapping.
import { createHash } from "node:crypto";
import { documentOf, h1, p, prepareDocumentOrThrow, type Chart, type Document, type PreparedChart } from "@pacte/document";
import { beforeAll, describe, expect, it } from "vitest";
import { checkTaggedPdf, stripArtifacts, type StructElementInfo, type TaggedPdfReport } from "./check";
import { renderPdf, renderPdfWithLayout } from "./default-fonts";
import type { RenderedPdf } from "./render-pdf";
import type { PlacedText, Rect } from "./layout/page-canvas";
import { hasTool, pdfFonts, pdfInfo, pdfStructElements, pdfStructText, pdfText, qpdfCheck } from "../test/pdf-tools";
import { BAR_CHART, LINE_CHART, STACKED_CHART, chartDocument, largestChart } from "./test-support/chart-document";
import { firstMissingWord } from "./test-support/words-in-order";

const POPPLER = hasTool("pdftotext") && hasTool("pdfinfo");
const QPDF = hasTool("qpdf");
if (!POPPLER) console.warn("poppler-utils missing (apt-get install poppler-utils): the charts' read-back by poppler is skipped");

const sha256 = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");
const preparedCharts = (doc: Document): PreparedChart[] => [...prepareDocumentOrThrow(doc).charts.values()];
const cellsOf = (c: PreparedChart): string[] =>
  [...c.table.header, ...c.table.rows].flatMap((row) => row.map((cell) => cell.content.map((i) => (i.type === "text" ? i.text : "")).join("")));
const inside = (t: Rect, box: Rect): boolean => t.x >= box.x - 0.01 && t.y >= box.y - 0.01 && t.x + t.width <= box.x + box.width + 0.01 && t.y + t.height <= box.y + box.height + 0.01;
const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.width - 0.01 && b.x < a.x + a.width - 0.01 && a.y < b.y + b.height - 0.01 && b.y < a.y + a.height - 0.01;
const all = (e: StructElementInfo | null, test: (e: StructElementInfo) => boolean): StructElementInfo[] =>
  e === null ? [] : [...(test(e) ? [e] : []), ...e.children.flatMap((c) => all(c, test))];

describe("renderPdf — charts", () => {
  const doc = chartDocument();
  const charts = preparedCharts(doc);
  let out: RenderedPdf;
  let report: TaggedPdfReport;

  beforeAll(async () => {
    out = await renderPdfWithLayout(doc);
    report = await checkTaggedPdf(out.bytes);
  });

  it("draws each kind in a box of the text width and the chart's height, and passes the structure checker", () => {
    expect(out.warnings).toEqual([]);
    expect(report.failures).toEqual([]);
    const boxes = out.layout.pages.flatMap((pg) => pg.boxes.filter((b) => b.kind === "chart"));
    expect(boxes).toHaveLength(4);
    for (const [i, box] of boxes.entries()) {
      expect(box.width).toBeCloseTo(out.layout.textArea.width, 2);
      expect(box.height).toBeCloseTo(charts[i]?.height ?? 0, 2);
      expect(inside(box, out.layout.textArea)).toBe(true);
    }
  });

  it.skipIf(!QPDF)("passes qpdf --check", () => {
    expect(qpdfCheck(out.bytes).status).toBe(0);
  });

  it.skipIf(!POPPLER)("sets the charts' words in the document's fonts: embedded subsets mapped to Unicode", () => {
    const fonts = pdfFonts(out.bytes);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded && f.subset && f.unicode && /^[A-Z]{6}\+PacteSans/.test(f.name))).toBe(true);
  });

  it.skipIf(!POPPLER)("reads, in pdftotext, each chart's title, legend and labels, then its data table's caption and every cell, in order", () => {
    // In the order the content draws them (-raw)…
    const raw = pdfText(out.bytes, "raw").join("\f");
    const expected = charts.flatMap((c) => [c.title, ...c.series.map((s) => s.name), ...(c.categories.length <= 7 ? c.categories : []), c.table.caption ?? "", ...cellsOf(c)]);
    expect(firstMissingWord(expected, raw, { interleaved: true })).toBeUndefined();
    // …and in poppler's own reading order (which reads a legend of two rows column by column).
    const reading = pdfText(out.bytes).join("\f");
    const read = charts.flatMap((c) => [c.title, ...(c.series.length <= 3 ? c.series.map((s) => s.name) : []), ...(c.categories.length <= 7 ? c.categories : []), c.table.caption ?? "", ...cellsOf(c)]);
    expect(firstMissingWord(read, reading, { interleaved: true })).toBeUndefined();
    // The graduations' labels are there too, in the document's font (« 10 M€ » with its no-break space).
    expect(reading).toMatch(/10[ \u00A0]M€/u); // (pdftotext writes U+00A0 as a space)
  });

  it.skipIf(!POPPLER)("holds in its structure tree, word for word, what pdftotext -raw reads in the content (artifacts aside)", async () => {
    const words = (t: string): string[] => t.split(/\s+/u).filter((w) => w !== "");
    expect(words(report.text)).toEqual(words(pdfText(await stripArtifacts(out.bytes), "raw").join(" ")));
    // And poppler's own reading of the tree (pdfinfo -struct-text, slow on pages of many cells: the three small charts).
    const squash = (s: string): string => s.replace(/\s+/gu, "");
    const small = await renderPdf(documentOf({ meta: { title: "Trois graphiques", createdAt: "2024-03-12" }, body: [BAR_CHART, STACKED_CHART, LINE_CHART] }));
    const tree = squash(pdfStructText(small).join(""));
    expect(tree).toBe(squash(pdfText(await stripArtifacts(small), "raw").join(" ")));
    expect(tree).toContain(squash(charts[0]?.title ?? "?"));
  });

  it("tags each chart as one Figure with the generated alternative text, its title as its Caption, followed by its data table's Table", () => {
    const roles = report.root?.children.map((c) => c.role);
    expect(roles).toEqual(["H1", "P", "Figure", "Table", "Figure", "Table", "Figure", "Table", "Figure", "Table"]);
    const figures = all(report.root, (e) => e.role === "Figure");
    expect(figures.map((f) => f.alt)).toEqual(charts.map((c) => c.alt));
    expect(figures[0]?.alt?.startsWith("Graphique en barres groupées\u00A0: Crédits engagés et dépensés par axe. Engagé\u00A0: 8\u202F000\u202F000,00\u00A0€ (Axe\u00A01\u00A0: prévenir")).toBe(true);
    expect(figures.map((f) => f.children.map((c) => [c.role, c.text]))).toEqual(charts.map((c) => [["Caption", c.title]]));
    const tables = all(report.root, (e) => e.role === "Table");
    expect(tables.map((t) => t.children[0]?.text)).toEqual(charts.map((c) => c.table.caption));
    const first = tables[0];
    expect(all(first ?? null, (e) => e.role === "TH").map((th) => [th.scope, th.text])).toEqual([
      ["Column", "Axe du Pacte"],
      ["Column", "Engagé"],
      ["Column", "Dépensé"],
      ...(charts[0]?.categories ?? []).map((c) => ["Row", c]),
    ]);
    expect(all(first ?? null, (e) => e.role === "TD").map((td) => td.text)).toEqual(["8 000 000,00 €", "7 500 000,00 €", "9 500 000,00 €", "9 000 000,00 €", "4 250 000,00 €", "—", "1 000 000,00 €", "250 000,00 €"].map((s) => s.replace(/ (?=\d)/g, "\u202F").replace(/ €/g, "\u00A0€")));
  });

  it.skipIf(!POPPLER)("shows, in pdfinfo -struct, each Figure followed by a Table at the same level", () => {
    const top = pdfStructElements(out.bytes).filter((e) => e.depth === 1).map((e) => e.role);
    expect(top).toEqual(["H1", "P", "Figure", "Table", "Figure", "Table", "Figure", "Table", "Figure", "Table"]);
    expect(pdfInfo(out.bytes)).toMatchObject({ Tagged: "yes" });
  });

  it("writes the same bytes twice", async () => {
    expect(sha256(await renderPdf(chartDocument()))).toBe(sha256(out.bytes));
  });

  it("sets the largest chart (8 series × 60 categories) with no two pieces of text overlapping, all within its box", () => {
    const legend = (t: PlacedText): boolean => t.text.startsWith("Mesure");
    const page = out.layout.pages.find((pg) => pg.texts.some(legend));
    const box = page?.boxes.find((b) => b.kind === "chart" && page.texts.some((t) => legend(t) && inside(t, b)));
    if (!page || !box) throw new Error("the largest chart is not drawn");
    const texts: PlacedText[] = page.texts.filter((t) => inside(t, box) && t.text.trim() !== "");
    expect(texts.length).toBeGreaterThan(8 * 2 + 6 + 10); // the legend, the graduations, at least ten category labels
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const [a, b] = [texts[i], texts[j]];
        if (a && b && overlap(a, b)) throw new Error(`« ${a.text} » and « ${b.text} » overlap`);
      }
    }
  });
});

describe("renderPdf — a chart where it falls", () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => p(`Paragraphe ${i + 1} : les parties suivent la mise en œuvre des actions et en mesurent les effets.`));

  it("moves a chart near the bottom of a page, with its title, whole to the next page", async () => {
    // Enough paragraphs to leave less than the chart's height at the bottom of the first page.
    const doc = documentOf({ meta: { title: "Bas de page", createdAt: "2024-03-12" }, body: [h1("Suivi", { id: "suivi" }), ...filler(30), BAR_CHART] });
    const { layout } = await renderPdfWithLayout(doc);
    const chartPages = layout.pages.filter((pg) => pg.boxes.some((b) => b.kind === "chart"));
    expect(chartPages).toHaveLength(1);
    const page = chartPages[0];
    if (!page) throw new Error("no chart");
    expect(page.index).toBe(1);
    const title = page.texts.find((t) => t.text === "Crédits");
    const box = page.boxes.find((b) => b.kind === "chart");
    if (!title || !box) throw new Error("no title");
    // The title at the top of the page's text area, right above the chart.
    expect(layout.textArea.y + layout.textArea.height - (title.y + title.height)).toBeLessThan(4);
    expect(title.y).toBeGreaterThan(box.y + box.height);
    expect(title.y - (box.y + box.height)).toBeLessThan(6);
    // Nothing of it on the first page, whose paragraphs end with room left at the bottom (for the title and more, not for the chart).
    const first = layout.pages[0]?.texts.filter((t) => t.region === "body") ?? [];
    expect(first.some((t) => t.text === "Crédits")).toBe(false);
    const room = Math.min(...first.map((t) => t.y)) - layout.textArea.y;
    expect(room).toBeGreaterThan(40);
    expect(room).toBeLessThan(box.height);
  });

  it("keeps the data table where a table goes: its header row repeated when it continues on the next page", async () => {
    const long: Chart = { ...LINE_CHART, categories: Array.from({ length: 60 }, (_, i) => String(1970 + i)), series: LINE_CHART.series.map((s) => ({ ...s, values: Array.from({ length: 60 }, (_, i) => (i % 7 === 3 && s.name === "Réalisé" ? null : 100 + i)) })) };
    const { layout, bytes } = await renderPdfWithLayout(documentOf({ meta: { title: "Long", createdAt: "2024-03-12" }, body: [long] }));
    const headerPages = layout.pages.filter((pg) => pg.texts.some((t) => t.text === "Catégorie"));
    expect(headerPages.length).toBeGreaterThan(1);
    expect((await checkTaggedPdf(bytes)).failures).toEqual([]);
  });

  it("draws a line chart whose series has missing values, its data table saying « — » for them", async () => {
    const doc = documentOf({ meta: { title: "Lignes", createdAt: "2024-03-12" }, body: [LINE_CHART] });
    const { layout, bytes } = await renderPdfWithLayout(doc);
    expect((await checkTaggedPdf(bytes)).failures).toEqual([]);
    const dashes = layout.pages[0]?.texts.filter((t) => t.text === "—") ?? [];
    expect(dashes).toHaveLength(3);
  });

  it.each([
    ["bar", BAR_CHART],
    ["stackedBar", STACKED_CHART],
    ["line", LINE_CHART],
  ] as const)("renders a %s chart alone, untagged too", async (_kind, chart) => {
    const doc = documentOf({ meta: { title: "Un graphique", createdAt: "2024-03-12" }, body: [chart] });
    const bytes = await renderPdf(doc);
    expect((await checkTaggedPdf(bytes)).failures).toEqual([]);
    expect((await renderPdf(doc, { tagged: false })).length).toBeGreaterThan(1000);
  });

  it("renders the largest chart of each kind, under the structure checker", async () => {
    const doc = documentOf({ meta: { title: "Limites", createdAt: "2024-03-12" }, body: [largestChart("stackedBar"), largestChart("line")] });
    const { bytes, warnings } = await renderPdfWithLayout(doc);
    expect(warnings).toEqual([]);
    expect((await checkTaggedPdf(bytes)).failures).toEqual([]);
  });
});
