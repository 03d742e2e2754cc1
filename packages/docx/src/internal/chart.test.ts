import { prepareDocumentOrThrow, type Document } from "@pacte/document";
import { Document as DocxDocument, Packer, Paragraph } from "docx";
import { strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { barChart, lineChart } from "../test-support/chart-document";
import { readChart } from "../test-support/read-chart";
import { findAll, parseXml, unzipDocx } from "../test-support/read-docx";
import { BookmarkNames } from "./bookmarks";
import { chartRun } from "./chart";
import type { RenderContext } from "./context";
import { planPages } from "./page-plan";

/** A render context for a document, as `renderDocx` makes one. */
function contextOf(document: Document): RenderContext {
  const prepared = prepareDocumentOrThrow(document);
  return {
    prepared,
    document: prepared.document,
    theme: prepared.theme,
    geometry: prepared.geometry,
    bookmarks: new BookmarkNames(),
    pages: planPages(prepared),
    counters: { drawing: 0, link: 0, list: 0, toc: 0, chart: 0 },
    parts: [],
  };
}

/** The prepared document's own chart objects (the prepared document is a copy: French typography applied). */
const chartsOf = (ctx: RenderContext) => [...ctx.prepared.charts.keys()];

describe("chartRun", () => {
  it("makes each chart's part, counted per render, and an inline drawing that refers to it", async () => {
    const ctx = contextOf({ meta: { title: "Essai", createdAt: "2024-01-15" }, body: [barChart, lineChart] });
    const [bar, line] = chartsOf(ctx);
    const runs = [chartRun(ctx, bar!, 216), chartRun(ctx, line!, 100)];
    expect(ctx.parts.map((p) => p.path)).toEqual(["word/charts/chart1.xml", "word/charts/chart2.xml"]);
    expect(readChart(ctx.parts[1]?.data ?? "").kind).toBe("line");
    expect(ctx.counters).toMatchObject({ drawing: 2, chart: 2 });

    // Packed alone, with docx's own parts: the relationships and content types come with the runs.
    const file = new DocxDocument({ sections: [{ children: runs.map((run) => new Paragraph({ children: [run] })) }] });
    const zip = unzipDocx(await Packer.pack(file, "uint8array", false, ctx.parts));
    const rels = findAll(parseXml(strFromU8(zip["word/_rels/document.xml.rels"]!)), "Relationship").filter((r) => r.attrs["@_Id"]?.startsWith("rIdChart"));
    expect(rels.map((r) => [r.attrs["@_Id"], r.attrs["@_Target"]])).toEqual([
      ["rIdChart1", "charts/chart1.xml"],
      ["rIdChart2", "charts/chart2.xml"],
    ]);
    const types = findAll(parseXml(strFromU8(zip["[Content_Types].xml"]!)), "Override").filter((o) => o.attrs["@_PartName"]?.startsWith("/word/charts/"));
    expect(types.map((o) => o.attrs["@_PartName"])).toEqual(["/word/charts/chart1.xml", "/word/charts/chart2.xml"]);
    const document = parseXml(strFromU8(zip["word/document.xml"]!));
    expect(findAll(document, "c:chart").map((c) => c.attrs["@_r:id"])).toEqual(["rIdChart1", "rIdChart2"]);
    expect(findAll(document, "wp:extent").map((e) => e.attrs["@_cy"])).toEqual([String(216 * 12700), String(100 * 12700)]);
    expect(findAll(document, "wp:docPr").map((d) => d.attrs["@_descr"])).toEqual([...ctx.prepared.charts.values()].map((p) => p.alt));
  });

  it("adds a chart's relationship and content type once, however many times the document is written", async () => {
    const ctx = contextOf({ meta: { title: "Essai", createdAt: "2024-01-15" }, body: [barChart] });
    const file = new DocxDocument({ sections: [{ children: [new Paragraph({ children: [chartRun(ctx, chartsOf(ctx)[0]!, 216)] })] }] });
    for (let i = 0; i < 2; i++) {
      const zip = unzipDocx(await Packer.pack(file, "uint8array", false, ctx.parts));
      expect(strFromU8(zip["word/_rels/document.xml.rels"]!).match(/rIdChart1/g)).toHaveLength(1);
      expect(strFromU8(zip["[Content_Types].xml"]!).match(/\/word\/charts\/chart1\.xml/g)).toHaveLength(1);
    }
  });

  it("refuses a chart that is not one of the prepared document's (a bug, not a user error)", () => {
    const ctx = contextOf({ meta: { title: "Essai", createdAt: "2024-01-15" }, body: [barChart] });
    expect(() => chartRun(ctx, { ...barChart }, 216)).toThrow(/not one of the prepared document's blocks/);
  });
});
