import type { Chart } from "@pacte/document";
import type { IContext, IXmlableObject, ParagraphChild } from "docx";
import { chartSpaceXml } from "./chart-xml";
import type { RenderContext } from "./context";
import { RawElement, asChild, el } from "./raw-xml";
import { emu } from "./units";

const CHART_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The `c:chart` element of a drawing: when the document is written, it relates the part it is in
 * (the document) to the chart's part with a relationship id counted per render (`rIdChart1`…,
 * where `docx`'s own parts draw random ones) and declares the part's content type, once each.
 */
class ChartReference extends RawElement {
  private readonly related = new WeakSet<object>();
  private readonly typed = new WeakSet<object>();
  private readonly id: string;
  private readonly target: string;

  /** `id` without its `rId` prefix (`Chart1`); `target` from `word/` (`charts/chart1.xml`). */
  constructor(id: string, target: string) {
    super("c:chart", { "xmlns:c": CHART_URI, "xmlns:r": RELATIONSHIPS_NS, "r:id": `rId${id}` });
    this.id = id;
    this.target = target;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const relationships = context.viewWrapper.Relationships;
    if (!this.related.has(relationships)) {
      this.related.add(relationships);
      relationships.addRelationship(this.id, CHART_RELATIONSHIP, this.target);
    }
    const types = context.file.ContentTypes;
    if (!this.typed.has(types)) {
      this.typed.add(types);
      types.addOverride(CHART_CONTENT_TYPE, `/word/${this.target}`);
    }
    return super.prepForXml(context);
  }
}

/**
 * A prepared chart as a native chart, inline, as wide as the prepared chart and `height` tall: a
 * `w:drawing` whose `wp:docPr` carries the prepared alternative text (`descr`) and the chart's
 * title (`title`), with a drawing id counted per render (shared with images); its `c:chart`
 * refers to `word/charts/chartN.xml` (counted per render), which this adds to `ctx.parts`
 * (see {@link chartSpaceXml}). Word and LibreOffice draw it from the data cached in that part.
 *
 * @throws {Error} when the chart is not one of the prepared document's blocks (a bug, not a user error).
 * @example
 * chartRun(ctx, chart, 216) //=> a run holding the drawing; ctx.parts gains { path: "word/charts/chart1.xml", data: "<?xml…" }
 */
export function chartRun(ctx: RenderContext, chart: Chart, height: number): ParagraphChild {
  const prepared = ctx.prepared.charts.get(chart);
  if (prepared === undefined) throw new Error("chartRun: this chart is not one of the prepared document's blocks.");
  ctx.counters.drawing += 1;
  ctx.counters.chart += 1;
  const drawingId = ctx.counters.drawing;
  const n = ctx.counters.chart;
  const target = `charts/chart${n}.xml`;
  ctx.parts.push({ path: `word/${target}`, data: chartSpaceXml(prepared, ctx.theme, ctx.prepared.language) });
  const inline = el("wp:inline", { distT: 0, distB: 0, distL: 0, distR: 0 }, [
    el("wp:extent", { cx: emu(prepared.width), cy: emu(height) }),
    el("wp:effectExtent", { l: 0, t: 0, r: 0, b: 0 }),
    el("wp:docPr", { id: drawingId, name: `Graphique ${drawingId}`, descr: prepared.alt, title: prepared.title }),
    el("wp:cNvGraphicFramePr"),
    el("a:graphic", { "xmlns:a": "http://schemas.openxmlformats.org/drawingml/2006/main" }, [el("a:graphicData", { uri: CHART_URI }, [new ChartReference(`Chart${n}`, target)])]),
  ]);
  return asChild(el("w:r", {}, [el("w:drawing", {}, [inline])]));
}
