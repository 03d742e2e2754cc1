import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { prepareDocumentOrThrow, type Chart, type Document } from "@pacte/document";
import { strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./render-docx";
import { barChart, chartDocument, lineChart, stackedChart } from "./test-support/chart-document";
import { readChart } from "./test-support/read-chart";
import { child, childrenNamed, findAll, malformedParts, parseXml, textOf, unzipDocx, type El, type XmlNode } from "./test-support/read-docx";

const run = promisify(execFile);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const attr = (el: El | undefined, name: string) => el?.attrs[`@_${name}`];
/** No-break spaces read as spaces: French typography joins words with them (« Axe 1 – Enfance », « 80 000 € »). */
const spaced = (t: string): string => t.replace(/[\u00A0\u202F]/g, " ");

interface Rendered {
  readonly bytes: Uint8Array;
  readonly raw: Record<string, Uint8Array>;
  readonly text: (path: string) => string;
  readonly body: El;
}
async function render(doc: Document, options?: Parameters<typeof renderDocx>[1]): Promise<Rendered> {
  const bytes = await renderDocx(doc, options);
  const raw = unzipDocx(bytes);
  const text = (path: string) => strFromU8(raw[path] ?? new Uint8Array());
  const body = findAll(parseXml(text("word/document.xml")), "w:body")[0]!;
  return { bytes, raw, text, body };
}

/** The body's blocks in order, each as its kind and what tells it apart. */
function outline(body: El): string[] {
  return body.children.flatMap((node): string[] => {
    const name = Object.keys(node).find((k) => k !== ":@");
    const el: El = { name: name ?? "", attrs: (node[":@"] as Record<string, string> | undefined) ?? {}, children: (node[name ?? ""] as XmlNode[] | undefined) ?? [] };
    if (name === "w:tbl") return [`table: ${childrenNamed(childrenNamed(el, "w:tr")[0], "w:tc").map((c) => textOf(c.children)).join(" | ")}`];
    if (name !== "w:p") return [];
    const style = attr(child(child(el, "w:pPr"), "w:pStyle"), "w:val");
    if (findAll(el.children, "c:chart").length > 0) return [`chart: ${attr(findAll(el.children, "c:chart")[0], "r:id")}`];
    const text = spaced(textOf(el.children));
    return text === "" ? [] : [`${style ?? "p"}: ${text}`];
  });
}

const doc = chartDocument();
const CHARTS: readonly Chart[] = [barChart, stackedChart, lineChart];

describe("renderDocx: charts", () => {
  it("writes one chart part per chart whose data is exactly the input's: categories, series names, values (euros / 100), missing values left out", async () => {
    const r = await render(doc);
    const prepared = [...prepareDocumentOrThrow(doc).charts.values()];
    expect(malformedParts(r.bytes)).toEqual({});
    expect(Object.keys(r.raw).filter((p) => p.startsWith("word/charts/"))).toEqual(["word/charts/chart1.xml", "word/charts/chart2.xml", "word/charts/chart3.xml"]);
    // No embedded workbook: Word and LibreOffice draw from the cached data.
    expect(Object.keys(r.raw).filter((p) => p.startsWith("word/embeddings/") || p.startsWith("word/charts/_rels/"))).toEqual([]);
    CHARTS.forEach((chart, i) => {
      const read = readChart(r.text(`word/charts/chart${i + 1}.xml`));
      expect(read.kind, chart.title).toBe(chart.kind);
      // The texts as both formats print them (French typography: « Axe 1 – Enfance » with a no-break space).
      expect(read.categories, chart.title).toEqual(prepared[i]?.categories);
      expect(read.series.map((s) => s.name), chart.title).toEqual(prepared[i]?.series.map((s) => s.name));
      expect(read.categories.map(spaced), chart.title).toEqual(chart.categories);
      expect(read.series.map((s) => spaced(s.name)), chart.title).toEqual(chart.series.map((s) => s.name));
      expect(read.series.map((s) => s.values), chart.title).toEqual(chart.series.map((s) => s.values.map((v) => (v === null ? null : chart.unit === "euros" ? v / 100 : v))));
    });
    expect(readChart(r.text("word/charts/chart1.xml")).series[1]?.values).toEqual([75_000, null, 90_000, 12_500]);
  });

  it("relates each chart to the document and declares its content type", async () => {
    const r = await render(doc);
    const rels = findAll(parseXml(r.text("word/_rels/document.xml.rels")), "Relationship");
    const charts = rels.filter((rel) => attr(rel, "Type") === "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart");
    expect(charts.map((rel) => [attr(rel, "Id"), attr(rel, "Target")])).toEqual([
      ["rIdChart1", "charts/chart1.xml"],
      ["rIdChart2", "charts/chart2.xml"],
      ["rIdChart3", "charts/chart3.xml"],
    ]);
    // Every relationship id of the part is unique.
    expect(new Set(rels.map((rel) => attr(rel, "Id"))).size).toBe(rels.length);
    const overrides = findAll(parseXml(r.text("[Content_Types].xml")), "Override").filter((o) => attr(o, "PartName")?.startsWith("/word/charts/"));
    expect(overrides.map((o) => [attr(o, "PartName"), attr(o, "ContentType")])).toEqual(
      [1, 2, 3].map((n) => [`/word/charts/chart${n}.xml`, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"]),
    );
    // The drawings refer to them in document order.
    expect(findAll(r.body.children, "c:chart").map((c) => attr(c, "r:id"))).toEqual(["rIdChart1", "rIdChart2", "rIdChart3"]);
  });

  it("gives each chart an inline drawing with the prepared alternative text (descr) and its title, as wide as the text and as tall as the chart", async () => {
    const r = await render(doc);
    const prepared = [...prepareDocumentOrThrow(doc).charts.values()];
    const inlines = findAll(r.body.children, "wp:inline");
    expect(inlines).toHaveLength(3);
    const docPr = inlines.map((i) => child(i, "wp:docPr"));
    expect(docPr.map((d) => attr(d, "descr"))).toEqual(prepared.map((p) => p.alt));
    expect(docPr.map((d) => attr(d, "title"))).toEqual(CHARTS.map((c) => c.title));
    expect(docPr.map((d) => attr(d, "id"))).toEqual(["1", "2", "3"]);
    expect(spaced(prepared[0]?.alt ?? "")).toMatch(/^Graphique en barres groupées : Crédits engagés et dépensés par axe\. Engagé : 80 000,00 € \(Axe 1 – Enfance\), 62 500,50 € \(Axe 2 – Emploi\)/);
    expect(inlines.map((i) => [attr(child(i, "wp:extent"), "cx"), attr(child(i, "wp:extent"), "cy")])).toEqual(
      prepared.map((p) => [String(Math.round(p.width * 12700)), String(Math.round(p.height * 12700))]),
    );
    expect(findAll(r.body.children, "a:graphicData").map((g) => attr(g, "uri"))).toEqual(Array(3).fill("http://schemas.openxmlformats.org/drawingml/2006/chart"));
  });

  it("counts drawing ids across images and charts", async () => {
    const png = Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR42mM4oaGBFTEMLQkAgl1GARdiiXUAAAAASUVORK5CYII="), (c) => c.charCodeAt(0));
    const r = await render({ ...doc, body: [{ type: "image", data: png, mimeType: "image/png", alt: "Carré", width: 20 }, barChart, { type: "image", data: png, mimeType: "image/png", alt: "Carré", width: 20 }] });
    expect(findAll(r.body.children, "wp:docPr").map((d) => [attr(d, "id"), attr(d, "name")])).toEqual([
      ["1", "Image 1"],
      ["2", "Graphique 2"],
      ["3", "Image 3"],
    ]);
  });

  it("writes the title as a table's caption kept with the chart, then the data table as any table", async () => {
    const r = await render(doc);
    const lines = outline(r.body);
    const at = lines.indexOf("Caption: Crédits engagés et dépensés par axe");
    expect(lines.slice(at, at + 4)).toEqual([
      "Caption: Crédits engagés et dépensés par axe",
      "chart: rIdChart1",
      "Caption: Données du graphique : Crédits engagés et dépensés par axe",
      "table: Axe | Engagé | Dépensé",
    ]);
    const title = findAll(r.body.children, "w:p").find((p) => textOf(p.children) === "Crédits engagés et dépensés par axe");
    expect(child(child(title, "w:pPr"), "w:keepNext")).toBeDefined();
    // The data table: a header row, one row per category headed by its first cell.
    const table = findAll(r.body.children, "w:tbl")[0]!;
    const rows = childrenNamed(table, "w:tr");
    expect(rows.map((row) => childrenNamed(row, "w:tc").map((c) => spaced(textOf(c.children))))).toEqual([
      ["Axe", "Engagé", "Dépensé"],
      ["Axe 1 – Enfance", "80 000,00 €", "75 000,00 €"],
      ["Axe 2 – Emploi", "62 500,50 €", "—"],
      ["Axe 3 – Accès aux droits", "95 000,00 €", "90 000,00 €"],
      ["Axe 4 – Transition", "30 000,00 €", "12 500,00 €"],
    ]);
    expect(child(child(rows[0], "w:trPr"), "w:tblHeader")).toBeDefined();
    expect(["1", "true"]).toContain(attr(child(child(table, "w:tblPr"), "w:tblLook"), "w:firstColumn"));
  });

  it("draws a chart without a title as the drawing, then its data table", async () => {
    const r = await render({ ...doc, body: [{ type: "paragraph", content: [{ type: "text", text: "Avant." }] }, { ...lineChart, title: "" }] });
    expect(outline(r.body)).toEqual(["p: Avant.", "chart: rIdChart1", "Caption: Données du graphique", "table: Année | Objectif | Réalisé"]);
  });

  it("leaves a paragraph's space before a chart without a title, none at the top of a page", async () => {
    const spacingBefore = async (body: Document["body"]) => {
      const r = await render({ ...doc, body });
      const p = findAll(r.body.children, "w:p").find((x) => findAll(x.children, "c:chart").length > 0);
      return attr(child(child(p, "w:pPr"), "w:spacing"), "w:before");
    };
    expect(await spacingBefore([{ type: "paragraph", content: [{ type: "text", text: "Avant." }] }, { ...barChart, title: "" }])).toBe("120");
    expect(await spacingBefore([{ ...barChart, title: "" }])).toBe("0");
    expect(await spacingBefore([barChart])).toBe("0");
  });

  it("makes a chart taller than a page as tall as a page holds under its title, as the PDF does", async () => {
    const prepared = prepareDocumentOrThrow({ ...doc, body: [{ ...barChart, height: 2000 }] });
    const r = await render({ ...doc, body: [{ ...barChart, height: 2000 }] });
    const cy = Number(attr(findAll(r.body.children, "wp:extent")[0], "cy"));
    // One line of title at the table's size (9 pt × 1.25) and 3 pt under it.
    expect(cy).toBe(Math.round((prepared.geometry.textHeight - 11.25 - 3) * 12700));
  });

  it("starts a page with the chart's title where the PDF does (the title is kept with the chart, which never splits)", async () => {
    const r = await render(doc);
    // The second chart does not fit under its heading on the first page.
    const title = findAll(r.body.children, "w:p").find((p) => textOf(p.children) === "Financement par année et par financeur");
    expect(child(child(title, "w:pPr"), "w:pageBreakBefore")).toBeDefined();
    const drawings = findAll(r.body.children, "w:p").filter((p) => findAll(p.children, "c:chart").length > 0);
    expect(drawings.map((p) => child(child(p, "w:pPr"), "w:pageBreakBefore"))).toEqual([undefined, undefined, undefined]);
    expect(r.text("docProps/app.xml")).toContain("<Pages>3</Pages>");
  });

  it("keeps a chart in a keep-together group with its neighbours", async () => {
    const r = await render({ ...doc, body: [{ type: "keepTogether", blocks: [{ type: "paragraph", content: [{ type: "text", text: "Introduction." }] }, barChart] }] });
    const paragraphs = findAll(r.body.children, "w:p").filter((p) => textOf(p.children) !== "" || findAll(p.children, "c:chart").length > 0);
    expect(paragraphs.slice(0, 3).map((p) => child(child(p, "w:pPr"), "w:keepNext") !== undefined)).toEqual([true, true, true]);
  });

  it("renders charts with pageNumbers: \"layout\" too", async () => {
    const r = await render(doc, { pageNumbers: "layout" });
    expect(malformedParts(r.bytes)).toEqual({});
    expect(findAll(r.body.children, "c:chart")).toHaveLength(3);
    expect(readChart(r.text("word/charts/chart2.xml")).categories).toEqual(stackedChart.categories);
  }, 60_000);

  it("gives the same bytes twice, and after other documents were rendered", async () => {
    const a = await renderDocx(doc);
    const b = await renderDocx(chartDocument());
    expect(sha256(b)).toBe(sha256(a));
    await renderDocx({ ...doc, body: [...doc.body, barChart, lineChart] });
    expect(sha256(await renderDocx(doc))).toBe(sha256(a));
    // (And the charts change the bytes: the test can fail.)
    expect(sha256(await renderDocx({ ...doc, body: doc.body.filter((block) => block !== lineChart) }))).not.toBe(sha256(a));
  });

  it(
    "gives the same bytes in another process and time zone",
    async () => {
      const here = sha256(await renderDocx(doc));
      const { stdout } = await run("npx", ["tsx", "--tsconfig", "tsconfig.test.json", "test/render-sample.ts", "charts"], { cwd: packageRoot, env: { ...process.env, TZ: "Pacific/Chatham" } });
      expect(stdout.trim()).toBe(here);
    },
    60_000,
  );
});
