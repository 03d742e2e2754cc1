/**
 * Stands in for the `Font` module of `@cantoo/pdf-lib`'s standard fonts
 * (`es/packages/standard-fonts/Font.js`) in the built package (see `scripts/stand-ins.ts`). That
 * module carries the metrics of the 14 standard PDF fonts (Helvetica, Times, Courier…), 125 kB
 * minified and 95 kB gzip, for documents that draw with fonts they do not embed: PDF/A forbids
 * them, and this package embeds every font it draws with. The names stay (pdf-lib tells a
 * standard font's name from font bytes with them); loading the metrics throws.
 *
 * @example
 * FontNames.Helvetica //=> "Helvetica"
 */
export const FontNames = {
  Courier: "Courier",
  CourierBold: "Courier-Bold",
  CourierOblique: "Courier-Oblique",
  CourierBoldOblique: "Courier-BoldOblique",
  Helvetica: "Helvetica",
  HelveticaBold: "Helvetica-Bold",
  HelveticaOblique: "Helvetica-Oblique",
  HelveticaBoldOblique: "Helvetica-BoldOblique",
  TimesRoman: "Times-Roman",
  TimesRomanBold: "Times-Bold",
  TimesRomanItalic: "Times-Italic",
  TimesRomanBoldItalic: "Times-BoldItalic",
  Symbol: "Symbol",
  ZapfDingbats: "ZapfDingbats",
} as const;

/**
 * The metrics of a standard font: not shipped.
 *
 * @example
 * Font.load("Helvetica") // throws
 */
export class Font {
  private constructor() {}

  /**
   * Throws: the standard fonts' metrics are not shipped.
   *
   * @throws {Error} always.
   * @example
   * Font.load("Helvetica") // throws
   */
  static load(fontName: string): never {
    throw new Error(`@pacte/pdf n’inclut pas les polices standard de PDF (${fontName}) : il incorpore les polices qu’il dessine, comme PDF/A l’exige.`);
  }
}
