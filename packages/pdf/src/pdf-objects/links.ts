import { asciiUri, destinationArray, textString } from "../internal/pdf-values";
import { PDFDict, PDFName, PDFNumber } from "../internal/pdf-lib";
import type { PDFDocument, PDFObject, PDFPage, PDFRef } from "../internal/pdf-lib";
import { rectCorners } from "./rect";
import type { Destination, Rect } from "./rect";

/** Print flag (bit 3) of an annotation's /F: PDF/A requires it on every annotation. */
const PRINT_FLAG = 4;

function addLink(pdf: PDFDocument, page: PDFPage, rect: Rect, key: "Dest" | "A", value: PDFObject, description: string | undefined): PDFRef {
  const corners = rectCorners(rect);
  const context = pdf.context;
  const annotation = PDFDict.withContext(context);
  annotation.set(PDFName.of("Type"), PDFName.of("Annot"));
  annotation.set(PDFName.of("Subtype"), PDFName.of("Link"));
  annotation.set(PDFName.of("Rect"), context.obj(corners));
  annotation.set(PDFName.of("Border"), context.obj([0, 0, 0]));
  annotation.set(PDFName.of("F"), PDFNumber.of(PRINT_FLAG));
  annotation.set(PDFName.of("P"), page.ref);
  annotation.set(PDFName.of(key), value);
  // PDF/UA: a link says where it goes in words (its alternate description).
  if (description !== undefined && description !== "") annotation.set(PDFName.of("Contents"), textString(description));
  const ref = context.register(annotation);
  page.node.addAnnot(ref);
  return ref;
}

/**
 * Makes a rectangle of a page a link to a place in the document (a `/Link` annotation with
 * `/Dest [page /XYZ left top null]`, no border, print flag set, `description` as its
 * `/Contents`) and returns its reference.
 *
 * @throws {PageIndexOutOfRangeError} when the target page does not exist.
 * @throws {InvalidRectError} when the rectangle or the target is not finite or has a negative size.
 * @example
 * addInternalLink(pdf, pdf.getPage(0), { x: 56, y: 700, width: 400, height: 14 }, { pageIndex: 3, top: 780 }, "Aller à : Article 5 (page 4)");
 * //=> PDFRef of << /Type /Annot /Subtype /Link /Rect [56 700 456 714] /Border [0 0 0] /F 4 /Dest [… /XYZ 0 780 null] /Contents <FEFF…> >>
 */
export function addInternalLink(pdf: PDFDocument, page: PDFPage, rect: Rect, target: Destination, description?: string): PDFRef {
  rectCorners(rect);
  return addLink(pdf, page, rect, "Dest", destinationArray(pdf, target), description);
}

/**
 * Makes a rectangle of a page a link to a URI (a `/Link` annotation with a `/URI` action, no
 * border, print flag set, `description` as its `/Contents`) and returns its reference; non-ASCII
 * characters of the URI are percent-encoded.
 *
 * @throws {InvalidRectError} when the rectangle is not finite or has a negative size.
 * @example
 * addExternalLink(pdf, page, { x: 56, y: 600, width: 120, height: 12 }, "https://www.legifrance.gouv.fr/", "Légifrance – lien vers https://www.legifrance.gouv.fr/");
 * //=> PDFRef of << /Subtype /Link … /A << /Type /Action /S /URI /URI (https://www.legifrance.gouv.fr/) >> /Contents <FEFF…> >>
 */
export function addExternalLink(pdf: PDFDocument, page: PDFPage, rect: Rect, uri: string, description?: string): PDFRef {
  const action = PDFDict.withContext(pdf.context);
  action.set(PDFName.of("Type"), PDFName.of("Action"));
  action.set(PDFName.of("S"), PDFName.of("URI"));
  action.set(PDFName.of("URI"), textString(asciiUri(uri)));
  return addLink(pdf, page, rect, "A", action, description);
}
