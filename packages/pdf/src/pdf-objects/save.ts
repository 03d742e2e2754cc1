import { installCrossRefAppend } from "../internal/cross-ref-append";
import { md5, toHex } from "../internal/hash";
import { PDFArray, PDFDict, PDFHexString, PDFName } from "../internal/pdf-lib";
import type { PDFDocument } from "../internal/pdf-lib";
import { EncryptedOutputError, PdfObjectError } from "./errors";
import { encodeUtf8 } from "../internal/utf8";

/**
 * Stand-in for the trailer /ID while the bytes are hashed: the 16 bytes of "@pacte/pdf:ID..."
 * in hexadecimal, replaced in place afterwards (same length, so no offset moves).
 */
const PLACEHOLDER_HEX = "4070616374652F7064663A49442E2E2E";

/** Options of {@link saveDeterministic}. */
export interface SaveDeterministicOptions {
  /** Whether the document was made PDF/A by `applyPdfA` (checked: metadata and output intent present). */
  readonly pdfa: boolean;
}

function lastIndexOf(haystack: Uint8Array, needle: Uint8Array, before: number): number {
  outer: for (let i = Math.min(before, haystack.length - needle.length); i >= 0; i--) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Serialises the document reproducibly: no clock (the metadata comes from `applyPdfA` /
 * `applyMetadata`), object and cross-reference streams (allowed by PDF/A-2, checked clean by
 * qpdf), no form-appearance refresh (it would embed Helvetica, not embedded-safe for PDF/A),
 * no default page, and a trailer `/ID [<h> <h>]` where `h` is the MD5 of the saved bytes
 * written with a fixed placeholder ID — so identical documents give identical bytes, and any
 * change of content gives another ID. Save each document once.
 *
 * @throws {EncryptedOutputError} when the document would be encrypted.
 * @throws {PdfObjectError} when `pdfa` is set but `applyPdfA` was not called, or the ID cannot
 * be placed.
 * @example
 * const bytes = await saveDeterministic(pdf, { pdfa: true });
 * //=> Uint8Array "%PDF-1.7 …" whose trailer holds /ID [ <9E1F…> <9E1F…> ]
 */
export async function saveDeterministic(pdf: PDFDocument, options: SaveDeterministicOptions): Promise<Uint8Array> {
  const context = pdf.context;
  if (context.trailerInfo.Encrypt !== undefined || (context as { security?: unknown }).security !== undefined) {
    throw new EncryptedOutputError();
  }
  if (options.pdfa) {
    const metadata = pdf.catalog.get(PDFName.of("Metadata"));
    const intents = pdf.catalog.lookupMaybe(PDFName.of("OutputIntents"), PDFArray);
    const hasIntent = intents !== undefined && intents.size() > 0 && intents.lookup(0) instanceof PDFDict;
    if (metadata === undefined || !hasIntent) {
      throw new PdfObjectError("saveDeterministic({ pdfa: true }) needs applyPdfA(pdf, meta) first: no XMP metadata or output intent.");
    }
  }

  const placeholder = PDFHexString.of(PLACEHOLDER_HEX);
  const id = PDFArray.withContext(context);
  id.push(placeholder);
  id.push(placeholder);
  context.trailerInfo.ID = id;

  // pdf-lib's cross-reference stream scans every entry to place each new one: quadratic in the
  // objects of a long contract. Same bytes, placed in constant time (see cross-ref-append.ts).
  installCrossRefAppend();
  const bytes = await pdf.save({
    useObjectStreams: true,
    addDefaultPage: false,
    updateFieldAppearances: false,
  });

  // The trailer (or cross-reference stream dictionary, never compressed) is at the end: find
  // the two placeholder strings there, hash the file as it is, then write the hash over them.
  const needle = encodeUtf8(`<${PLACEHOLDER_HEX}>`);
  const second = lastIndexOf(bytes, needle, bytes.length);
  const first = second < 0 ? -1 : lastIndexOf(bytes, needle, second - 1);
  if (first < 0 || second - first > needle.length + 2) {
    throw new PdfObjectError("The trailer /ID placeholder was not found in the saved bytes.");
  }
  const hash = encodeUtf8(toHex(md5(bytes)).toUpperCase());
  bytes.set(hash, first + 1);
  bytes.set(hash, second + 1);
  return bytes;
}
