import { child, childrenNamed, findAll, parseXml, type El, type XmlNode } from "./read-docx";

/** A series of a chart part as Word reads it: its name, colour and cached values (`null` where a point is missing). */
export interface ReadSeries {
  readonly name: string;
  readonly color: string | undefined;
  readonly values: (number | null)[];
  readonly formatCode: string;
}

/** What a chart part (`word/charts/chartN.xml`) says, read from its XML. */
export interface ReadChart {
  /** `bar` (clustered columns), `stackedBar` (stacked columns, full overlap) or `line` (with markers); anything else as found. */
  readonly kind: string;
  readonly categories: string[];
  /** Whether every series caches the same categories (the first's). */
  readonly categoriesAgree: boolean;
  readonly series: ReadSeries[];
  readonly valueAxis: { min: number | undefined; max: number | undefined; majorUnit: number | undefined; format: string | undefined; title: string | undefined };
  readonly categoryAxisTitle: string | undefined;
  readonly autoTitleDeleted: boolean;
  readonly legend: string | undefined;
  readonly externalData: boolean;
}

const val = (el: El | undefined): string | undefined => el?.attrs["@_val"];
const text = (nodes: readonly XmlNode[]): string =>
  findAll(nodes, "c:v")
    .map((v) => String((v.children[0] as { "#text"?: unknown } | undefined)?.["#text"] ?? ""))
    .join("");
const richText = (el: El | undefined): string | undefined => {
  if (!el) return undefined;
  return findAll(el.children, "a:t")
    .map((t) => String((t.children[0] as { "#text"?: unknown } | undefined)?.["#text"] ?? ""))
    .join("");
};

/** The points of a cache, by index, `null` where the cache has no point. */
function points(cache: El | undefined): { values: (string | null)[]; formatCode: string } {
  const count = Number(val(child(cache, "c:ptCount")) ?? 0);
  const values: (string | null)[] = new Array<string | null>(count).fill(null);
  for (const pt of childrenNamed(cache, "c:pt")) values[Number(pt.attrs["@_idx"])] = text(pt.children);
  const format = child(cache, "c:formatCode");
  return { values, formatCode: format ? String((format.children[0] as { "#text"?: unknown } | undefined)?.["#text"] ?? "") : "" };
}

/**
 * Reads a chart part back as Word would: the plot's kind, its categories, each series' name,
 * colour and cached values, the value axis' scaling, unit and label format, and the rest.
 */
export function readChart(xml: string): ReadChart {
  const tree = parseXml(xml);
  const space = findAll(tree, "c:chartSpace")[0];
  const chart = child(space, "c:chart");
  const plot = child(chart, "c:plotArea");
  const bar = child(plot, "c:barChart");
  const line = child(plot, "c:lineChart");
  const plotted = bar ?? line;
  const grouping = val(child(plotted, "c:grouping"));
  const kind = bar
    ? val(child(bar, "c:barDir")) === "col" && grouping === "clustered"
      ? "bar"
      : val(child(bar, "c:barDir")) === "col" && grouping === "stacked" && val(child(bar, "c:overlap")) === "100"
        ? "stackedBar"
        : `bar:${val(child(bar, "c:barDir"))}:${grouping}`
    : line && val(child(line, "c:marker")) === "1"
      ? "line"
      : "other";
  const series = childrenNamed(plotted, "c:ser").map((ser) => {
    const values = points(child(child(child(ser, "c:val"), "c:numRef"), "c:numCache"));
    const spPr = child(ser, "c:spPr");
    const color = findAll(spPr?.children ?? [], "a:srgbClr")[0]?.attrs["@_val"];
    return {
      name: text(child(ser, "c:tx")?.children ?? []),
      color,
      values: values.values.map((v) => (v === null ? null : Number(v))),
      formatCode: values.formatCode,
      categories: points(child(child(child(ser, "c:cat"), "c:strRef"), "c:strCache")).values.map((c) => c ?? ""),
    };
  });
  const valAx = child(plot, "c:valAx");
  const scaling = child(valAx, "c:scaling");
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  return {
    kind,
    categories: series[0]?.categories ?? [],
    categoriesAgree: series.every((s) => JSON.stringify(s.categories) === JSON.stringify(series[0]?.categories)),
    series: series.map(({ name, color, values, formatCode }) => ({ name, color, values, formatCode })),
    valueAxis: {
      min: num(val(child(scaling, "c:min"))),
      max: num(val(child(scaling, "c:max"))),
      majorUnit: num(val(child(valAx, "c:majorUnit"))),
      format: child(valAx, "c:numFmt")?.attrs["@_formatCode"],
      title: richText(child(valAx, "c:title")),
    },
    categoryAxisTitle: richText(child(child(plot, "c:catAx"), "c:title")),
    autoTitleDeleted: val(child(chart, "c:autoTitleDeleted")) === "1",
    legend: val(child(child(chart, "c:legend"), "c:legendPos")),
    externalData: child(space, "c:externalData") !== undefined,
  };
}
