import type { ChartAxis, ChartUnit, PreparedChart } from "@pacte/document";

const NBSP = "\u00A0";

/**
 * A value of a chart as its part caches it: euros in euros (the model's cents divided by 100),
 * percentages (100 is 100 %) and numbers as they are.
 *
 * @example
 * cachedValue(8_000_050, "euros") //=> 80000.5
 * cachedValue(85, "percent") //=> 85
 */
export function cachedValue(value: number, unit: ChartUnit): number {
  switch (unit) {
    case "euros":
      return value / 100;
    case "percent":
    case "number":
      return value;
    default:
      return assertNeverUnit(unit);
  }
}

function assertNeverUnit(unit: never): never {
  throw new Error(`Unexpected chart unit ${String(unit)}`);
}

/** The digits after the decimal separator a value needs, at most `max`. */
const decimalsOf = (x: number, max: number): number => {
  for (let d = 0; d < max; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-9) return d;
  return max;
};

/** Windows locale ids of the languages a document is most likely in, by BCP 47 tag (the language alone: its main country). */
const LOCALE_IDS: Readonly<Record<string, number>> = {
  fr: 0x040c,
  "fr-fr": 0x040c,
  "fr-be": 0x080c,
  "fr-ca": 0x0c0c,
  "fr-ch": 0x100c,
  "fr-lu": 0x140c,
  "fr-mc": 0x180c,
  en: 0x0409,
  "en-us": 0x0409,
  "en-gb": 0x0809,
  de: 0x0407,
  "de-de": 0x0407,
  es: 0x0c0a,
  "es-es": 0x0c0a,
  it: 0x0410,
  "it-it": 0x0410,
  nl: 0x0413,
  "nl-nl": 0x0413,
  pt: 0x0816,
  "pt-pt": 0x0816,
};

/**
 * The locale prefix of a number format for a document's language (`[$-40C]` for `fr-FR`), or
 * `""` for a language this does not know: with it, LibreOffice writes the chart's numbers with
 * the language's separators (« 2,5 M€ ») rather than its own interface's; Word keeps the reader's.
 *
 * @example
 * localePrefix("fr-FR") //=> "[$-40C]"
 * localePrefix("tlh") //=> ""
 */
export function localePrefix(language: string): string {
  const tag = language.toLowerCase();
  const id = LOCALE_IDS[tag] ?? LOCALE_IDS[tag.split("-")[0] ?? ""];
  return id === undefined ? "" : `[$-${id.toString(16).toUpperCase()}]`;
}

/** `#,##0` with `decimals` zeros after the point, `scale` commas (each divides by 1000) and a unit after a no-break space. */
const formatCode = (decimals: number, scale: number, suffix: string): string =>
  `#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}${",".repeat(scale)}${suffix === "" ? "" : `"${NBSP}${suffix}"`}`;

/**
 * The number format of the value axis' labels, so that Word and LibreOffice write them as the
 * PDF does (« 50 k€ », « 25 % », « 1 000 »): the cached values (euros for a euro chart) divided by
 * the axis' `divisor` (1, a thousand or a million: each trailing comma of the format divides by
 * 1000), `decimals` digits after the separator, then the axis' suffix after a no-break space.
 * The separators are those of the format's locale (see {@link localePrefix}).
 *
 * @example
 * axisNumberFormat({ max: 10_000_000, step: 2_500_000, ticks: [], label: undefined, divisor: 1000, suffix: "k€", decimals: 0 })
 * //=> '#,##0,"\u00A0k€"'
 * axisNumberFormat({ max: 100, step: 20, ticks: [], label: undefined, divisor: 1, suffix: "%", decimals: 0 })
 * //=> '#,##0"\u00A0%"'
 */
export function axisNumberFormat(axis: ChartAxis): string {
  const scale = Math.round(Math.log10(Math.max(1, axis.divisor)) / 3);
  // (The divisor is 1, a thousand or a million, as `chartAxis` chooses it; any other is left undivided.)
  return formatCode(axis.decimals, 1000 ** scale === axis.divisor ? scale : 0, axis.suffix);
}

/**
 * The number format of a chart's cached values (what Word shows in a data label or its data
 * sheet): euros with cents only when a value has some (« 80 000,50 € »), percentages with one
 * decimal and numbers with two at most, as the data table writes them.
 *
 * @example
 * valueNumberFormat({ unit: "euros", series: [{ name: "État", color: "000091", values: [100_000], labels: ["1 000 €"] }] })
 * //=> '#,##0"\u00A0€"'
 */
export function valueNumberFormat(chart: Pick<PreparedChart, "unit" | "series">): string {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  switch (chart.unit) {
    case "euros":
      return formatCode(values.some((v) => v % 100 !== 0) ? 2 : 0, 0, "€");
    case "percent":
      return formatCode(Math.max(0, ...values.map((v) => decimalsOf(v, 1))), 0, "%");
    case "number":
      return formatCode(Math.max(0, ...values.map((v) => decimalsOf(v, 2))), 0, "");
    default:
      return assertNeverUnit(chart.unit);
  }
}
