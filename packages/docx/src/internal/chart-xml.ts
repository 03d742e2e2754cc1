import type { ChartUnit, PreparedChart, Theme } from "@pacte/document";
import { axisNumberFormat, cachedValue, localePrefix, valueNumberFormat } from "./chart-number-format";
import { escapeXml } from "./package-parts";
import { emu } from "./units";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CATEGORY_AXIS = 1001;
const VALUE_AXIS = 1002;

/**
 * The column letters of a spreadsheet column, from 0 (`A`).
 *
 * @example
 * columnName(0) //=> "A"
 * columnName(27) //=> "AB"
 */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A number as XML writes it (no locale, no exponent for the values a chart holds). */
const num = (x: number): string => String(x);

/** The look of a chart's text: the document's font, the theme's note size (as the PDF sets it), a colour, bold or not. */
interface TextLook {
  readonly font: string;
  readonly size: number;
  readonly color: string;
  readonly bold: boolean;
  readonly lang: string;
}

/** The light lines across the plot at each graduation, as the PDF draws them. */
const GRID_COLOR = "DCDCDC";

const runProperties = (look: TextLook, tag: "a:defRPr" | "a:rPr", extra = ""): string =>
  `<${tag} lang="${escapeXml(look.lang)}" sz="${Math.round(look.size * 100)}" b="${look.bold ? 1 : 0}"${extra}>` +
  `<a:solidFill><a:srgbClr val="${look.color}"/></a:solidFill>` +
  `<a:latin typeface="${escapeXml(look.font)}"/><a:cs typeface="${escapeXml(look.font)}"/>` +
  `</${tag}>`;

/** Text properties: the font, size and colour of what an element writes (labels, legend). */
const textProperties = (look: TextLook, rotation?: number): string =>
  `<c:txPr><a:bodyPr${rotation === undefined ? "" : ` rot="${rotation}" vert="horz"`}/><a:lstStyle/><a:p><a:pPr>${runProperties(look, "a:defRPr")}</a:pPr><a:endParaRPr lang="${escapeXml(look.lang)}"/></a:p></c:txPr>`;

/** An axis title, horizontal or read upwards (-90°). */
const axisTitle = (text: string, look: TextLook, vertical: boolean): string =>
  "<c:title><c:tx><c:rich>" +
  `<a:bodyPr${vertical ? ' rot="-5400000" vert="horz"' : ""}/><a:lstStyle/>` +
  `<a:p><a:pPr>${runProperties(look, "a:defRPr")}</a:pPr><a:r>${runProperties(look, "a:rPr")}<a:t>${escapeXml(text)}</a:t></a:r></a:p>` +
  '</c:rich></c:tx><c:overlay val="0"/></c:title>';

const line = (color: string, widthPt: number, round = false): string =>
  `<a:ln w="${emu(widthPt)}"${round ? ' cap="rnd"' : ""}><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${round ? "<a:round/>" : ""}</a:ln>`;
const noLine = "<a:ln><a:noFill/></a:ln>";

/** The cached text of a reference (series name, categories). */
const strRef = (ref: string, texts: readonly string[]): string =>
  `<c:strRef><c:f>${ref}</c:f><c:strCache><c:ptCount val="${texts.length}"/>` +
  texts.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`).join("") +
  "</c:strCache></c:strRef>";

/** The cached numbers of a reference: a missing value (`null`) has no point, so the chart shows a gap. */
const numRef = (ref: string, values: readonly (number | null)[], unit: ChartUnit, format: string): string =>
  `<c:numRef><c:f>${ref}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>` +
  values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${num(cachedValue(v, unit))}</c:v></c:pt>`)).join("") +
  "</c:numCache></c:numRef>";

/**
 * The chart part (`word/charts/chartN.xml`) of a prepared chart: a `c:chartSpace` holding a
 * column chart (`c:barChart`, `barDir` col, series side by side, or stacked with a full overlap)
 * or a line chart with markers; each series' name, categories and values cached in the part
 * (`c:strCache`, `c:numCache`: euros in euros, a missing value left out so that the chart shows a
 * gap) with the sheet references Word's own charts have, in the series' colours; the value axis
 * from 0 to the prepared maximum by the prepared step, its labels in the prepared format
 * ({@link axisNumberFormat}), axis titles, the legend above the plot, no title of its own (the
 * document prints it above, as a table's caption: `c:autoTitleDeleted`), no border, in the
 * theme's font at its note size, as the PDF draws it. No embedded workbook: Word and LibreOffice draw the chart from the cached
 * data. Deterministic: the same chart gives the same text.
 *
 * @example
 * chartSpaceXml(prepared.charts.get(chart)!, defaultTheme, "fr-FR").includes("<c:barDir val=\"col\"/>") //=> true for a bar chart
 */
