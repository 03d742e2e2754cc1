import type { Destination } from "../pdf-objects/rect";
import { InvalidRectError, PageIndexOutOfRangeError } from "../pdf-objects/errors";
import { PDFArray, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString } from "./pdf-lib";
import type { PDFDocument, PDFPage } from "./pdf-lib";
import { encodeUtf8 } from "./utf8";

const names = new Map<string, PDFName>();

/**
 * The PDF name `/n`: pdf-lib's own instance (`PDFName.of`), remembered here so that writing the
 * same key thousands of times (a structure tree's `/Type`, `/S`, `/P`, `/K`) skips pdf-lib's
 * decoding of `#xx` escapes on every call.
 *
 * @example
 * pdfName("StructElem") === PDFName.of("StructElem") //=> true
 */
export function pdfName(n: string): PDFName {
  let name = names.get(n);
  if (name === undefined) {
    name = PDFName.of(n);
    names.set(n, name);
  }
  return name;
}

/**
 * Makes a PDF text string: a literal string when the text is printable ASCII (readable in the
 * file, and what simple tools compare), UTF-16BE with a byte order mark otherwise.
 *
 * @example
 * textString("Sommaire").toString() //=> "(Sommaire)"
 * textString("Préambule").toString() //=> "<FEFF0050007200E9...>"
 */
export function textString(text: string): PDFString | PDFHexString {
  if (/^[\x20-\x7e]*$/.test(text)) return PDFString.of(text.replace(/[\\()]/g, (c) => `\\${c}`));
  return PDFHexString.fromText(text);
}

/**
 * Returns the page at a 0-based index.
 *
 * @throws {PageIndexOutOfRangeError} when the document has no such page.
 * @example
 * pageAt(pdf, 0) //=> the first PDFPage
 */
export function pageAt(pdf: PDFDocument, pageIndex: number): PDFPage {
  const count = pdf.getPageCount();
  if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= count) {
    throw new PageIndexOutOfRangeError(pageIndex, count);
  }
  return pdf.getPage(pageIndex);
}

/**
 * Builds the explicit destination `[page /XYZ left top null]` (null zoom: keep the reader's).
 *
 * @throws {PageIndexOutOfRangeError} when the page does not exist.
 * @throws {InvalidRectError} when `top` or `left` is not finite.
 * @example
 * destinationArray(pdf, { pageIndex: 0, top: 800 }).toString() //=> "[ 3 0 R /XYZ 0 800 null ]"
 */
export function destinationArray(pdf: PDFDocument, target: Destination): PDFArray {
  const page = pageAt(pdf, target.pageIndex);
  const left = target.left ?? 0;
  if (!Number.isFinite(target.top)) throw new InvalidRectError(`destination top must be finite, got ${target.top}`);
  if (!Number.isFinite(left)) throw new InvalidRectError(`destination left must be finite, got ${left}`);
  const array = PDFArray.withContext(pdf.context);
  array.push(page.ref);
  array.push(PDFName.of("XYZ"));
  array.push(PDFNumber.of(left));
  array.push(PDFNumber.of(target.top));
  array.push(PDFNull);
  return array;
}

/**
 * Writes a URI as the 7-bit ASCII a PDF URI action holds: characters outside printable ASCII
 * (accents, spaces) are percent-encoded as UTF-8; existing `%XX` escapes are kept.
 *
 * @example
 * asciiUri("https://exemple.fr/économie sociale") //=> "https://exemple.fr/%C3%A9conomie%20sociale"
 */
export function asciiUri(uri: string): string {
  let out = "";
  for (const char of uri) {
    const code = char.codePointAt(0)!;
    if (code > 0x20 && code < 0x7f) {
      out += char;
    } else {
      for (const byte of encodeUtf8(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
  }
  return out;
}
