/// <reference path="./fontkit-module.d.ts" />
/**
 * The one door to the PDF library: every file of the package imports the PDF library and
 * fontkit through this module, so switching libraries is a one-file change. The choice
 * (`@cantoo/pdf-lib` + upstream `fontkit` 2.x) and its measurements are in DECISION.md.
 */
import * as fontkitModule from "fontkit";
import type { FontkitCollection, FontkitFont } from "fontkit";
import type { PDFDocument } from "@cantoo/pdf-lib";

export {
  PDFCrossRefStream,
  PDFDocument,
  PDFPage,
  PDFFont,
  PDFImage,
  PDFContext,
  PDFObject,
  PDFDict,
  PDFArray,
  PDFName,
  PDFString,
  PDFHexString,
  PDFNumber,
  PDFBool,
  PDFNull,
  PDFRef,
  PDFStream,
  PDFRawStream,
  PDFContentStream,
  PDFOperator,
  PDFOperatorNames,
  PageSizes,
  StandardFonts,
  rgb,
  cmyk,
  grayscale,
  degrees,
  setFillingColor,
  setStrokingColor,
  pushGraphicsState,
  popGraphicsState,
  beginText,
  endText,
  setFontAndSize,
  moveText,
  showText,
  moveTo,
  lineTo,
  closePath,
  fill,
  stroke,
  rectangle,
  setLineWidth,
  concatTransformationMatrix,
  drawObject,
  decodePDFRawStream,
} from "@cantoo/pdf-lib";
export type { Color, RGB, PDFPageDrawTextOptions, SaveOptions, CreateOptions } from "@cantoo/pdf-lib";
export type {
  FontkitFont,
  FontkitGlyph,
  FontkitGlyphRun,
  FontkitGlyphPosition,
  FontkitCollection,
  FontkitBoundingBox,
} from "fontkit";

/** The fontkit module as `PDFDocument.registerFontkit` wants it. */
export type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];

/**
 * Upstream fontkit 2.x, to register on every document: `pdf.registerFontkit(fontkit)`.
 *
 * @example
 * const pdf = await PDFDocument.create({ updateMetadata: false });
 * pdf.registerFontkit(fontkit);
 */
export const fontkit: Fontkit = fontkitModule;

/**
 * Opens font bytes with fontkit for measuring (the same parser the embedder uses). WOFF2 is
 * refused here, before fontkit: its Brotli decoder is not shipped (scripts/stand-ins.ts), and the
 * package reads TrueType and OpenType, as its `pdf.font_invalid` message says.
 *
 * @throws {Error} when the bytes are WOFF2, or not a font fontkit can open.
 * @example
 * openFont(bytes).unitsPerEm //=> 2048 (Liberation Sans)
 */
export function openFont(bytes: Uint8Array): FontkitFont | FontkitCollection {
  if (bytes[0] === 0x77 && bytes[1] === 0x4f && bytes[2] === 0x46 && bytes[3] === 0x32) throw new Error("WOFF2 font: TrueType or OpenType bytes are expected");
  return fontkitModule.create(bytes);
}