export function chartSpaceXml(chart: PreparedChart, theme: Theme, language: string): string {
  // As the PDF sets a chart's text: the note size, graduations muted, axis titles bold.
  const look: TextLook = { font: theme.docxFontFamily, size: theme.sizes.note, color: theme.colors.text, bold: false, lang: language };
  const muted: TextLook = { ...look, color: theme.colors.muted };
  const strong: TextLook = { ...look, bold: true };
  const n = chart.categories.length;
  const categoriesRef = `Sheet1!$A$2:$A$${n + 1}`;
  const locale = localePrefix(language);
  const valueFormat = locale + valueNumberFormat(chart);
  const line_ = chart.kind === "line";

  const series = chart.series
    .map((s, k) => {
      const column = columnName(k + 1);
      const fill = `<a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill>`;
      const shape = line_ ? `<c:spPr>${line(s.color, 1.5, true)}</c:spPr>` : `<c:spPr>${fill}${noLine}</c:spPr>`;
      const marker = line_ ? `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${fill}${line(s.color, 0.75)}</c:spPr></c:marker>` : '<c:invertIfNegative val="0"/>';
      return (
        "<c:ser>" +
        `<c:idx val="${k}"/><c:order val="${k}"/>` +
        `<c:tx>${strRef(`Sheet1!$${column}$1`, [s.name])}</c:tx>` +
        shape +
        marker +
        `<c:cat>${strRef(categoriesRef, chart.categories)}</c:cat>` +
        `<c:val>${numRef(`Sheet1!$${column}$2:$${column}$${n + 1}`, s.values, chart.unit, valueFormat)}</c:val>` +
        (line_ ? '<c:smooth val="0"/>' : "") +
        "</c:ser>"
      );
    })
    .join("");

  const axes = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  const plot = ((): string => {
    switch (chart.kind) {
      case "bar":
      case "stackedBar": {
        const stacked = chart.kind === "stackedBar";
        return (
          `<c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
          series +
          `<c:gapWidth val="${stacked ? 80 : 100}"/>${stacked ? '<c:overlap val="100"/>' : ""}` +
          axes +
          "</c:barChart>"
        );
      }
      case "line":
        return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
      default:
        return assertNeverKind(chart.kind);
    }
  })();

  const { axis } = chart;
  const categoryAxis =
    "<c:catAx>" +
    `<c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    (chart.categoryLabel === undefined || chart.categoryLabel === "" ? "" : axisTitle(chart.categoryLabel, strong, false)) +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:spPr>${line(theme.colors.tableBorder, 0.75)}</c:spPr>` +
    textProperties(look, -60000000) +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>` +
    "</c:catAx>";
  const valueAxis =
    "<c:valAx>" +
    `<c:axId val="${VALUE_AXIS}"/>` +
    `<c:scaling><c:orientation val="minMax"/><c:max val="${num(cachedValue(axis.max, chart.unit))}"/><c:min val="0"/></c:scaling>` +
    '<c:delete val="0"/><c:axPos val="l"/>' +
    `<c:majorGridlines><c:spPr>${line(GRID_COLOR, 0.5)}</c:spPr></c:majorGridlines>` +
    (axis.label === undefined || axis.label === "" ? "" : axisTitle(axis.label, strong, true)) +
    `<c:numFmt formatCode="${escapeXml(locale + axisNumberFormat(axis))}" sourceLinked="0"/>` +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:spPr>${noLine}</c:spPr>` +
    textProperties(muted, -60000000) +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>` +
    `<c:majorUnit val="${num(cachedValue(axis.step, chart.unit))}"/>` +
    "</c:valAx>";
  const legend = `<c:legend><c:legendPos val="t"/><c:overlay val="0"/>${textProperties(look)}</c:legend>`;

  return (
    DECLARATION +
    `<c:chartSpace ${NS}>` +
    `<c:date1904 val="0"/><c:lang val="${escapeXml(language)}"/><c:roundedCorners val="0"/>` +
    "<c:chart>" +
    '<c:autoTitleDeleted val="1"/>' +
    `<c:plotArea><c:layout/>${plot}${categoryAxis}${valueAxis}<c:spPr><a:noFill/>${noLine}</c:spPr></c:plotArea>` +
    legend +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    `<c:spPr><a:noFill/>${noLine}</c:spPr>` +
    textProperties(look) +
    "</c:chartSpace>"
  );
}

function assertNeverKind(kind: never): never {
  throw new Error(`Unexpected chart kind ${String(kind)}`);
}
