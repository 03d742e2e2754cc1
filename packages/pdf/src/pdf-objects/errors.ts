// Programming errors of the PDF-object layer: the engine passed something it should have
// checked first (user data problems are issues, raised before this layer is reached).

/**
 * Base class of the errors thrown by `pdf-objects/*` on a programming error.
 *
 * @example
 * new PageIndexOutOfRangeError(5, 3) instanceof PdfObjectError //=> true
 */
export class PdfObjectError extends Error {
  override name = "PdfObjectError";
}

/**
 * A destination or annotation names a page the document does not have.
 *
 * @example
 * new PageIndexOutOfRangeError(5, 3).message //=> "Page index 5 is out of range: the document has 3 pages (0 to 2)."
 */
export class PageIndexOutOfRangeError extends PdfObjectError {
  override name = "PageIndexOutOfRangeError";
  readonly pageIndex: number;
  readonly pageCount: number;
  constructor(pageIndex: number, pageCount: number) {
    super(
      `Page index ${pageIndex} is out of range: the document has ${pageCount} pages` +
        (pageCount > 0 ? ` (0 to ${pageCount - 1}).` : "."),
    );
    this.pageIndex = pageIndex;
    this.pageCount = pageCount;
  }
}

/**
 * A rectangle or coordinate is not finite, or a rectangle that must have an area has none.
 *
 * @example
 * new InvalidRectError("width must be > 0, got 0").message //=> "Invalid rectangle: width must be > 0, got 0."
 */
export class InvalidRectError extends PdfObjectError {
  override name = "InvalidRectError";
  constructor(detail: string) {
    super(`Invalid rectangle: ${detail}.`);
  }
}

/**
 * A signature field name is already used in the document (field names must be unique).
 *
 * @example
 * new DuplicateSignatureFieldError("signature-etat").message //=> "A form field named \"signature-etat\" already exists: signature field names must be unique."
 */
export class DuplicateSignatureFieldError extends PdfObjectError {
  override name = "DuplicateSignatureFieldError";
  readonly fieldName: string;
  constructor(fieldName: string, detail = "already exists") {
    super(`A form field named ${JSON.stringify(fieldName)} ${detail}: signature field names must be unique.`);
    this.fieldName = fieldName;
  }
}

/**
 * A field name is empty or has an empty part between periods (`a..b`, `.a`).
 *
 * @example
 * new InvalidFieldNameError("a..b").message //=> "Invalid form field name \"a..b\": expected non-empty parts separated by single periods."
 */
export class InvalidFieldNameError extends PdfObjectError {
  override name = "InvalidFieldNameError";
  readonly fieldName: string;
  constructor(fieldName: string) {
    super(`Invalid form field name ${JSON.stringify(fieldName)}: expected non-empty parts separated by single periods.`);
    this.fieldName = fieldName;
  }
}

/**
 * The document to save carries an `/Encrypt` entry, which PDF/A and our archives forbid.
 *
 * @example
 * new EncryptedOutputError().name //=> "EncryptedOutputError"
 */
export class EncryptedOutputError extends PdfObjectError {
  override name = "EncryptedOutputError";
  constructor() {
    super("The document has an /Encrypt entry: @pacte/pdf never writes encrypted PDFs.");
  }
}

/**
 * A metadata value cannot be written (a timestamp that is not `AAAA-MM-JJ` or `AAAA-MM-JJTHH:MM(:SS)Z`).
 *
 * @example
 * new InvalidMetadataError("createdAt", "12/03/2024").message //=> "Invalid metadata createdAt: \"12/03/2024\"."
 */
export class InvalidMetadataError extends PdfObjectError {
  override name = "InvalidMetadataError";
  constructor(field: string, value: string) {
    super(`Invalid metadata ${field}: ${JSON.stringify(value)}.`);
  }
}
